// /guide/<network>/centres/<centre> — a family centre: address, contact, offerings, calendar subscription.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { GuideCentrePage } from "~/components/guide/centre";
import { centrePage } from "~/modules/guide/pages.server";
import { guideNetwork } from "~/modules/guide/search.server";
import { namedTitle } from "~/modules/network/format";

export const meta: MetaFunction<typeof loader> = ({ data }) => namedTitle(data?.centre.name);

export async function loader({ request, params }: LoaderFunctionArgs) {
  return centrePage(request, guideNetwork(params.network), params.centre);
}

export default function GuideCentreRoute() {
  return <GuideCentrePage data={useLoaderData<typeof loader>()} />;
}
