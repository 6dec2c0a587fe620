// Actions (Maßnahmen) agreed in a review: the coordinator and the centre agree on an action for a
// criterion, with an owner and a due date. Stored in the joint action list (app/modules/actions).
import { and, asc, eq } from "drizzle-orm";
import { getDb } from "@db/client.server";
import { actions, users } from "@db/schema";
import { actionOwnerOptions, checkActionReferences, createAction } from "~/modules/actions/actions.server";
import type { Actor } from "~/modules/permissions/permissions";
import { criterionInScope, editableRefusal, type Done } from "./assessments.server";
import type { ReviewCycle } from "./cycles.server";
import type { ReviewActionInput } from "./schemas";

export function reviewOwnerOptions(networkId: number, centreId: number | null) {
  return actionOwnerOptions(getDb(), networkId, centreId);
}

/** Agrees an action for a centre (or the network, centreId null) on a criterion of an open cycle. */
export function agreeReviewAction(actor: Actor, cycle: ReviewCycle, centreId: number | null, input: ReviewActionInput): Done<number> | { ok: false; fieldErrors: Record<string, string[]> } {
  const refusal = editableRefusal(cycle);
  if (refusal) return refusal;
  if (!criterionInScope(cycle, input.criterionId)) return { ok: false, error: "reviews.criterionUnknown" };
  const db = getDb();
  const errors = checkActionReferences(db, cycle.networkId, { centreId, ownerId: input.ownerId ?? null });
  if (errors) return { ok: false, fieldErrors: errors };
  const created = db.transaction((tx) =>
    createAction(tx, {
      networkId: cycle.networkId,
      centreId,
      title: input.title,
      ownerId: input.ownerId ?? null,
      dueOn: input.dueOn ?? null,
      cycleId: cycle.id,
      criterionId: input.criterionId,
      createdBy: actor.userId,
    }),
  );
  return { ok: true, value: created.id };
}

/** Actions agreed in this cycle for the centre (or the network). */
export function reviewActions(cycleId: number, centreId: number | null) {
  return getDb()
    .select({ id: actions.id, criterionId: actions.criterionId, centreId: actions.centreId, title: actions.title, dueOn: actions.dueOn, status: actions.status, ownerName: users.name })
    .from(actions)
    .leftJoin(users, eq(users.id, actions.ownerId))
    .where(and(eq(actions.cycleId, cycleId)))
    .orderBy(asc(actions.id))
    .all()
    .filter((a) => a.centreId === centreId);
}
