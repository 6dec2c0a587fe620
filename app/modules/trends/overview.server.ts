// The network overview: centres × criteria of one cycle with the coordinator's status per cell and the
// centre's self-assessment beside it; network-wide criteria also have the network's overall row.
import type { Status } from "./format";
import { chooseCycle, loadHistory, trendCycles, type CriterionInfo, type History, type TrendCycle } from "./history.server";
import { networkStatus } from "./series.server";

export interface OverviewCell {
  criterionId: number;
  coordinator: Status | null;
  self: Status | null;
}

export interface OverviewRow {
  centre: { id: number; slug: string; name: string };
  cells: OverviewCell[];
}

export interface Overview {
  cycle: TrendCycle;
  criteria: CriterionInfo[];
  rows: OverviewRow[];
  /** The coordinator's overall status of network-wide criteria (null for centre criteria). */
  network: (Status | null)[];
}

/** The overview of one cycle from an already loaded history. */
export function overviewOf(history: History, cycle: TrendCycle): Overview {
  const inScope = history.inScope.get(cycle.id) ?? new Set<number>();
  const shown = history.criteria.filter((c) => inScope.has(c.id));
  const rows = history.assessments.get(cycle.id) ?? [];
  return {
    cycle,
    criteria: shown,
    rows: history.centres.map((centre) => ({
      centre,
      cells: shown.map((criterion) => {
        const row = rows.find((a) => a.criterionId === criterion.id && a.centreId === centre.id);
        return { criterionId: criterion.id, coordinator: row?.coordinatorStatus ?? null, self: row?.selfStatus ?? null };
      }),
    })),
    network: shown.map((criterion) => (criterion.scope === "network" ? networkStatus(history, cycle.id, criterion.id) : null)),
  };
}

/** The cycles to choose from, the chosen one (`?cycle=`, default the latest closed) and its overview. */
export function networkOverview(networkId: number, asked: string | null) {
  const cycles = trendCycles(networkId);
  const { cycle, unknown } = chooseCycle(cycles, asked);
  const overview = cycle ? overviewOf(loadHistory(networkId, [cycle]), cycle) : null;
  return { cycles, overview, unknownCycle: unknown };
}
