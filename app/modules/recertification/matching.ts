// Does something the app holds fit a checklist item's suggestion rule? Pure; the data is loaded by
// suggestions.server.ts. See EvidenceSuggestionRule in db/schema.ts.
import type { EvidenceSuggestionRule } from "@db/schema";
import type { Period } from "./readiness";

export interface OfferingFacts {
  categoryKey: string;
  title: string;
  description: string;
  scheduleKind: "weekly" | "dates" | "appointment";
  ageFromMonths: number;
  validFrom: string | null;
  validUntil: string | null;
  /** Dates it takes place in the review period (expanded weekly schedule or single dates, without cancellations). */
  occurrences: string[];
}

/** Held in the period: at least one occurrence; by appointment: valid during some part of it. */
export function heldInPeriod(o: Pick<OfferingFacts, "scheduleKind" | "validFrom" | "validUntil" | "occurrences">, period: Period): boolean {
  if (o.scheduleKind === "appointment") return (!o.validFrom || o.validFrom <= period.to) && (!o.validUntil || o.validUntil >= period.from);
  return o.occurrences.length > 0;
}

/** Months (YYYY-MM) of the period. */
function monthsOf(period: Period): string[] {
  const result: string[] = [];
  let year = Number(period.from.slice(0, 4));
  let month = Number(period.from.slice(5, 7));
  const last = period.to.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, "0")}`;
    if (key > last) break;
    result.push(key);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return result;
}

/**
 * How often it is held, in days between dates: a weekly schedule counts as every 7 days; single dates
 * count as monthly (31) when every month of the period has one; by appointment never counts (null).
 */
export function intervalDays(o: Pick<OfferingFacts, "scheduleKind" | "occurrences">, period: Period): number | null {
  if (o.scheduleKind === "appointment" || o.occurrences.length === 0) return null;
  if (o.scheduleKind === "weekly") return 7;
  const held = new Set(o.occurrences.map((d) => d.slice(0, 7)));
  return monthsOf(period).every((m) => held.has(m)) ? 31 : null;
}

function fold(text: string): string {
  return text.toLowerCase().normalize("NFC");
}

/** An offering fits the rule when it was held in the period and every condition given holds. */
export function offeringMatches(rule: EvidenceSuggestionRule, o: OfferingFacts, period: Period): boolean {
  if (rule.source !== "offerings") return false;
  if (!heldInPeriod(o, period)) return false;
  if (rule.categoryKeys?.length && !rule.categoryKeys.includes(o.categoryKey)) return false;
  if (rule.keywords?.length) {
    const text = fold(`${o.title} ${o.description}`);
    if (!rule.keywords.some((k) => text.includes(fold(k)))) return false;
  }
  if (rule.maxIntervalDays !== undefined) {
    const interval = intervalDays(o, period);
    if (interval === null || interval > rule.maxIntervalDays) return false;
  }
  if (rule.ageFromBelowMonths !== undefined && !(o.ageFromMonths < rule.ageFromBelowMonths)) return false;
  return true;
}

/** A partner kind fits when it contains one of the rule's kinds (case-insensitive); no kinds: every agreement. */
export function partnerKindMatches(rule: EvidenceSuggestionRule, kind: string): boolean {
  if (rule.source !== "agreements") return false;
  if (!rule.partnerKinds?.length) return true;
  const k = fold(kind);
  return rule.partnerKinds.some((wanted) => k.includes(fold(wanted)));
}
