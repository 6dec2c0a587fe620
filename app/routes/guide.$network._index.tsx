// /guide/<network> — the public family guide: search (GET parameters) and results, no sign-in.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { GuideStart } from "~/components/guide/start";
import { startPage } from "~/modules/guide/pages.server";
import { guideNetwork } from "~/modules/guide/search.server";
import { pageTitle } from "~/modules/network/format";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageTitle(matches, "guide.titleOf", { network: data?.network.name ?? "" });

export async function loader({ request, params }: LoaderFunctionArgs) {
  return startPage(request, guideNetwork(params.network));
}

export default function GuideStartPage() {
  return <GuideStart data={useLoaderData<typeof loader>()} />;
}
