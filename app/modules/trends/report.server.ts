// The report for the youth welfare committee (Jugendhilfeausschuss) on one cycle: where the network
// stands per criterion, the overview of centres, indicator values against target and the previous
// cycle, the agreed actions and the meetings held in the period.
import { agreedActions, type TrendAction } from "./actions.server";
import { targetMet } from "./format";
import { chooseCycle, loadHistory, trendCycles, type CriterionInfo, type IndicatorInfo, type TrendCycle } from "./history.server";
import { meetingsHeld, type HeldMeeting } from "./meetings.server";
import { overviewOf, type Overview } from "./overview.server";
import { centresAtTarget, criterionStatus, networkPoint, type CentresAtTarget, type CriterionStatus } from "./series.server";

export interface ReportIndicator extends IndicatorInfo {
  value: number | null;
  detail: string;
  meanOf: number | null;
  previous: number | null;
  met: boolean | null;
  atTarget: CentresAtTarget | null;
}

export interface ReportCriterion extends CriterionInfo {
  status: CriterionStatus;
  previous: CriterionStatus | null;
  indicators: ReportIndicator[];
}

export interface CommitteeReport {
  cycle: TrendCycle;
  previous: TrendCycle | null;
  criteria: ReportCriterion[];
  overview: Overview;
  actions: TrendAction[];
  meetings: HeldMeeting[];
}

export function committeeReport(networkId: number, cycle: TrendCycle, all: TrendCycle[], today: string): CommitteeReport {
  const previous = all.filter((c) => c.status === "closed" && c.periodStart < cycle.periodStart).at(-1) ?? null;
  const history = loadHistory(networkId, previous ? [previous, cycle] : [cycle]);
  const inScope = history.inScope.get(cycle.id) ?? new Set<number>();
  const criteria = history.criteria
    .filter((c) => inScope.has(c.id))
    .map((criterion) => ({
      ...criterion,
      status: criterionStatus(history, cycle, criterion),
      previous: previous ? criterionStatus(history, previous, criterion) : null,
      indicators: history.indicators
        .filter((i) => i.criterionId === criterion.id)
        .map((indicator) => {
          const now = networkPoint(history, cycle, indicator);
          return {
            ...indicator,
            value: now.value,
            detail: now.detail,
            meanOf: now.meanOf,
            previous: previous ? networkPoint(history, previous, indicator).value : null,
            met: targetMet(now.value, indicator.target, indicator.direction),
            atTarget: centresAtTarget(history, cycle, indicator),
          };
        }),
    }));
  const meetings = meetingsHeld(networkId, cycle.periodStart, cycle.periodEnd);
  return {
    cycle,
    previous,
    criteria,
    overview: overviewOf(history, cycle),
    actions: agreedActions(networkId, cycle.id, meetings.map((m) => m.id), today),
    meetings,
  };
}

/** The cycles to choose from, the chosen one (`?cycle=`, default the latest closed) and its report. */
export function reportFor(networkId: number, asked: string | null, today: string) {
  const cycles = trendCycles(networkId);
  const { cycle, unknown } = chooseCycle(cycles, asked);
  return { cycles, report: cycle ? committeeReport(networkId, cycle, cycles, today) : null, unknownCycle: unknown };
}
