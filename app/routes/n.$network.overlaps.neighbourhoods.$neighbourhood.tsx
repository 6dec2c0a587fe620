import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { FlagListPage } from "~/components/overlaps/flag-parts";
import { networkAccess } from "~/modules/network/access.server";
import { pageTitle } from "~/modules/network/format";
import { overlapListPage, requireNeighbourhood } from "~/modules/overlaps/pages.server";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, "overlaps.neighbourhoodTitle", { name: data?.neighbourhood?.name ?? "" });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { network, actor } = networkAccess(request, params, "read:network");
  const neighbourhood = requireNeighbourhood(network.id, params.neighbourhood);
  return overlapListPage(request, network, actor, neighbourhood);
}

export default function NeighbourhoodOverlaps() {
  return <FlagListPage data={useLoaderData<typeof loader>()} />;
}
