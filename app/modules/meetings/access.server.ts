// Resolving a meeting route: membership of the network first, then the meeting, then (for changes)
// manage:meeting on the meeting's host.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { forbidden } from "~/modules/accounts/actor.server";
import { idParam, networkAccess } from "~/modules/network/access.server";
import { canManageMeeting, getMeeting } from "./meetings.server";

type Params = LoaderFunctionArgs["params"];

export function meetingAccess(request: Request, params: Params) {
  const { network, actor } = networkAccess(request, params, "read:network");
  const current = getMeeting(network.id, idParam(params.id));
  return { network, actor, current, canManage: canManageMeeting(actor, network.id, current.event.centreId) };
}

/** As meetingAccess, refusing (403) whoever may not manage this meeting. */
export function meetingManagerAccess(request: Request, params: Params) {
  const access = meetingAccess(request, params);
  if (!access.canManage) forbidden();
  return access;
}
