import { describe, expect, it } from "vitest";
import type { EvidenceSuggestionRule } from "@db/schema";
import { intervalDays, offeringMatches, partnerKindMatches, type OfferingFacts } from "./matching";

const period = { from: "2026-01-01", to: "2026-12-31" };
const monthly: EvidenceSuggestionRule = { source: "offerings", categoryKeys: ["erziehungsberatung", "migrationsberatung"], maxIntervalDays: 31 };

function offering(overrides: Partial<OfferingFacts>): OfferingFacts {
  return { categoryKey: "erziehungsberatung", title: "Offene Sprechstunde", description: "", scheduleKind: "weekly", ageFromMonths: 216, validFrom: null, validUntil: null, occurrences: ["2026-03-02", "2026-03-09"], ...overrides };
}

const everyMonth = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, "0")}-15`);

describe("suggestion rules for offerings", () => {
  it("takes a weekly counselling offering for 'open consultation at least monthly'", () => {
    expect(offeringMatches(monthly, offering({}), period)).toBe(true);
    expect(intervalDays(offering({}), period)).toBe(7);
  });

  it("never counts offerings by appointment for a frequency rule", () => {
    const byAppointment = offering({ scheduleKind: "appointment", occurrences: [] });
    expect(offeringMatches(monthly, byAppointment, period)).toBe(false);
    // Without a frequency condition an offering by appointment valid in the period fits.
    expect(offeringMatches({ source: "offerings", categoryKeys: ["erziehungsberatung"] }, byAppointment, period)).toBe(true);
  });

  it("counts single dates as monthly only when every month of the period has one", () => {
    expect(offeringMatches(monthly, offering({ scheduleKind: "dates", occurrences: everyMonth }), period)).toBe(true);
    expect(offeringMatches(monthly, offering({ scheduleKind: "dates", occurrences: everyMonth.slice(1) }), period)).toBe(false);
    expect(offeringMatches({ ...monthly, maxIntervalDays: 7 }, offering({ scheduleKind: "dates", occurrences: everyMonth }), period)).toBe(false);
  });

  it("needs the category, a keyword, the age and at least one date in the period", () => {
    expect(offeringMatches(monthly, offering({ categoryKey: "kreativ-kultur" }), period)).toBe(false);
    expect(offeringMatches(monthly, offering({ occurrences: [] }), period)).toBe(false);
    const u3: EvidenceSuggestionRule = { source: "offerings", ageFromBelowMonths: 36, keywords: ["spielgruppe"] };
    expect(offeringMatches(u3, offering({ title: "Krabbel-Spielgruppe", ageFromMonths: 12 }), period)).toBe(true);
    expect(offeringMatches(u3, offering({ title: "Krabbel-Spielgruppe", ageFromMonths: 36 }), period)).toBe(false);
    expect(offeringMatches(u3, offering({ title: "Elterncafé", ageFromMonths: 12 }), period)).toBe(false);
  });

  it("matches partner kinds by containment, case-insensitively", () => {
    const rule: EvidenceSuggestionRule = { source: "agreements", partnerKinds: ["beratungsstelle", "Gesundheit"] };
    expect(partnerKindMatches(rule, "Beratungsstelle")).toBe(true);
    expect(partnerKindMatches(rule, "Gesundheitswesen")).toBe(true);
    expect(partnerKindMatches(rule, "Schule")).toBe(false);
    expect(partnerKindMatches({ source: "agreements" }, "Schule")).toBe(true);
  });
});
