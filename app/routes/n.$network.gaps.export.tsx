import type { LoaderFunctionArgs } from "@remix-run/node";
import { networkAccess } from "~/modules/network/access.server";
import { csvResponse, gapMatrix, gapMatrixCsv, gapsFileName, parseGapFilter } from "~/modules/needs/gaps.server";

/** The gap matrix as CSV (one row per neighbourhood × category), with the page's filters. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { network } = networkAccess(request, params, "read:network");
  const matrix = gapMatrix(network.id, parseGapFilter(new URL(request.url).searchParams));
  return csvResponse(gapMatrixCsv(matrix), gapsFileName(network.slug));
}
