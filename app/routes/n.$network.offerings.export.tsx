import type { LoaderFunctionArgs } from "@remix-run/node";
import { networkAccess } from "~/modules/network/access.server";
import { exportResponse } from "~/modules/offerings/export-web.server";

/** All offerings of the network (not archived ones) as CSV for German Excel: UTF-8 with BOM, semicolons. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { network } = networkAccess(request, params, "read:network");
  return exportResponse(network);
}
