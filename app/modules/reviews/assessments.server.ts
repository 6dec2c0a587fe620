// Assessments in a review cycle: a centre's self-assessment per criterion and the coordinator's
// assessment (per centre, and overall for network-wide criteria). Only while the cycle is open.
import { and, eq, isNull } from "drizzle-orm";
import { getDb, type DbOrTx } from "@db/client.server";
import { assessments } from "@db/schema";
import type { MessageKey } from "~/modules/i18n/translate";
import { recordAudit } from "~/modules/audit/audit.server";
import type { Actor } from "~/modules/permissions/permissions";
import { cycleCriteria, type Assessment, type ReviewCycle } from "./cycles.server";
import type { CoordinatorAssessmentInput, SelfAssessmentInput } from "./schemas";
import { nowMs } from "~/modules/time/clock";

export type Refusal = { ok: false; error: MessageKey };
export type Done<T = null> = { ok: true; value: T } | Refusal;

/** Edits are refused unless the cycle is open (closed cycles are read-only, drafts not yet started). */
export function editableRefusal(cycle: ReviewCycle): Refusal | null {
  if (cycle.status === "closed") return { ok: false, error: "reviews.closedReadOnly" };
  if (cycle.status === "draft") return { ok: false, error: "reviews.notOpenYet" };
  return null;
}

export function findAssessment(cycleId: number, criterionId: number, centreId: number | null, db: DbOrTx = getDb()): Assessment | undefined {
  return db
    .select()
    .from(assessments)
    .where(and(eq(assessments.cycleId, cycleId), eq(assessments.criterionId, criterionId), centreId === null ? isNull(assessments.centreId) : eq(assessments.centreId, centreId)))
    .get();
}

/** The assessment row of a criterion and centre (or the network), created empty when missing. */
export function ensureAssessment(tx: DbOrTx, cycleId: number, criterionId: number, centreId: number | null, now = nowMs()): Assessment {
  return findAssessment(cycleId, criterionId, centreId, tx) ?? tx.insert(assessments).values({ cycleId, criterionId, centreId, updatedAt: now }).returning().get();
}

export function criterionInScope(cycle: ReviewCycle, criterionId: number) {
  return cycleCriteria(cycle.id).find((c) => c.id === criterionId);
}

function auditView(row: Assessment) {
  const { id: _id, updatedAt: _u, ...rest } = row;
  return rest;
}

/** Saves a centre's self-assessment as a draft or submits it (submitting needs status and confidence). */
export function saveSelfAssessment(actor: Actor, cycle: ReviewCycle, centreId: number, input: SelfAssessmentInput, now = nowMs()): Done<Assessment> {
  const refusal = editableRefusal(cycle);
  if (refusal) return refusal;
  if (!criterionInScope(cycle, input.criterionId)) return { ok: false, error: "reviews.criterionUnknown" };
  return getDb().transaction((tx) => {
    const before = ensureAssessment(tx, cycle.id, input.criterionId, centreId, now);
    const row = tx
      .update(assessments)
      .set({
        selfStatus: input.status ?? null,
        selfConfidence: input.confidence ?? null,
        selfChanges: input.changes,
        selfNextSteps: input.nextSteps,
        selfSubmittedAt: input.mode === "submit" ? now : null,
        selfBy: actor.userId,
        updatedAt: now,
      })
      .where(eq(assessments.id, before.id))
      .returning()
      .get();
    recordAudit({ actor, networkId: cycle.networkId, entity: "assessment", entityId: row.id, action: "update", before: auditView(before), after: auditView(row) }, tx);
    return { ok: true as const, value: row };
  });
}

/**
 * The coordinator's assessment of a centre's row (centreId) or, for a network-wide criterion, the
 * overall network row (centreId null).
 */
export function saveCoordinatorAssessment(actor: Actor, cycle: ReviewCycle, centreId: number | null, input: CoordinatorAssessmentInput, now = nowMs()): Done<Assessment> {
  const refusal = editableRefusal(cycle);
  if (refusal) return refusal;
  const criterion = criterionInScope(cycle, input.criterionId);
  if (!criterion || (centreId === null && criterion.scope !== "network")) return { ok: false, error: "reviews.criterionUnknown" };
  return getDb().transaction((tx) => {
    const before = ensureAssessment(tx, cycle.id, input.criterionId, centreId, now);
    const row = tx
      .update(assessments)
      .set({ coordinatorStatus: input.status, coordinatorComment: input.comment, coordinatorAt: now, coordinatorBy: actor.userId, updatedAt: now })
      .where(eq(assessments.id, before.id))
      .returning()
      .get();
    recordAudit({ actor, networkId: cycle.networkId, entity: "assessment", entityId: row.id, action: "update", before: auditView(before), after: auditView(row) }, tx);
    return { ok: true as const, value: row };
  });
}
