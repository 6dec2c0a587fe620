// Validity of a piece of evidence for the review and readiness per area and overall. Pure: the facts
// about each piece (dates, the offering's occurrences …) are gathered by evidence.server.ts.
// The rules are explained in docs/decisions (recertification evidence).
import { addYears } from "./countdown";

export type EvidenceState =
  | "valid"
  // an agreement that ends before the end of the review year (or has already ended)
  | "agreement-expires"
  // a training certificate older than seven years at the end of the review year
  | "training-old"
  // an offering not held in the review year, a meeting or self-assessment outside it
  | "outside-period"
  // a meeting not (yet) held, a self-assessment not submitted
  | "not-done";

export interface EvidenceFacts {
  kind: "document" | "link" | "offering" | "meeting" | "agreement" | "assessment";
  evidenceDate: string | null;
  isTraining: boolean;
  /** offering: occurrences (or, by appointment, validity) in the review year */
  heldInPeriod?: boolean;
  /** agreement */
  agreementEndsOn?: string | null;
  /** meeting: its date and whether it was held; assessment: the cycle's end date and whether it was submitted */
  date?: string | null;
  done?: boolean;
}

export interface Period {
  from: string;
  to: string;
}

/** A training counts for seven years from its date; the review looks at the end of the review year. */
export function trainingTooOld(evidenceDate: string, period: Period): boolean {
  return addYears(evidenceDate, 7) < period.to;
}

export function evidenceState(facts: EvidenceFacts, period: Period): EvidenceState {
  switch (facts.kind) {
    case "document":
    case "link":
      return facts.isTraining && facts.evidenceDate && trainingTooOld(facts.evidenceDate, period) ? "training-old" : "valid";
    case "offering":
      return facts.heldInPeriod ? "valid" : "outside-period";
    case "agreement":
      return facts.agreementEndsOn && facts.agreementEndsOn < period.to ? "agreement-expires" : "valid";
    case "meeting":
    case "assessment":
      if (!facts.done) return "not-done";
      return facts.date && facts.date >= period.from && facts.date <= period.to ? "valid" : "outside-period";
  }
}

/** An item is ready with at least one valid piece of evidence; flagged when it has evidence but none valid. */
export type ItemState = "ready" | "flagged" | "missing";

export function itemState(states: EvidenceState[]): ItemState {
  if (states.some((s) => s === "valid")) return "ready";
  return states.length > 0 ? "flagged" : "missing";
}

export interface Score {
  ready: number;
  total: number;
  percent: number;
}

export function score(ready: number, total: number): Score {
  return { ready, total, percent: total === 0 ? 0 : Math.round((ready / total) * 100) };
}

export interface ReadinessInput {
  areaId: number;
  retired: boolean;
  states: EvidenceState[];
}

/** Readiness per area and overall: items with at least one valid piece of evidence among active (not retired) items. */
export function readiness(items: ReadinessInput[]): { overall: Score; byArea: Map<number, Score> } {
  const counts = new Map<number, { ready: number; total: number }>();
  let ready = 0;
  let total = 0;
  for (const item of items) {
    if (item.retired) continue;
    const area = counts.get(item.areaId) ?? { ready: 0, total: 0 };
    area.total += 1;
    total += 1;
    if (itemState(item.states) === "ready") {
      area.ready += 1;
      ready += 1;
    }
    counts.set(item.areaId, area);
  }
  const byArea = new Map([...counts].map(([id, c]) => [id, score(c.ready, c.total)]));
  return { overall: score(ready, total), byArea };
}

/** A bar of ten blocks for a percentage, readable as text and in print: "■■■■□□□□□□". */
export function textBar(percent: number, width = 10): string {
  const filled = Math.max(0, Math.min(width, Math.round((percent / 100) * width)));
  return "■".repeat(filled) + "□".repeat(width - filled);
}
