// Indicator values of a review cycle: computed live while the cycle is draft or open, frozen (stored in
// indicator_values) when it closes, so later changes to offerings, meetings or agreements do not rewrite
// a closed cycle. Manual values are entered while the cycle is open.
import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Db, DbOrTx } from "@db/client.server";
import { centres, criteria, indicators, indicatorValues, reviewCycleCriteria, reviewCycles } from "@db/schema";
import { computeMetric, metricHasCentreValues } from "~/modules/criteria/computed.server";
import { recordAudit } from "~/modules/audit/audit.server";
import { valueFits } from "~/modules/criteria/criteria.server";
import type { Actor } from "~/modules/permissions/permissions";
import { nowMs } from "~/modules/time/clock";

export type ReviewCycle = typeof reviewCycles.$inferSelect;

export interface IndicatorValue {
  indicatorId: number;
  centreId: number | null;
  value: number | null;
  detail: string;
}

/** The indicators of the criteria in scope of a cycle, with their criterion's scope. */
export function cycleIndicators(db: DbOrTx, cycleId: number) {
  return db
    .select({
      id: indicators.id,
      criterionId: indicators.criterionId,
      title: indicators.title,
      description: indicators.description,
      source: indicators.source,
      metric: indicators.metric,
      valueType: indicators.valueType,
      target: indicators.target,
      direction: indicators.direction,
      position: indicators.position,
      scope: criteria.scope,
    })
    .from(indicators)
    .innerJoin(criteria, eq(criteria.id, indicators.criterionId))
    .innerJoin(reviewCycleCriteria, and(eq(reviewCycleCriteria.criterionId, criteria.id), eq(reviewCycleCriteria.cycleId, cycleId)))
    .orderBy(criteria.position, indicators.position, indicators.id)
    .all();
}
export type CycleIndicator = ReturnType<typeof cycleIndicators>[number];

function computedValues(db: Db, cycle: ReviewCycle, list: CycleIndicator[]): IndicatorValue[] {
  const period = { start: cycle.periodStart, end: cycle.periodEnd };
  const result: IndicatorValue[] = [];
  const cache = new Map<string, ReturnType<typeof computeMetric>>();
  for (const indicator of list) {
    if (indicator.source !== "computed" || !indicator.metric) continue;
    const values = cache.get(indicator.metric) ?? computeMetric(db, cycle.networkId, indicator.metric, period);
    cache.set(indicator.metric, values);
    // Network-wide criteria are measured for the network; centre criteria per centre and in total.
    const perCentre = indicator.scope === "centre" && metricHasCentreValues(indicator.metric);
    for (const v of values) if (v.centreId === null || perCentre) result.push({ indicatorId: indicator.id, ...v });
  }
  return result;
}

function storedValues(db: DbOrTx, cycleId: number, indicatorIds: number[]): IndicatorValue[] {
  if (indicatorIds.length === 0) return [];
  return db
    .select({ indicatorId: indicatorValues.indicatorId, centreId: indicatorValues.centreId, value: indicatorValues.value, detail: indicatorValues.detail })
    .from(indicatorValues)
    .where(and(eq(indicatorValues.cycleId, cycleId), inArray(indicatorValues.indicatorId, indicatorIds)))
    .all();
}

/**
 * Every indicator value of a cycle: computed ones live (draft/open) or frozen (closed), plus the manual
 * values entered so far. Used by the cycle pages and the trends.
 */
export function liveIndicatorValues(db: Db, cycleId: number): IndicatorValue[] {
  const cycle = db.select().from(reviewCycles).where(eq(reviewCycles.id, cycleId)).get();
  if (!cycle) return [];
  const list = cycleIndicators(db, cycleId);
  const manualIds = list.filter((i) => i.source === "manual").map((i) => i.id);
  const computedIds = list.filter((i) => i.source === "computed").map((i) => i.id);
  const manual = storedValues(db, cycleId, manualIds);
  const computed = cycle.status === "closed" ? storedValues(db, cycleId, computedIds) : computedValues(db, cycle, list);
  return [...computed, ...manual];
}

/** Writes the computed values of the cycle's period into indicator_values (called when it closes). */
export function freezeIndicatorValues(db: Db, cycle: ReviewCycle, now = nowMs()): number {
  const list = cycleIndicators(db, cycle.id);
  const values = computedValues(db, cycle, list);
  const ids = list.filter((i) => i.source === "computed").map((i) => i.id);
  if (ids.length > 0) db.delete(indicatorValues).where(and(eq(indicatorValues.cycleId, cycle.id), inArray(indicatorValues.indicatorId, ids))).run();
  for (const v of values) {
    db.insert(indicatorValues).values({ cycleId: cycle.id, indicatorId: v.indicatorId, centreId: v.centreId, value: v.value, detail: v.detail, updatedAt: now }).run();
  }
  return values.length;
}

/** Is the target reached? null without a target or a value. */
export function targetMet(value: number | null, target: number | null, direction: "higher" | "lower"): boolean | null {
  if (value === null || target === null) return null;
  return direction === "higher" ? value >= target : value <= target;
}

export type ManualValueResult = "saved" | "cleared" | "invalid" | "unknown";

/**
 * Stores (or clears, for an empty value) a manual indicator's value for a centre or the network. The
 * indicator must be a manual one of the cycle; centre-scope criteria take centre values, network ones
 * the network value.
 */
export function saveManualValue(
  db: Db,
  input: { cycle: ReviewCycle; indicatorId: number; centreId: number | null; value: number | null; actor: Pick<Actor, "userId" | "name"> },
  now = nowMs(),
): ManualValueResult {
  const indicator = cycleIndicators(db, input.cycle.id).find((i) => i.id === input.indicatorId);
  if (!indicator || indicator.source !== "manual") return "unknown";
  if ((indicator.scope === "centre") !== (input.centreId !== null)) return "unknown";
  if (input.centreId !== null) {
    const centre = db.select().from(centres).where(and(eq(centres.id, input.centreId), eq(centres.networkId, input.cycle.networkId))).get();
    if (!centre) return "unknown";
  }
  if (input.value !== null && !valueFits(indicator.valueType, input.value)) return "invalid";
  const where = and(
    eq(indicatorValues.cycleId, input.cycle.id),
    eq(indicatorValues.indicatorId, indicator.id),
    input.centreId === null ? isNull(indicatorValues.centreId) : eq(indicatorValues.centreId, input.centreId),
  );
  return db.transaction((tx) => {
    const before = tx.select().from(indicatorValues).where(where).get();
    tx.delete(indicatorValues).where(where).run();
    if (input.value !== null) {
      tx.insert(indicatorValues)
        .values({ cycleId: input.cycle.id, indicatorId: indicator.id, centreId: input.centreId, value: input.value, enteredBy: input.actor.userId, updatedAt: now })
        .run();
    }
    const what = { cycleId: input.cycle.id, centreId: input.centreId };
    recordAudit(
      { actor: input.actor, networkId: input.cycle.networkId, entity: "indicator", entityId: indicator.id, action: "update", before: { ...what, value: before?.value ?? null }, after: { ...what, value: input.value } },
      tx,
    );
    return input.value === null ? "cleared" : "saved";
  });
}
