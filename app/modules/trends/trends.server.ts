// The network's trend page: per criterion its status across cycles and each indicator's values.
import type { CriterionInfo, IndicatorInfo, TrendCycle } from "./history.server";
import { loadHistory } from "./history.server";
import { centresAtTarget, criterionStatus, networkPoint, type CentresAtTarget, type CriterionStatus, type TrendPoint } from "./series.server";

export interface IndicatorTrend extends IndicatorInfo {
  points: TrendPoint[];
  /** Per cycle (same order as points): centres reaching the target, when measured per centre. */
  atTarget: (CentresAtTarget | null)[];
}

export interface CriterionTrend extends CriterionInfo {
  statuses: CriterionStatus[];
  indicators: IndicatorTrend[];
}

export interface NetworkTrends {
  cycles: TrendCycle[];
  criteria: CriterionTrend[];
}

export function networkTrends(networkId: number): NetworkTrends {
  const history = loadHistory(networkId);
  return {
    cycles: history.cycles,
    criteria: history.criteria.map((criterion) => ({
      ...criterion,
      statuses: history.cycles.map((cycle) => criterionStatus(history, cycle, criterion)),
      indicators: history.indicators
        .filter((i) => i.criterionId === criterion.id)
        .map((indicator) => ({
          ...indicator,
          points: history.cycles.map((cycle) => networkPoint(history, cycle, indicator)),
          atTarget: history.cycles.map((cycle) => centresAtTarget(history, cycle, indicator)),
        })),
    })),
  };
}
