import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { detectOverlaps } from "./detect";
import { loadTowns } from "./evaluate";
import { featuresOf, type MatchInput } from "./features";
import { normaliseWord, splitCompound, stem, tokens, words } from "./german";
import { translator } from "~/modules/i18n/translate";
import { groupPairs } from "./groups";
import { renderReasons } from "./reasons";
import { germanLexicon } from "./lexicon.server";
import { leaveOneTownOut } from "./train";
import { concepts, minorWords } from "./vocabulary";

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
const movement = { key: "bewegung-kinder", area: "LB2", name: "Bewegung für Kinder" };

describe("German text handling", () => {
  it("normalises words, joins hyphenated compounds and writes out abbreviations", () => {
    expect(normaliseWord("Straße")).toBe("strasse");
    expect(normaliseWord("Café")).toBe("cafe");
    expect(words("Vater-Sohn-Tag für Elt. und Großeltern")).toEqual(["vatersohntag", "eltern", "grosseltern"]);
    expect(tokens("Vater-Sohn-Tag")[0]!.hyphenParts).toEqual(["vater", "sohn", "tag"]);
  });

  it("stems with Snowball, so inflected forms meet", () => {
    expect(stem("beratungen")).toBe(stem("beratung"));
    expect(stem("kindern")).toBe(stem("kinder"));
    expect(stem("säuglinge")).toBe(stem("säugling"));
  });

  it("splits compounds into dictionary words, preferring the longest head", () => {
    const lexicon = new Set(["baby", "massage", "kurs", "rückbildung", "früh", "früher", "ziehung", "erziehung"]);
    expect(splitCompound("babymassagekurs", lexicon)).toEqual(["baby", "massage", "kurs"]);
    expect(splitCompound("rückbildungskurs", lexicon)).toEqual(["rückbildung", "kurs"]);
    expect(splitCompound("früherziehung", lexicon)).toEqual(["früh", "erziehung"]);
    expect(splitCompound("unbekannt", lexicon)).toEqual([]);
    const german = germanLexicon();
    expect(splitCompound("schwimmkurs", german)).toEqual(["schwimm", "kurs"]);
    expect(splitCompound("schuldnerberatung", german)).toEqual(["schuldner", "beratung"]);
    expect(splitCompound("wassergewöhnung", german)).toEqual(["wasser", "gewöhnung"]);
  });

  it("keeps the concept words and the minor (where/when) words apart", () => {
    const conceptStems = new Set(Object.values(concepts).flatMap((forms) => forms.map((f) => stem(normaliseWord(f)))));
    const both = [...minorWords].filter((w) => conceptStems.has(stem(normaliseWord(w))));
    expect(both).toEqual([]);
  });

  it("gives a compound its parts and their concepts, and a typo its known head", () => {
    const terms = [...featuresOf(offering({ title: "Schwimmkurs" })).terms.keys()];
    expect(terms).toEqual(expect.arrayContaining(["w:kur", "c:swimming", "c:course"]));
    expect([...featuresOf(offering({ title: "Kurs im Hallenbad" })).terms.keys()]).toEqual(expect.arrayContaining(["w:kur", "c:swimming"]));
    expect([...featuresOf(offering({ title: "Krabelgruppe" })).terms.keys()]).toContain("w:grupp");
  });
});

describe("detectOverlaps", () => {
  it("finds the same service worded differently", () => {
    const pairs = [
      [
        offering({ title: "Schuldnerberatung", description: "Termine nach Absprache.", category: social, ...adults }),
        offering({ title: "Wenn das Geld knapp wird", description: "Unterstützung bei offenen Rechnungen, Mahnbriefen und Ratenplänen.", category: social, ...adults }),
      ],
      [
        offering({ title: "Schwimmkurs für Vorschulkinder", category: movement, ageFromMonths: 48, ageToMonths: 83 }),
        offering({ title: "Kurs im Hallenbad", description: "Wir lernen schwimmen, Seepferdchen inklusive.", category: movement, ageFromMonths: 60, ageToMonths: 95 }),
      ],
      [offering({ title: "Babymassage" }), offering({ title: "Massagekurs für Säuglinge" })],
    ];
    for (const [a, b] of pairs) {
      const flagged = detectOverlaps([a!, b!]);
      expect(flagged, `${a!.title} ~ ${b!.title}`).toHaveLength(1);
      expect(flagged[0]!.reasons[0]!.kind).toBe("terms");
    }
  });

  it("does not flag offerings of one centre, other neighbourhoods, other ages or other audiences", () => {
    const a = offering({ title: "Babymassage" });
    expect(detectOverlaps([a, { ...offering({ title: "Babymassage" }), centreId: a.centreId }])).toEqual([]);
    expect(detectOverlaps([a, { ...offering({ title: "Babymassage" }), neighbourhoodId: 2 }])).toEqual([]);
    expect(detectOverlaps([a, offering({ title: "Babymassage", ageFromMonths: 36, ageToMonths: 72 })])).toEqual([]);
    const course = offering({ title: "Deutsch für Frauen", category: { key: "sprachfoerderung", area: "LB1", name: "Sprachförderung" }, ...adults });
    const kids = offering({ title: "Sprachspiele", description: "Kinder kommen ohne Mama oder Papa und lernen spielend Deutsch", category: course.category, ageFromMonths: 36, ageToMonths: 83 });
    expect(detectOverlaps([course, kids])).toEqual([]);
    const fathers = offering({ title: "Papa-Zeit", description: "Ein Vormittag nur für Väter und ihre Kinder", category: { key: "offener-treff", area: "LB2", name: "Offene Treffs" }, ageToMonths: 83 });
    const parents = offering({ title: "Familiencafé", description: "Alle Familien sind willkommen", category: fathers.category, ageToMonths: 131 });
    expect(detectOverlaps([fathers, parents])).toEqual([]);
  });

  it("explains a flag with shared terms (each once), category, ages and times, in the reader's language", () => {
    const [flag] = detectOverlaps([offering({ title: "Babymassage" }), offering({ title: "Massage für Neugeborene", description: "Sanfte Berührung, die Babys entspannt." })]);
    const names = (locale: "de" | "en") => (key: string) => (key === "fruehe-hilfen" ? (locale === "de" ? "Frühe Hilfen" : "Early help") : key);
    const german = renderReasons(flag!.reasons, translator("de"), names("de"));
    expect(german[0]).toMatch(/^Gemeinsame Begriffe: „/);
    const terms = german[0]!.replace(/^Gemeinsame Begriffe: /, "").split(", ");
    expect(new Set(terms).size).toBe(terms.length);
    expect(german.slice(1)).toEqual([
      "Gleiche Kategorie: Frühe Hilfen",
      "Altersgruppen überschneiden sich: 0–1 Jahre und 0–1 Jahre",
      "Zur gleichen Zeit: Dienstag 09:30–10:30 und 09:30–10:30",
    ]);
    const english = renderReasons(flag!.reasons, translator("en"), names("en"));
    expect(english[0]).toMatch(/^Shared terms: “/);
    expect(english.slice(1)).toEqual([
      "Same category: Early help",
      "Age groups overlap: 0–1 years and 0–1 years",
      "At the same time: Tuesday 09:30–10:30 and 09:30–10:30",
    ]);
    expect(flag!.score).toBeGreaterThan(0.5);
    // Flags stored before reasons had keys keep their German sentences until the next scan rewrites them.
    expect(renderReasons(["Gleiche Kategorie: Frühe Hilfen"], translator("en"), names("en"))).toEqual(["Gleiche Kategorie: Frühe Hilfen"]);
  });
});

describe("duplicate groups", () => {
  const centreOf = (id: number) => Math.ceil(id / 10);
  it("joins offerings whose cross-centre pairs are all flagged, and never chains unlike ones", () => {
    // 1, 11, 21 all alike; 31 only like 21.
    const groups = groupPairs(
      [
        { a: 1, b: 11, score: 0.9 },
        { a: 1, b: 21, score: 0.8 },
        { a: 11, b: 21, score: 0.85 },
        { a: 21, b: 31, score: 0.7 },
      ],
      centreOf,
    );
    expect(groups.map((g) => g.members)).toEqual([[1, 11, 21], [21, 31]]);
    expect(groups[0]!.score).toBe(0.8);
  });

  it("lets two offerings of one centre share a group", () => {
    const groups = groupPairs(
      [
        { a: 1, b: 11, score: 0.9 },
        { a: 2, b: 11, score: 0.8 },
      ],
      centreOf,
    );
    expect(groups.map((g) => g.members)).toEqual([[1, 2, 11]]);
  });
});

describe("the labelled towns", () => {
  const towns = loadTowns();

  it("include at least four towns, two of them written for this project", () => {
    expect(towns.length).toBeGreaterThanOrEqual(4);
    expect(fs.readdirSync(path.resolve("tests/data/overlap-towns")).filter((f) => f.endsWith("-pairs.csv")).length).toBeGreaterThanOrEqual(2);
  });

  it("score well when each is left out of training", () => {
    const scores = leaveOneTownOut(towns);
    for (const score of scores) expect(score.f1, score.town).toBeGreaterThanOrEqual(0.5);
    const mean = scores.reduce((sum, s) => sum + s.f1, 0) / scores.length;
    expect(mean).toBeGreaterThanOrEqual(0.8);
  });

  it("lend no phrase to the detection code", () => {
    const norm = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    const phrases = new Set<string>();
    for (const town of towns) {
      for (const o of town.inputs) {
        for (const text of [o.title, o.description]) {
          const w = norm(text);
          for (let i = 0; i + 3 <= w.length; i++) phrases.add(w.slice(i, i + 3).join(" "));
        }
      }
    }
    const dir = path.resolve("app/modules/overlaps");
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))) {
      const w = norm(fs.readFileSync(path.join(dir, file), "utf8"));
      const found = new Set<string>();
      for (let i = 0; i + 3 <= w.length; i++) if (phrases.has(w.slice(i, i + 3).join(" "))) found.add(w.slice(i, i + 3).join(" "));
      expect([...found], file).toEqual([]);
    }
  });
});
