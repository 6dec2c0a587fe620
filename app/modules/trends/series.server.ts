// Reading one cycle of the history: an indicator's value for the network or a centre, how many
// centres reach its target, and a criterion's status (the coordinator's) or its spread over centres.
import { targetMet, type Status, type StatusCounts } from "./format";
import type { CriterionInfo, History, IndicatorInfo, TrendCycle } from "./history.server";

export interface TrendPoint {
  cycleId: number;
  label: string;
  value: number | null;
  detail: string;
  provisional: boolean;
  /** Set when the value is the mean of this many centres' values (the network has no own value). */
  meanOf: number | null;
}

export interface CentresAtTarget {
  met: number;
  of: number;
}

function rowsOf(history: History, cycleId: number, indicatorId: number) {
  return (history.values.get(cycleId) ?? []).filter((v) => v.indicatorId === indicatorId);
}

/**
 * The network's value: its own row (centre null); when there is none, the mean of the centres'
 * values for counts, percentages and the scale (say so in the detail). Yes/no has no mean.
 */
export function networkPoint(history: History, cycle: TrendCycle, indicator: IndicatorInfo): TrendPoint {
  const rows = rowsOf(history, cycle.id, indicator.id);
  const base = { cycleId: cycle.id, label: cycle.title, provisional: cycle.provisional, meanOf: null };
  const own = rows.find((r) => r.centreId === null);
  if (own) return { ...base, value: own.value, detail: own.detail };
  const known = rows.filter((r) => r.centreId !== null && r.value !== null).map((r) => r.value!);
  if (known.length === 0 || indicator.valueType === "boolean") return { ...base, value: null, detail: "" };
  const mean = Math.round((known.reduce((a, b) => a + b, 0) / known.length) * 10) / 10;
  return { ...base, value: mean, detail: "", meanOf: known.length };
}

export function centrePoint(history: History, cycle: TrendCycle, indicator: IndicatorInfo, centreId: number): TrendPoint {
  const row = rowsOf(history, cycle.id, indicator.id).find((r) => r.centreId === centreId);
  return { cycleId: cycle.id, label: cycle.title, provisional: cycle.provisional, value: row?.value ?? null, detail: row?.detail ?? "", meanOf: null };
}

/** How many centres with a value reach the target (null without a target or centre values). */
export function centresAtTarget(history: History, cycle: TrendCycle, indicator: IndicatorInfo): CentresAtTarget | null {
  if (indicator.target === null) return null;
  const rows = rowsOf(history, cycle.id, indicator.id).filter((r) => r.centreId !== null && r.value !== null);
  if (rows.length === 0) return null;
  const met = rows.filter((r) => targetMet(r.value, indicator.target, indicator.direction)).length;
  return { met, of: rows.length };
}

/** The coordinator's overall status of a network-wide criterion (its row with centre null). */
export function networkStatus(history: History, cycleId: number, criterionId: number): Status | null {
  return history.assessments.get(cycleId)?.find((a) => a.criterionId === criterionId && a.centreId === null)?.coordinatorStatus ?? null;
}

/** The coordinator's statuses over all centres of the network ("none" counts centres without one). */
export function statusCounts(history: History, cycleId: number, criterionId: number): StatusCounts {
  const counts: StatusCounts = { met: 0, partly: 0, notMet: 0, none: 0 };
  const rows = history.assessments.get(cycleId) ?? [];
  for (const centre of history.centres) {
    const status = rows.find((a) => a.criterionId === criterionId && a.centreId === centre.id)?.coordinatorStatus ?? null;
    if (status === "met") counts.met++;
    else if (status === "partly") counts.partly++;
    else if (status === "not-met") counts.notMet++;
    else counts.none++;
  }
  return counts;
}

export interface CriterionStatus {
  cycleId: number;
  label: string;
  provisional: boolean;
  /** Was the criterion part of this cycle's review? */
  inScope: boolean;
  /** Network-wide criteria: the coordinator's overall status. */
  status: Status | null;
  /** Centre criteria: the coordinator's statuses over the centres. */
  counts: StatusCounts | null;
}

export function criterionStatus(history: History, cycle: TrendCycle, criterion: CriterionInfo): CriterionStatus {
  const inScope = history.inScope.get(cycle.id)?.has(criterion.id) ?? false;
  return {
    cycleId: cycle.id,
    label: cycle.title,
    provisional: cycle.provisional,
    inScope,
    status: criterion.scope === "network" ? networkStatus(history, cycle.id, criterion.id) : null,
    counts: criterion.scope === "centre" && inScope ? statusCounts(history, cycle.id, criterion.id) : null,
  };
}
