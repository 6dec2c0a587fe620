// Resolving a recertification route's scope: network, centre and item from the URL, permission first.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { centreAccess, idParam } from "~/modules/network/access.server";
import { getItem } from "./checklist.server";

type Params = LoaderFunctionArgs["params"];

/** The centre's evidence: its lead and staff, the coordinator and admins ("collect:evidence"). */
export function evidenceAccess(request: Request, params: Params) {
  return centreAccess(request, params, "collect:evidence");
}

/** …and one item of the network's checklist (404 for unknown ids and items of other networks). */
export function itemAccess(request: Request, params: Params) {
  const access = evidenceAccess(request, params);
  const item = getItem(access.network.id, idParam(params.item));
  return { ...access, item };
}
