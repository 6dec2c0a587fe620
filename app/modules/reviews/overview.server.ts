// What the cycle pages show: criteria × centres with both statuses, indicator values with targets, and
// one centre's assessments with evidence and actions.
import { getDb } from "@db/client.server";
import { cycleAssessments, cycleCriteria, missingForClose, networkCentres, type Missing, type ReviewCycle } from "./cycles.server";
import { evidenceOf } from "./evidence.server";
import { cycleIndicators, liveIndicatorValues, targetMet } from "./indicators.server";
import { reviewActions } from "./review-actions.server";

export interface IndicatorLine {
  id: number;
  criterionId: number;
  title: string;
  description: string;
  source: "computed" | "manual";
  metric: string | null;
  valueType: "number" | "percent" | "boolean" | "scale";
  target: number | null;
  direction: "higher" | "lower";
  scope: "network" | "centre";
  network: { value: number | null; detail: string; met: boolean | null } | null;
  centres: { centreId: number; value: number | null; detail: string; met: boolean | null }[];
  centresMet: number;
}

/** The cycle's indicators with their (live or frozen) values for the network and per centre. */
export function indicatorLines(cycle: ReviewCycle): IndicatorLine[] {
  const db = getDb();
  const values = liveIndicatorValues(db, cycle.id);
  return cycleIndicators(db, cycle.id).map((i) => {
    const mine = values.filter((v) => v.indicatorId === i.id);
    const network = mine.find((v) => v.centreId === null);
    const centres = mine
      .filter((v) => v.centreId !== null)
      .map((v) => ({ centreId: v.centreId!, value: v.value, detail: v.detail, met: targetMet(v.value, i.target, i.direction) }));
    return {
      id: i.id,
      criterionId: i.criterionId,
      title: i.title,
      description: i.description,
      source: i.source,
      metric: i.metric,
      valueType: i.valueType,
      target: i.target,
      direction: i.direction,
      scope: i.scope,
      network: network ? { value: network.value, detail: network.detail, met: targetMet(network.value, i.target, i.direction) } : null,
      centres,
      centresMet: centres.filter((c) => c.met === true).length,
    };
  });
}

export interface CellStatus {
  self: "met" | "partly" | "not-met" | null;
  selfSubmitted: boolean;
  coordinator: "met" | "partly" | "not-met" | null;
}

/** Criteria × centres with self and coordinator status, the network rows, and what is missing to close. */
export function cycleOverview(cycle: ReviewCycle) {
  const criteria = cycleCriteria(cycle.id);
  const centres = networkCentres(cycle.networkId);
  const rows = cycleAssessments(cycle.id);
  const cell = (criterionId: number, centreId: number | null): CellStatus => {
    const row = rows.find((r) => r.criterionId === criterionId && r.centreId === centreId);
    return { self: row?.selfStatus ?? null, selfSubmitted: Boolean(row?.selfSubmittedAt), coordinator: row?.coordinatorStatus ?? null };
  };
  const overall = criteria
    .filter((c) => c.scope === "network")
    .map((c) => {
      const row = rows.find((r) => r.criterionId === c.id && r.centreId === null);
      return { criterionId: c.id, title: c.title, status: row?.coordinatorStatus ?? null, comment: row?.coordinatorComment ?? "" };
    });
  const missing: Missing[] = cycle.status === "open" ? missingForClose(cycle) : [];
  return {
    criteria: criteria.map((c, index) => ({ id: c.id, title: c.title, scope: c.scope, description: c.description, number: index + 1 })),
    centres: centres.map((centre) => ({ ...centre, cells: criteria.map((c) => cell(c.id, centre.id)) })),
    overall,
    missing,
  };
}

/** Missing items grouped per line for display: "Selbsteinschätzung von Arche: Kriterium A, Kriterium B". */
export function groupMissing(missing: Missing[]) {
  const groups = new Map<string, { kind: Missing["kind"]; centre: string | null; criteria: string[] }>();
  for (const m of missing) {
    const key = `${m.kind}:${m.centreId}`;
    const group = groups.get(key) ?? { kind: m.kind, centre: m.centreName, criteria: [] };
    group.criteria.push(m.criterionTitle);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** One centre's page: per criterion its assessment, evidence, indicator values and agreed actions. */
export function centreReview(cycle: ReviewCycle, centre: { id: number; slug: string }, networkSlug: string) {
  const criteria = cycleCriteria(cycle.id);
  const rows = cycleAssessments(cycle.id).filter((r) => r.centreId === centre.id);
  const evidence = evidenceOf(
    rows.map((r) => r.id),
    networkSlug,
    centre.slug,
  );
  const lines = indicatorLines(cycle);
  const agreed = reviewActions(cycle.id, centre.id);
  return criteria.map((criterion, index) => {
    const row = rows.find((r) => r.criterionId === criterion.id);
    return {
      id: criterion.id,
      number: index + 1,
      title: criterion.title,
      description: criterion.description,
      scope: criterion.scope,
      self: {
        status: row?.selfStatus ?? null,
        confidence: row?.selfConfidence ?? null,
        changes: row?.selfChanges ?? "",
        nextSteps: row?.selfNextSteps ?? "",
        submittedAt: row?.selfSubmittedAt ?? null,
        started: Boolean(row && (row.selfStatus || row.selfChanges || row.selfNextSteps || row.selfConfidence)),
      },
      coordinator: { status: row?.coordinatorStatus ?? null, comment: row?.coordinatorComment ?? "", at: row?.coordinatorAt ?? null },
      evidence: row ? evidence.filter((e) => e.assessmentId === row.id) : [],
      indicators: lines.filter((l) => l.criterionId === criterion.id).map((l) => ({ ...l, centres: l.centres.filter((v) => v.centreId === centre.id) })),
      actions: agreed.filter((a) => a.criterionId === criterion.id),
    };
  });
}
