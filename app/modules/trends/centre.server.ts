// One centre across cycles: per criterion its self-assessment beside the coordinator's, its indicator
// values next to the network's, and the actions that concern it.
import type { Status } from "./format";
import { loadHistory, type CentreInfo, type CriterionInfo, type IndicatorInfo, type TrendCycle } from "./history.server";
import { centreActions, type TrendAction } from "./actions.server";
import { centrePoint, networkPoint, type TrendPoint } from "./series.server";

export interface CentreCriterionStatus {
  cycleId: number;
  label: string;
  provisional: boolean;
  inScope: boolean;
  self: Status | null;
  coordinator: Status | null;
  comment: string;
}

export interface CentreIndicatorTrend extends IndicatorInfo {
  centre: TrendPoint[];
  network: TrendPoint[];
}

export interface CentreTrends {
  cycles: TrendCycle[];
  criteria: (CriterionInfo & { statuses: CentreCriterionStatus[] })[];
  indicators: CentreIndicatorTrend[];
  actions: TrendAction[];
}

export function centreTrends(networkId: number, centre: CentreInfo, today: string): CentreTrends {
  const history = loadHistory(networkId);
  const criteria = history.criteria.map((criterion) => ({
    ...criterion,
    statuses: history.cycles.map((cycle): CentreCriterionStatus => {
      const row = history.assessments.get(cycle.id)?.find((a) => a.criterionId === criterion.id && a.centreId === centre.id);
      return {
        cycleId: cycle.id,
        label: cycle.title,
        provisional: cycle.provisional,
        inScope: history.inScope.get(cycle.id)?.has(criterion.id) ?? false,
        self: row?.selfStatus ?? null,
        coordinator: row?.coordinatorStatus ?? null,
        comment: row?.coordinatorComment ?? "",
      };
    }),
  }));
  // Indicators measured for this centre in at least one cycle.
  const indicators = history.indicators
    .map((indicator) => ({
      ...indicator,
      centre: history.cycles.map((cycle) => centrePoint(history, cycle, indicator, centre.id)),
      network: history.cycles.map((cycle) => networkPoint(history, cycle, indicator)),
    }))
    .filter((i) => i.centre.some((p) => p.value !== null));
  return { cycles: history.cycles, criteria, indicators, actions: centreActions(networkId, centre.id, today) };
}
