// Actions agreed in a meeting (per agenda item or for the whole meeting): they join the network's one
// action list (app/modules/actions). The caller checks that the actor may manage the meeting.
import { and, eq } from "drizzle-orm";
import { getDb } from "@db/client.server";
import { meetingItems } from "@db/schema";
import { checkActionReferences, createAction, listActions, type ActionRow } from "~/modules/actions/actions.server";
import type { MeetingActionInput } from "~/modules/actions/schemas";
import type { Mutation } from "~/modules/network/result";
import { createNotification } from "~/modules/notifications/notifications.server";
import type { Actor } from "~/modules/permissions/permissions";
import type { MeetingWithEvent } from "./meetings.server";

export function meetingActions(networkId: number, meetingId: number): ActionRow[] {
  return listActions(getDb(), networkId, { meetingId });
}

/** Adds an action to a meeting; notifies its owner (in the app) when that is someone else. */
export async function addMeetingAction(actor: Actor, current: MeetingWithEvent, networkSlug: string, input: MeetingActionInput): Promise<Mutation<{ id: number }>> {
  const { meeting } = current;
  const db = getDb();
  if (input.meetingItemId !== undefined) {
    const item = db.select({ id: meetingItems.id }).from(meetingItems).where(and(eq(meetingItems.id, input.meetingItemId), eq(meetingItems.meetingId, meeting.id))).get();
    if (!item) return { ok: false, fieldErrors: { meetingItemId: ["meetings.itemUnknown"] } };
  }
  const errors = checkActionReferences(db, meeting.networkId, { centreId: input.centreId ?? null, ownerId: input.ownerId ?? null });
  if (errors) return { ok: false, fieldErrors: errors };
  const created = db.transaction((tx) =>
    createAction(tx, {
      networkId: meeting.networkId,
      centreId: input.centreId ?? null,
      title: input.title,
      description: input.description ?? "",
      ownerId: input.ownerId ?? null,
      dueOn: input.dueOn ?? null,
      meetingId: meeting.id,
      meetingItemId: input.meetingItemId ?? null,
      createdBy: actor.userId,
    }),
  );
  if (input.ownerId !== undefined && input.ownerId !== actor.userId) {
    await createNotification([input.ownerId], {
      kind: "action.assigned",
      networkId: meeting.networkId,
      link: `/n/${networkSlug}/actions/${created.id}`,
      title: (t) => t("actions.notify.assignedTitle", { title: input.title }),
      body: (t) => t("actions.notify.assignedBody", { meeting: current.event.title }),
    });
  }
  return { ok: true, value: created };
}
