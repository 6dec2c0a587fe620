import type { LoaderFunctionArgs } from "@remix-run/node";
import { networkAccess } from "~/modules/network/access.server";
import { needsCsv, needsFileName } from "~/modules/needs/export.server";
import { csvResponse } from "~/modules/needs/gaps.server";
import { parseNeedFilter } from "~/modules/needs/needs.server";

/** The network's needs as CSV (German Excel: BOM, semicolons), with the list's filters. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { network } = networkAccess(request, params, "read:network");
  return csvResponse(needsCsv(network.id, parseNeedFilter(new URL(request.url).searchParams)), needsFileName(network.slug));
}
