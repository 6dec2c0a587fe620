import { describe, expect, it } from "vitest";
import { detectOverlaps } from "./detect";
import type { MatchInput } from "./features";
import { splitCompound, words } from "./german";
import { evaluateOverlapSets } from "./evaluate";

let nextId = 1;
function offering(partial: Partial<MatchInput> & { title: string }): MatchInput {
  const id = nextId++;
  return {
    id,
    ref: `T${String(id).padStart(3, "0")}`,
    centreId: id,
    neighbourhoodId: 1,
    description: "",
    category: { key: "fruehe-hilfen", area: "LB1", name: "Frühe Hilfen" },
    ageFromMonths: 0,
    ageToMonths: 23,
    audiences: [],
    scheduleKind: "weekly",
    weekdays: [2],
    startTime: "09:30",
    endTime: "10:30",
    ...partial,
  };
}

const adults = { ageFromMonths: 216, ageToMonths: 1199 };
const social = { key: "sozialberatung", area: "LB1", name: "Sozial- und Schuldnerberatung" };

describe("German text handling", () => {
  it("folds umlauts and joins hyphenated compounds", () => {
    expect(words("Eltern-Kind-Gruppe für Säuglinge")).toEqual(["elternkindgruppe", "saeuglinge"]);
  });
  it("splits compounds into known parts with linking elements", () => {
    const lexicon = new Set(["baby", "massage", "kurs", "rueckbildung"]);
    expect(splitCompound("babymassagekurs", lexicon)).toEqual(["baby", "massage", "kurs"]);
    expect(splitCompound("rueckbildungskurs", lexicon)).toEqual(["rueckbildung", "kurs"]);
    expect(splitCompound("unbekannt", lexicon)).toEqual([]);
  });
});

describe("detectOverlaps", () => {
  it("finds the same service worded differently", () => {
    const pairs = [
      [offering({ title: "Schuldnerberatung", category: social, ...adults }), offering({ title: "Hilfe bei Geldsorgen", description: "Wir helfen bei Mahnungen und Schulden.", category: social, ...adults })],
      [offering({ title: "PEKiP", description: "Spiel und Bewegung im ersten Lebensjahr" }), offering({ title: "Prager Eltern-Kind-Programm", description: "Für Eltern mit Babys ab der 6. Lebenswoche", category: { key: "eltern-kind-gruppe", area: "LB2", name: "Eltern-Kind-Gruppen" } })],
      [offering({ title: "Babymassage" }), offering({ title: "Massagekurs für Säuglinge" })],
      [offering({ title: "Stillcafé", description: "Austausch rund ums Stillen" }), offering({ title: "Stilltreff mit Hebamme" })],
    ];
    for (const [a, b] of pairs) {
      const flagged = detectOverlaps([a!, b!]);
      expect(flagged, `${a!.title} ~ ${b!.title}`).toHaveLength(1);
      expect(flagged[0]!.reasons[0]).toMatch(/^Gemeinsame Begriffe/);
    }
  });

  it("does not flag offerings of one centre, other neighbourhoods, other ages or other audiences", () => {
    const a = offering({ title: "Babymassage" });
    expect(detectOverlaps([a, { ...offering({ title: "Babymassage" }), centreId: a.centreId }])).toEqual([]);
    expect(detectOverlaps([a, { ...offering({ title: "Babymassage" }), neighbourhoodId: 2 }])).toEqual([]);
    expect(detectOverlaps([a, offering({ title: "Babymassage", ageFromMonths: 36, ageToMonths: 72 })])).toEqual([]);
    const course = offering({ title: "Deutschkurs für Mütter", category: { key: "sprachfoerderung", area: "LB1", name: "Sprachförderung" }, ...adults });
    const kids = offering({ title: "Sprachgruppe für Kinder", description: "Ohne Eltern, spielerisch Deutsch lernen", category: course.category, ageFromMonths: 36, ageToMonths: 83 });
    expect(detectOverlaps([course, kids])).toEqual([]);
    const fathers = offering({ title: "Vätertreff", description: "Nur für Väter mit ihren Kindern", category: { key: "offener-treff", area: "LB2", name: "Offene Treffs" }, ageToMonths: 83 });
    const parents = offering({ title: "Elterncafé", description: "Treffpunkt für alle Eltern", category: fathers.category, ageToMonths: 131 });
    expect(detectOverlaps([fathers, parents])).toEqual([]);
  });

  it("explains a flag with shared terms, category, ages and times", () => {
    const [flag] = detectOverlaps([offering({ title: "Babymassage" }), offering({ title: "Massage für Neugeborene" })]);
    expect(flag!.reasons).toEqual([
      "Gemeinsame Begriffe: „Babymassage“ ≈ „Neugeborene“, „Babymassage“ ≈ „Massage“",
      "Gleiche Kategorie: Frühe Hilfen",
      "Altersgruppen überschneiden sich: 0–23 Monate und 0–23 Monate",
      "Zur gleichen Zeit: dienstags 09:30–10:30 und 09:30–10:30",
    ]);
    expect(flag!.score).toBeGreaterThan(0.5);
  });

  it("reaches F1 ≥ 0.9 on the labelled development sets", () => {
    for (const result of evaluateOverlapSets()) expect(result.f1, result.name).toBeGreaterThanOrEqual(0.9);
  });
});
