import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { FlagListPage } from "~/components/overlaps/flag-parts";
import { networkAccess } from "~/modules/network/access.server";
import { pageTitle } from "~/modules/network/format";
import { overlapListPage } from "~/modules/overlaps/pages.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "overlaps.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { network } = networkAccess(request, params, "read:network");
  return overlapListPage(request, network);
}

export default function Overlaps() {
  return <FlagListPage data={useLoaderData<typeof loader>()} />;
}
