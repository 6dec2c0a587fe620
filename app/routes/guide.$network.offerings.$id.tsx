// /guide/<network>/offerings/<id> — one published offering for families.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { GuideOfferingPage } from "~/components/guide/offering";
import { offeringPage } from "~/modules/guide/pages.server";
import { guideNetwork } from "~/modules/guide/search.server";
import { namedTitle } from "~/modules/network/format";

export const meta: MetaFunction<typeof loader> = ({ data }) => namedTitle(data?.offering.title);

export async function loader({ request, params }: LoaderFunctionArgs) {
  return offeringPage(request, guideNetwork(params.network), params.id);
}

export default function GuideOfferingRoute() {
  return <GuideOfferingPage data={useLoaderData<typeof loader>()} />;
}
