// App evidence that may fit a checklist item: offerings, meetings, agreements and self-assessments of
// the centre, matched against the item's suggestion rule (see matching.ts), and the manual picker's
// choices for items without a rule.
import { and, asc, eq, gte, inArray, isNotNull, lte, ne } from "drizzle-orm";
import { getDb } from "@db/client.server";
import {
  agreements,
  assessments,
  categories,
  criteria,
  events,
  meetingCentres,
  meetingItems,
  meetings,
  offerings,
  partners,
  recertificationEvidence,
  reviewCycles,
  type EvidenceSuggestionRule,
} from "@db/schema";
import type { Centre } from "~/modules/network/structure.server";
import { offeringOccurrences } from "./evidence.server";
import { heldInPeriod, intervalDays, offeringMatches, partnerKindMatches } from "./matching";
import type { Period } from "./readiness";
import type { AppEvidenceKind } from "./schemas";

export interface Candidate {
  kind: AppEvidenceKind;
  refId: number;
  label: string;
  /** offering: first/last date and count in the period; meeting: date; agreement: validity; assessment: cycle period */
  from: string | null;
  to: string | null;
  count: number | null;
  /** offering: "weekly" / "monthly" / null; agreement: partner kind */
  detail: string | null;
}

type CentreRef = Pick<Centre, "id" | "networkId">;

function offeringCandidates(centre: CentreRef, period: Period, rule: EvidenceSuggestionRule | null): Candidate[] {
  const db = getDb();
  const rows = db
    .select({ offering: offerings, categoryKey: categories.key })
    .from(offerings)
    .innerJoin(categories, eq(categories.id, offerings.categoryId))
    .where(and(eq(offerings.centreId, centre.id), ne(offerings.status, "draft")))
    .orderBy(asc(offerings.title))
    .all();
  const dates = offeringOccurrences(
    rows.map((r) => r.offering),
    period,
  );
  const result: Candidate[] = [];
  for (const { offering: o, categoryKey } of rows) {
    const occurrences = dates.get(o.id) ?? [];
    const facts = { categoryKey, title: o.title, description: o.description, scheduleKind: o.scheduleKind, ageFromMonths: o.ageFromMonths, validFrom: o.validFrom, validUntil: o.validUntil, occurrences };
    const fits = rule ? offeringMatches(rule, facts, period) : heldInPeriod(facts, period);
    if (!fits) continue;
    const interval = intervalDays(facts, period);
    result.push({
      kind: "offering",
      refId: o.id,
      label: o.title,
      from: occurrences[0] ?? null,
      to: occurrences.at(-1) ?? null,
      count: o.scheduleKind === "appointment" ? null : occurrences.length,
      detail: interval === 7 ? "weekly" : interval === 31 ? "monthly" : o.scheduleKind === "appointment" ? "appointment" : null,
    });
  }
  return result;
}

/** Held meetings in the period that the centre attended and that have minutes. */
function meetingCandidates(centre: CentreRef, period: Period): Candidate[] {
  const db = getDb();
  const rows = db
    .select({ id: meetings.id, title: events.title, date: events.date, notes: meetings.notes })
    .from(meetings)
    .innerJoin(events, eq(events.id, meetings.eventId))
    .innerJoin(meetingCentres, and(eq(meetingCentres.meetingId, meetings.id), eq(meetingCentres.centreId, centre.id), eq(meetingCentres.attended, true)))
    .where(and(eq(meetings.networkId, centre.networkId), eq(meetings.status, "held"), gte(events.date, period.from), lte(events.date, period.to)))
    .orderBy(asc(events.date))
    .all();
  if (rows.length === 0) return [];
  const withMinutes = new Set(
    db
      .select({ meetingId: meetingItems.meetingId, minutes: meetingItems.minutes, decisions: meetingItems.decisions })
      .from(meetingItems)
      .where(
        inArray(
          meetingItems.meetingId,
          rows.map((r) => r.id),
        ),
      )
      .all()
      .filter((i) => i.minutes.trim() || i.decisions.trim())
      .map((i) => i.meetingId),
  );
  return rows
    .filter((m) => m.notes.trim() || withMinutes.has(m.id))
    .map((m) => ({ kind: "meeting" as const, refId: m.id, label: m.title, from: m.date, to: null, count: null, detail: null }));
}

function agreementCandidates(centre: CentreRef, rule: EvidenceSuggestionRule | null): Candidate[] {
  return getDb()
    .select({ id: agreements.id, name: partners.name, kind: partners.kind, startsOn: agreements.startsOn, endsOn: agreements.endsOn })
    .from(agreements)
    .innerJoin(partners, eq(partners.id, agreements.partnerId))
    .where(eq(agreements.centreId, centre.id))
    .orderBy(asc(partners.name))
    .all()
    .filter((a) => !rule || partnerKindMatches(rule, a.kind))
    .map((a) => ({ kind: "agreement" as const, refId: a.id, label: a.name, from: a.startsOn, to: a.endsOn, count: null, detail: a.kind }));
}

/** The centre's submitted self-assessments from review cycles within the period. */
function assessmentCandidates(centre: CentreRef, period: Period): Candidate[] {
  return getDb()
    .select({ id: assessments.id, criterion: criteria.title, cycle: reviewCycles.title, start: reviewCycles.periodStart, end: reviewCycles.periodEnd })
    .from(assessments)
    .innerJoin(reviewCycles, eq(reviewCycles.id, assessments.cycleId))
    .innerJoin(criteria, eq(criteria.id, assessments.criterionId))
    .where(and(eq(assessments.centreId, centre.id), isNotNull(assessments.selfSubmittedAt), gte(reviewCycles.periodStart, period.from), lte(reviewCycles.periodEnd, period.to)))
    .orderBy(asc(reviewCycles.periodStart), asc(criteria.position))
    .all()
    .map((a) => ({ kind: "assessment" as const, refId: a.id, label: `${a.cycle}: ${a.criterion}`, from: a.start, to: a.end, count: null, detail: null }));
}

/** References already attached to the item, as "kind:id". */
function attachedRefs(centreId: number, itemId: number): Set<string> {
  const rows = getDb().select().from(recertificationEvidence).where(and(eq(recertificationEvidence.centreId, centreId), eq(recertificationEvidence.itemId, itemId))).all();
  const refs = new Set<string>();
  for (const r of rows) {
    if (r.offeringId) refs.add(`offering:${r.offeringId}`);
    if (r.meetingId) refs.add(`meeting:${r.meetingId}`);
    if (r.agreementId) refs.add(`agreement:${r.agreementId}`);
    if (r.assessmentId) refs.add(`assessment:${r.assessmentId}`);
  }
  return refs;
}

/** What the app holds that matches the item's rule, without what is already attached. */
export function suggestionsFor(centre: CentreRef, item: { id: number; suggestion: EvidenceSuggestionRule | null }, period: Period): Candidate[] {
  const rule = item.suggestion;
  if (!rule) return [];
  const attached = attachedRefs(centre.id, item.id);
  const all =
    rule.source === "offerings"
      ? offeringCandidates(centre, period, rule)
      : rule.source === "meetings"
        ? meetingCandidates(centre, period)
        : rule.source === "agreements"
          ? agreementCandidates(centre, rule)
          : assessmentCandidates(centre, period);
  return all.filter((c) => !attached.has(`${c.kind}:${c.refId}`));
}

/** Everything the centre may attach by hand: offerings held in the period, meetings, agreements, self-assessments. */
export function pickerChoices(centre: CentreRef, itemId: number, period: Period): Record<AppEvidenceKind, Candidate[]> {
  const attached = attachedRefs(centre.id, itemId);
  const open = (list: Candidate[]) => list.filter((c) => !attached.has(`${c.kind}:${c.refId}`));
  return {
    offering: open(offeringCandidates(centre, period, null)),
    meeting: open(meetingCandidates(centre, period)),
    agreement: open(agreementCandidates(centre, null)),
    assessment: open(assessmentCandidates(centre, period)),
  };
}
