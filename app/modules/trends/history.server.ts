// Everything the trend pages read about a network's review history, loaded with a few queries:
// the cycles (closed ones and the open one, never drafts), criteria and indicators, which criteria each
// cycle covered, the assessments and the indicator values per cycle.
import { and, asc, eq, inArray, ne } from "drizzle-orm";
import { getDb } from "@db/client.server";
import { assessments, centres, criteria, indicators, reviewCycleCriteria, reviewCycles } from "@db/schema";
import type { Direction, Status, ValueType } from "./format";
import { cycleValues, type ValueRow } from "./values.server";

export interface TrendCycle {
  id: number;
  title: string;
  periodStart: string;
  periodEnd: string;
  status: "open" | "closed";
  /** An open cycle: its statuses and values may still change. */
  provisional: boolean;
}

export interface CriterionInfo {
  id: number;
  title: string;
  description: string;
  scope: "network" | "centre";
}

export interface IndicatorInfo {
  id: number;
  criterionId: number;
  title: string;
  description: string;
  valueType: ValueType;
  target: number | null;
  direction: Direction;
}

export interface AssessmentInfo {
  criterionId: number;
  centreId: number | null;
  selfStatus: Status | null;
  coordinatorStatus: Status | null;
  coordinatorComment: string;
}

export interface CentreInfo {
  id: number;
  slug: string;
  name: string;
}

export interface History {
  cycles: TrendCycle[];
  criteria: CriterionInfo[];
  indicators: IndicatorInfo[];
  centres: CentreInfo[];
  /** Criteria in scope per cycle id. */
  inScope: Map<number, Set<number>>;
  assessments: Map<number, AssessmentInfo[]>;
  values: Map<number, ValueRow[]>;
}

/** The network's closed and open cycles, oldest first. */
export function trendCycles(networkId: number): TrendCycle[] {
  return getDb()
    .select()
    .from(reviewCycles)
    .where(and(eq(reviewCycles.networkId, networkId), ne(reviewCycles.status, "draft")))
    .orderBy(asc(reviewCycles.periodStart), asc(reviewCycles.id))
    .all()
    .map((c) => ({
      id: c.id,
      title: c.title,
      periodStart: c.periodStart,
      periodEnd: c.periodEnd,
      status: c.status === "open" ? "open" : "closed",
      provisional: c.status === "open",
    }));
}

/**
 * The cycle asked for by `?cycle=` when it is one of the network's (closed or open) cycles, else the
 * latest closed one, else the latest open one. `unknown` tells that the asked-for cycle was not found.
 */
export function chooseCycle(cycles: TrendCycle[], asked: string | null): { cycle: TrendCycle | null; unknown: boolean } {
  const byId = asked && /^\d{1,15}$/.test(asked) ? cycles.find((c) => c.id === Number(asked)) : undefined;
  if (byId) return { cycle: byId, unknown: false };
  const closed = cycles.filter((c) => c.status === "closed");
  const fallback = closed.at(-1) ?? cycles.at(-1) ?? null;
  return { cycle: fallback, unknown: Boolean(asked) };
}

export function loadHistory(networkId: number, only?: TrendCycle[]): History {
  const db = getDb();
  const cycles = only ?? trendCycles(networkId);
  const cycleIds = cycles.map((c) => c.id);
  const criteriaRows = db
    .select({ id: criteria.id, title: criteria.title, description: criteria.description, scope: criteria.scope })
    .from(criteria)
    .where(eq(criteria.networkId, networkId))
    .orderBy(asc(criteria.position), asc(criteria.id))
    .all();
  const criterionIds = criteriaRows.map((c) => c.id);
  const indicatorRows = criterionIds.length
    ? db
        .select({
          id: indicators.id,
          criterionId: indicators.criterionId,
          title: indicators.title,
          description: indicators.description,
          valueType: indicators.valueType,
          target: indicators.target,
          direction: indicators.direction,
          position: indicators.position,
        })
        .from(indicators)
        .where(inArray(indicators.criterionId, criterionIds))
        .orderBy(asc(indicators.position), asc(indicators.id))
        .all()
    : [];
  const criterionOrder = new Map(criterionIds.map((id, index) => [id, index]));
  indicatorRows.sort((a, b) => criterionOrder.get(a.criterionId)! - criterionOrder.get(b.criterionId)! || a.position - b.position || a.id - b.id);
  const centreRows = db
    .select({ id: centres.id, slug: centres.slug, name: centres.name })
    .from(centres)
    .where(eq(centres.networkId, networkId))
    .orderBy(asc(centres.name))
    .all();

  const inScope = new Map<number, Set<number>>(cycleIds.map((id) => [id, new Set<number>()]));
  const assessmentMap = new Map<number, AssessmentInfo[]>(cycleIds.map((id) => [id, []]));
  const values = new Map<number, ValueRow[]>();
  if (cycleIds.length) {
    for (const row of db.select().from(reviewCycleCriteria).where(inArray(reviewCycleCriteria.cycleId, cycleIds)).all()) {
      inScope.get(row.cycleId)?.add(row.criterionId);
    }
    for (const row of db.select().from(assessments).where(inArray(assessments.cycleId, cycleIds)).all()) {
      assessmentMap.get(row.cycleId)?.push({
        criterionId: row.criterionId,
        centreId: row.centreId,
        selfStatus: row.selfStatus,
        coordinatorStatus: row.coordinatorStatus,
        coordinatorComment: row.coordinatorComment,
      });
    }
    for (const cycle of cycles) values.set(cycle.id, cycleValues(cycle));
  }
  return {
    cycles,
    criteria: criteriaRows,
    indicators: indicatorRows.map(({ position: _position, ...rest }) => rest),
    centres: centreRows,
    inScope,
    assessments: assessmentMap,
    values,
  };
}
