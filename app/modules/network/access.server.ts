// Resolving a network route's scope from the URL and checking the permission before anything else.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { notFound, requirePermission } from "~/modules/accounts/actor.server";
import type { Action } from "~/modules/permissions/permissions";
import { requireNetwork } from "./networks.server";
import { requireCentre } from "./structure.server";

type Params = LoaderFunctionArgs["params"];

/** The network named in the URL and the actor, who must hold `action` on the whole network. */
export function networkAccess(request: Request, params: Params, action: Action) {
  const network = requireNetwork(params.network);
  const actor = requirePermission(request, action, { networkId: network.id });
  return { network, actor };
}

/**
 * The network and centre named in the URL and the actor, who must hold `action` on that centre.
 * Membership of the network is checked before the centre is looked up, so outsiders learn nothing
 * about which centres exist.
 */
export function centreAccess(request: Request, params: Params, action: Action) {
  const network = requireNetwork(params.network);
  requirePermission(request, "read:network", { networkId: network.id });
  const centre = requireCentre(network.id, params.centre);
  const actor = requirePermission(request, action, { networkId: network.id, centreId: centre.id });
  return { network, centre, actor };
}

/** A numeric id from the URL; anything else is a page that does not exist. */
export function idParam(value: string | undefined): number {
  if (!value || !/^[1-9]\d{0,15}$/.test(value)) notFound();
  return Number(value);
}
