// /guide/<network>/neighbourhoods/<neighbourhood> — centres and offerings of one neighbourhood.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { GuideNeighbourhoodPage } from "~/components/guide/neighbourhood";
import { neighbourhoodPage } from "~/modules/guide/pages.server";
import { guideNetwork } from "~/modules/guide/search.server";
import { pageTitle } from "~/modules/network/format";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, "guide.neighbourhood.title", { name: data?.neighbourhood.name ?? "" });

export async function loader({ request, params }: LoaderFunctionArgs) {
  return neighbourhoodPage(request, guideNetwork(params.network), params.neighbourhood);
}

export default function GuideNeighbourhoodRoute() {
  return <GuideNeighbourhoodPage data={useLoaderData<typeof loader>()} />;
}
