// Review cycles (Überprüfungen): create, open, close (freezing computed values), progress and what is
// still missing before a cycle can close, and the network's cadence.
// Rules: docs/decisions (computed indicators and review cycles).
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { getDb, type DbOrTx } from "@db/client.server";
import { assessments, centres, criteria, networks, reviewCycleCriteria, reviewCycles } from "@db/schema";
import { notFound } from "~/modules/accounts/actor.server";
import { recordAudit } from "~/modules/audit/audit.server";
import { refused, type Mutation } from "~/modules/network/result";
import type { Actor } from "~/modules/permissions/permissions";
import { freezeIndicatorValues, type ReviewCycle } from "./indicators.server";
import { notifyCycleOpened, notifyStatusChanges } from "./notify.server";
import type { CadenceSetting } from "./periods";
import type { CycleInput } from "./schemas";
import { nowMs } from "~/modules/time/clock";

export type { ReviewCycle };

export function getCycle(networkId: number, id: number): ReviewCycle {
  return getDb().select().from(reviewCycles).where(and(eq(reviewCycles.networkId, networkId), eq(reviewCycles.id, id))).get() ?? notFound();
}

/** The cycle with the latest period (draft, open or closed), if any. */
export function latestCycle(networkId: number, db: DbOrTx = getDb()): ReviewCycle | undefined {
  return db.select().from(reviewCycles).where(eq(reviewCycles.networkId, networkId)).orderBy(desc(reviewCycles.periodEnd), desc(reviewCycles.id)).limit(1).get();
}

/** The criteria in scope of a cycle, in the network's order. */
export function cycleCriteria(cycleId: number, db: DbOrTx = getDb()) {
  return db
    .select({ id: criteria.id, title: criteria.title, description: criteria.description, scope: criteria.scope, position: criteria.position })
    .from(reviewCycleCriteria)
    .innerJoin(criteria, eq(criteria.id, reviewCycleCriteria.criterionId))
    .where(eq(reviewCycleCriteria.cycleId, cycleId))
    .orderBy(asc(criteria.position), asc(criteria.id))
    .all();
}
export type CycleCriterion = ReturnType<typeof cycleCriteria>[number];

export function networkCentres(networkId: number, db: DbOrTx = getDb()) {
  return db.select({ id: centres.id, slug: centres.slug, name: centres.name }).from(centres).where(eq(centres.networkId, networkId)).orderBy(asc(centres.name)).all();
}

export function cycleAssessments(cycleId: number, db: DbOrTx = getDb()) {
  return db.select().from(assessments).where(eq(assessments.cycleId, cycleId)).all();
}
export type Assessment = typeof assessments.$inferSelect;

export interface Missing {
  kind: "self" | "coordinator" | "overall";
  centreId: number | null;
  centreName: string | null;
  criterionId: number;
  criterionTitle: string;
}

/** Everything that must be done before the cycle can close: every self-assessment submitted, every row assessed. */
export function missingForClose(cycle: ReviewCycle, db: DbOrTx = getDb()): Missing[] {
  const list = cycleCriteria(cycle.id, db);
  const centreList = networkCentres(cycle.networkId, db);
  const rows = cycleAssessments(cycle.id, db);
  const find = (criterionId: number, centreId: number | null) => rows.find((r) => r.criterionId === criterionId && r.centreId === centreId);
  const missing: Missing[] = [];
  for (const centre of centreList) {
    for (const criterion of list) {
      const row = find(criterion.id, centre.id);
      const base = { centreId: centre.id, centreName: centre.name, criterionId: criterion.id, criterionTitle: criterion.title };
      if (!row?.selfSubmittedAt) missing.push({ kind: "self", ...base });
      if (!row?.coordinatorStatus) missing.push({ kind: "coordinator", ...base });
    }
  }
  for (const criterion of list.filter((c) => c.scope === "network")) {
    if (!find(criterion.id, null)?.coordinatorStatus) {
      missing.push({ kind: "overall", centreId: null, centreName: null, criterionId: criterion.id, criterionTitle: criterion.title });
    }
  }
  return missing;
}

export interface CycleRow extends ReviewCycle {
  centresSubmitted: number;
  centresTotal: number;
}

/** The network's cycles: open ones first (then drafts), then closed ones, newest period first. */
export function listCycles(networkId: number): CycleRow[] {
  const db = getDb();
  const cycles = db.select().from(reviewCycles).where(eq(reviewCycles.networkId, networkId)).orderBy(desc(reviewCycles.periodStart), desc(reviewCycles.id)).all();
  const centreIds = networkCentres(networkId).map((c) => c.id);
  const order = { open: 0, draft: 1, closed: 2 } as const;
  return cycles
    .map((cycle) => {
      const scope = cycleCriteria(cycle.id).map((c) => c.id);
      const rows = cycleAssessments(cycle.id);
      const submitted = centreIds.filter((centreId) => scope.every((criterionId) => rows.some((r) => r.centreId === centreId && r.criterionId === criterionId && r.selfSubmittedAt))).length;
      return { ...cycle, centresSubmitted: scope.length === 0 ? 0 : submitted, centresTotal: centreIds.length };
    })
    .sort((a, b) => order[a.status] - order[b.status]);
}

function auditView(cycle: ReviewCycle) {
  const { createdAt: _c, ...rest } = cycle;
  return rest;
}

/** Creates a cycle (a draft unless `status` says otherwise); the criteria must be the network's own. */
export function createCycle(
  actor: Actor | null,
  networkId: number,
  input: CycleInput,
  options: { automatic?: boolean; now?: number } = {},
): Mutation<ReviewCycle> {
  const db = getDb();
  const ids = [...new Set(input.criterionIds)];
  const own = db.select({ id: criteria.id }).from(criteria).where(and(eq(criteria.networkId, networkId), inArray(criteria.id, ids))).all();
  if (own.length !== ids.length || ids.length === 0) return refused("criterionIds", "reviews.criteriaUnknown");
  return db.transaction((tx) => {
    const cycle = tx
      .insert(reviewCycles)
      .values({
        networkId,
        title: input.title,
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        dueOn: input.dueOn,
        automatic: options.automatic ?? false,
        createdAt: options.now ?? nowMs(),
      })
      .returning()
      .get();
    for (const criterionId of ids) tx.insert(reviewCycleCriteria).values({ cycleId: cycle.id, criterionId }).run();
    recordAudit({ actor, networkId, entity: "review-cycle", entityId: cycle.id, action: "create", after: { ...auditView(cycle), criteria: ids } }, tx);
    return { ok: true as const, value: cycle };
  });
}

function networkSlug(networkId: number): string {
  return getDb().select({ slug: networks.slug }).from(networks).where(eq(networks.id, networkId)).get()?.slug ?? "";
}

/** Opens a draft cycle and tells the centres' leads and staff that their self-assessment is due. */
export async function openCycle(actor: Actor | null, cycle: ReviewCycle, now = nowMs()): Promise<boolean> {
  if (cycle.status !== "draft") return false;
  const opened = getDb().transaction((tx) => {
    const row = tx
      .update(reviewCycles)
      .set({ status: "open", openedAt: now })
      .where(and(eq(reviewCycles.id, cycle.id), eq(reviewCycles.status, "draft")))
      .returning()
      .get();
    if (!row) return null;
    recordAudit({ actor, networkId: cycle.networkId, entity: "review-cycle", entityId: cycle.id, action: "update", before: { status: "draft" }, after: { status: "open" } }, tx);
    return row;
  });
  if (!opened) return false;
  await notifyCycleOpened(opened, networkSlug(cycle.networkId));
  return true;
}

export type CloseResult = { ok: true } | { ok: false; missing: Missing[] } | { ok: false; notOpen: true };

/**
 * Closes an open cycle once everything is assessed: freezes the computed indicator values, then tells
 * every member of the network which criteria changed their status since the previous closed cycle.
 */
export async function closeCycle(actor: Actor | null, cycle: ReviewCycle, now = nowMs()): Promise<CloseResult> {
  if (cycle.status !== "open") return { ok: false, notOpen: true };
  const db = getDb();
  const result = db.transaction((tx): CloseResult => {
    // Read again inside the transaction: a second close at the same moment finds it closed already.
    const current = tx.select({ status: reviewCycles.status }).from(reviewCycles).where(eq(reviewCycles.id, cycle.id)).get();
    if (current?.status !== "open") return { ok: false, notOpen: true };
    const missing = missingForClose(cycle, tx);
    if (missing.length > 0) return { ok: false, missing };
    freezeIndicatorValues(db, cycle, now);
    tx.update(reviewCycles).set({ status: "closed", closedAt: now, closedBy: actor?.userId ?? null }).where(eq(reviewCycles.id, cycle.id)).run();
    recordAudit({ actor, networkId: cycle.networkId, entity: "review-cycle", entityId: cycle.id, action: "update", before: { status: "open" }, after: { status: "closed" } }, tx);
    return { ok: true };
  });
  if (result.ok) await notifyStatusChanges({ ...cycle, status: "closed", closedAt: now }, networkSlug(cycle.networkId));
  return result;
}

export function setCadence(actor: Actor, networkId: number, cadence: CadenceSetting): void {
  const db = getDb();
  const before = db.select({ reviewCadence: networks.reviewCadence }).from(networks).where(eq(networks.id, networkId)).get();
  db.transaction((tx) => {
    tx.update(networks).set({ reviewCadence: cadence }).where(eq(networks.id, networkId)).run();
    recordAudit({ actor, networkId, entity: "network", entityId: networkId, action: "update", before: { reviewCadence: before?.reviewCadence }, after: { reviewCadence: cadence } }, tx);
  });
}

/** Deletes a draft cycle (nothing has been assessed in a draft). */
export function deleteDraftCycle(actor: Actor, cycle: ReviewCycle): boolean {
  if (cycle.status !== "draft") return false;
  getDb().transaction((tx) => {
    tx.delete(reviewCycles).where(eq(reviewCycles.id, cycle.id)).run();
    recordAudit({ actor, networkId: cycle.networkId, entity: "review-cycle", entityId: cycle.id, action: "delete", before: auditView(cycle) }, tx);
  });
  return true;
}
