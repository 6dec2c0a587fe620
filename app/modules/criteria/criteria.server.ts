// Success criteria (Erfolgskriterien) of a network and their indicators: list, add, edit, reorder, remove.
// Everyone in the network reads them; the coordinator ("manage:review") changes them.
import { movedOrder } from "~/modules/lists/move";
import { and, asc, eq, sql } from "drizzle-orm";
import { getDb, type DbOrTx } from "@db/client.server";
import { criteria, indicators, indicatorValues as indicatorValueRows, reviewCycleCriteria } from "@db/schema";
import { notFound } from "~/modules/accounts/actor.server";
import { recordAudit } from "~/modules/audit/audit.server";
import { refused, type Mutation } from "~/modules/network/result";
import type { Actor } from "~/modules/permissions/permissions";
import { metricValueTypes } from "./computed.server";
import type { CriterionInput, IndicatorInput, IndicatorValueType } from "./schemas";

export type Criterion = typeof criteria.$inferSelect;
export type Indicator = typeof indicators.$inferSelect;

export function listCriteria(networkId: number, db: DbOrTx = getDb()): Criterion[] {
  return db.select().from(criteria).where(eq(criteria.networkId, networkId)).orderBy(asc(criteria.position), asc(criteria.id)).all();
}

export function listIndicators(criterionIds: number[], db: DbOrTx = getDb()): Indicator[] {
  if (criterionIds.length === 0) return [];
  return db
    .select()
    .from(indicators)
    .where(sql`${indicators.criterionId} in (${sql.join(criterionIds.map((id) => sql`${id}`), sql`, `)})`)
    .orderBy(asc(indicators.position), asc(indicators.id))
    .all();
}

/** The network's criteria with their indicators, in order. */
export function criteriaWithIndicators(networkId: number) {
  const list = listCriteria(networkId);
  const all = listIndicators(list.map((c) => c.id));
  return list.map((c) => ({ ...c, indicators: all.filter((i) => i.criterionId === c.id) }));
}

export function getCriterion(networkId: number, id: number): Criterion {
  return getDb().select().from(criteria).where(and(eq(criteria.networkId, networkId), eq(criteria.id, id))).get() ?? notFound();
}

export function getIndicator(criterionId: number, id: number): Indicator | undefined {
  return getDb().select().from(indicators).where(and(eq(indicators.criterionId, criterionId), eq(indicators.id, id))).get();
}

function view(row: Criterion | Indicator) {
  const { createdAt: _c, ...rest } = row;
  return rest;
}

export function createCriterion(actor: Actor, networkId: number, input: CriterionInput): Criterion {
  return getDb().transaction((tx) => {
    const last = tx.select({ p: sql<number>`coalesce(max(${criteria.position}), 0)` }).from(criteria).where(eq(criteria.networkId, networkId)).get()!.p;
    const row = tx.insert(criteria).values({ networkId, position: last + 1, ...input }).returning().get();
    recordAudit({ actor, networkId, entity: "criterion", entityId: row.id, action: "create", after: view(row) }, tx);
    return row;
  });
}

export function updateCriterion(actor: Actor, criterion: Criterion, input: CriterionInput): Criterion {
  return getDb().transaction((tx) => {
    const row = tx.update(criteria).set(input).where(eq(criteria.id, criterion.id)).returning().get();
    recordAudit({ actor, networkId: criterion.networkId, entity: "criterion", entityId: criterion.id, action: "update", before: view(criterion), after: view(row) }, tx);
    return row;
  });
}

/** Removes a criterion with its indicators; refused (false) once a review cycle includes it, to keep history. */
export function deleteCriterion(actor: Actor, criterion: Criterion): boolean {
  const used = getDb().select().from(reviewCycleCriteria).where(eq(reviewCycleCriteria.criterionId, criterion.id)).limit(1).get();
  if (used) return false;
  return getDb().transaction((tx) => {
    tx.delete(criteria).where(eq(criteria.id, criterion.id)).run();
    recordAudit({ actor, networkId: criterion.networkId, entity: "criterion", entityId: criterion.id, action: "delete", before: view(criterion) }, tx);
    return true;
  });
}

/** Moves a criterion one place up or down. */
export function moveCriterion(actor: Actor, criterion: Criterion, direction: "up" | "down"): boolean {
  return getDb().transaction((tx) => {
    const siblings = tx.select({ id: criteria.id }).from(criteria).where(eq(criteria.networkId, criterion.networkId)).orderBy(asc(criteria.position), asc(criteria.id)).all();
    const order = movedOrder(siblings.map((s) => s.id), criterion.id, direction);
    if (!order) return false;
    order.forEach((id, i) => tx.update(criteria).set({ position: i + 1 }).where(eq(criteria.id, id)).run());
    const position = order.indexOf(criterion.id) + 1;
    recordAudit({ actor, networkId: criterion.networkId, entity: "criterion", entityId: criterion.id, action: "update", before: { position: criterion.position }, after: { position } }, tx);
    return true;
  });
}

/** The value type an indicator's values have: the metric's for computed ones, the chosen one otherwise. */
export function valueTypeOf(input: Pick<IndicatorInput, "source" | "metric" | "valueType">): IndicatorValueType {
  return input.source === "computed" && input.metric ? metricValueTypes[input.metric] : (input.valueType ?? "number");
}

/** Is `value` possible for the value type? (percent 0–100, yes/no 0 or 1, scale 1–4, numbers ≥ 0) */
export function valueFits(valueType: IndicatorValueType, value: number): boolean {
  if (valueType === "percent") return value >= 0 && value <= 100;
  if (valueType === "boolean") return value === 0 || value === 1;
  if (valueType === "scale") return Number.isInteger(value) && value >= 1 && value <= 4;
  return value >= 0;
}

function indicatorValues(input: IndicatorInput): Mutation<Omit<typeof indicators.$inferInsert, "criterionId" | "position">> {
  const valueType = valueTypeOf(input);
  if (input.target !== null && !valueFits(valueType, input.target)) return refused("target", `criteria.targetRange.${valueType}`);
  return {
    ok: true,
    value: { title: input.title, description: input.description, source: input.source, metric: input.metric, valueType, target: input.target, direction: input.direction },
  };
}

export function createIndicator(actor: Actor, criterion: Criterion, input: IndicatorInput): Mutation<Indicator> {
  const values = indicatorValues(input);
  if (!values.ok) return values;
  return getDb().transaction((tx) => {
    const last = tx.select({ p: sql<number>`coalesce(max(${indicators.position}), 0)` }).from(indicators).where(eq(indicators.criterionId, criterion.id)).get()!.p;
    const row = tx.insert(indicators).values({ criterionId: criterion.id, position: last + 1, ...values.value }).returning().get();
    recordAudit({ actor, networkId: criterion.networkId, entity: "indicator", entityId: row.id, action: "create", after: view(row) }, tx);
    return { ok: true as const, value: row };
  });
}

export function updateIndicator(actor: Actor, criterion: Criterion, indicator: Indicator, input: IndicatorInput): Mutation<Indicator> {
  const values = indicatorValues(input);
  if (!values.ok) return values;
  return getDb().transaction((tx) => {
    const row = tx.update(indicators).set(values.value).where(eq(indicators.id, indicator.id)).returning().get();
    recordAudit({ actor, networkId: criterion.networkId, entity: "indicator", entityId: indicator.id, action: "update", before: view(indicator), after: view(row) }, tx);
    return { ok: true as const, value: row };
  });
}

/** Removes an indicator; refused (false) once values were recorded for it, to keep history. */
export function deleteIndicator(actor: Actor, criterion: Criterion, indicator: Indicator): boolean {
  const used = getDb().select().from(indicatorValueRows).where(eq(indicatorValueRows.indicatorId, indicator.id)).limit(1).get();
  if (used) return false;
  return getDb().transaction((tx) => {
    tx.delete(indicators).where(eq(indicators.id, indicator.id)).run();
    recordAudit({ actor, networkId: criterion.networkId, entity: "indicator", entityId: indicator.id, action: "delete", before: view(indicator) }, tx);
    return true;
  });
}

export function moveIndicator(actor: Actor, criterion: Criterion, indicator: Indicator, direction: "up" | "down"): boolean {
  return getDb().transaction((tx) => {
    const siblings = tx.select({ id: indicators.id }).from(indicators).where(eq(indicators.criterionId, criterion.id)).orderBy(asc(indicators.position), asc(indicators.id)).all();
    const order = movedOrder(siblings.map((s) => s.id), indicator.id, direction);
    if (!order) return false;
    order.forEach((id, i) => tx.update(indicators).set({ position: i + 1 }).where(eq(indicators.id, id)).run());
    const before = siblings.findIndex((s) => s.id === indicator.id) + 1;
    const after = order.indexOf(indicator.id) + 1;
    recordAudit({ actor, networkId: criterion.networkId, entity: "indicator", entityId: indicator.id, action: "update", before: { position: before }, after: { position: after } }, tx);
    return true;
  });
}
