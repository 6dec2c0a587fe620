// A large, realistic offering CSV for the benchmarks: the demo offerings' categories and ages, spread over
// 20 neighbourhoods and 40 centres, with varied titles, schedules and prices. Most offerings are worded
// individually (topics from a pool of invented words, as real centres each name things their own way);
// a small share repeats the demo offerings' texts, so that a plausible number of duplicates exists per
// neighbourhood rather than every copy of a template matching every other. Deterministic (seeded).
import fs from "node:fs";
import { csvColumns, csvWeekdays } from "../app/modules/offerings/csv-format";

const neighbourhoods = [
  "Altstadt", "Nordstadt", "Südviertel", "Westend", "Ostfeld", "Am Bahnhof", "Lindenplatz", "Mühlenviertel",
  "Auf der Höhe", "Bruchfeld", "Hafen", "Kirchberg", "Sonnenhang", "Gartenstadt", "Schlosspark", "Rosenhügel",
  "Eichenweg", "Wiesengrund", "Königsborn", "Heideblick",
];

const centreNames = [
  "Arche", "Kunterbunt", "Löwenzahn", "Pusteblume", "Regenbogen", "Sonnenblume", "St. Martin", "Sternschnuppe",
  "Abenteuerland", "Brückenbauer", "Sonnenschein", "Wirbelwind", "Villa Kunterbunt", "Lummerland", "Rappelkiste",
  "Schatzkiste", "Purzelbaum", "Zwergenland", "Wolkenschloss", "Kleine Strolche",
];

const variations = [
  "", "", "", " am Vormittag", " am Nachmittag", " – Gruppe 2", " – Gruppe 3", " für Einsteiger", " (Kurs B)",
  " im Stadtteil", " in den Ferien", " mit Kinderbetreuung", " auf Türkisch", " – offen für alle", " am Wochenende",
];

const descriptionTails = [
  "", " Bitte bequeme Kleidung mitbringen.", " Ein Einstieg ist jederzeit möglich.", " Geschwisterkinder sind willkommen.",
  " In Kooperation mit der Stadtbibliothek.", " Die Kosten können über Bildung und Teilhabe übernommen werden.",
  " Treffpunkt ist der Gruppenraum im Erdgeschoss.", " Mit Dolmetscherin nach Absprache.",
];

const languageSets = ["de", "de", "de", "de,tr", "de,ar", "de,en", "de,uk", "de,ru,pl", "de,tr,ar"];
const costs = ["0", "0", "0", "0", "2", "5", "12,50", "25", "40", "7.50"];
const starts = ["08:30", "09:00", "09:30", "10:00", "14:00", "15:00", "15:30", "16:00", "17:30"];

interface Template {
  title: string;
  description: string;
  category: string;
  ageFrom: string;
  ageTo: string;
}

/** The demo CSV is the pool of realistic offerings the large file varies. */
function templates(): Template[] {
  const text = fs.readFileSync(new URL("../db/seed/data/demo-offerings.csv", import.meta.url), "utf8").replace(/^\uFEFF/, "");
  const [header, ...lines] = text.split(/\r?\n/).filter(Boolean);
  const names = header!.split(";");
  const at = (name: string) => names.indexOf(name);
  return lines.map((line) => {
    const cells = line.split(";");
    return {
      title: cells[at("title")]!,
      description: cells[at("description")]!,
      category: cells[at("category")]!,
      ageFrom: cells[at("age_from")]!,
      ageTo: cells[at("age_to")]!,
    };
  });
}

const onsets = ["b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "w", "z", "br", "gr", "kl", "st", "sch", "pf"];
const vowels = ["a", "e", "i", "o", "u", "au", "ei", "ü", "ö", "ä"];
const codas = ["", "n", "r", "l", "m", "s", "nd", "lt", "rk", "ck"];
const kinds = ["Treff", "Kurs", "Gruppe", "Werkstatt", "Café", "Runde", "Club", "Stunde", "Projekt", "Angebot"];
const fillers = [
  "Ein offenes Angebot für Familien aus dem Stadtteil.", "Wir treffen uns regelmäßig im Familienzentrum.",
  "Für Kinder und ihre Eltern.", "Mit erfahrenen Fachkräften.", "Anmeldung im Büro.", "Neue Teilnehmende sind willkommen.",
];

/** Invented topic words (e.g. "Braulmek"): a pool from which individually worded offerings draw. */
function topicPool(next: () => number, size: number): string[] {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const syllable = () => pick(onsets) + pick(vowels) + pick(codas);
  const pool = new Set<string>();
  while (pool.size < size) {
    const word = syllable() + syllable() + (next() < 0.3 ? syllable() : "");
    pool.add(word[0]!.toUpperCase() + word.slice(1));
  }
  return [...pool];
}

/** Mulberry32: a tiny seeded generator. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const quote = (value: string) => (/[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

export interface GeneratedCsv {
  rows: number;
  bytes: number;
  centres: number;
  neighbourhoods: number;
}

/**
 * Writes `rows` offerings to `file` (UTF-8 with BOM, `;`), streaming in chunks. `templateShare` of them
 * repeat a demo offering's title and description; the others are worded individually.
 */
export function generateOfferingsCsv(file: string, rows: number, seed = 42, templateShare = 0.03): GeneratedCsv {
  const pool = templates();
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const topics = topicPool(next, Math.max(50, Math.round(rows / 30)));
  // Each centre has a home neighbourhood and serves two more.
  const centres = Array.from({ length: 40 }, (_, i) => {
    const name = `Familienzentrum ${centreNames[i % centreNames.length]}${i >= centreNames.length ? " II" : ""}`;
    const home = i % neighbourhoods.length;
    return { name, hoods: [home, (home + 3) % neighbourhoods.length, (home + 7) % neighbourhoods.length].map((h) => neighbourhoods[h]!) };
  });
  const fd = fs.openSync(file, "w");
  let bytes = 0;
  let chunk = "\uFEFF" + csvColumns.join(";") + "\r\n";
  for (let i = 1; i <= rows; i++) {
    const template = pick(pool);
    const centre = pick(centres);
    const weekly = next() < 0.85;
    const start = pick(starts);
    const [hours, minutes] = start.split(":").map(Number) as [number, number];
    const end = `${String(hours + 1 + Math.floor(next() * 2)).padStart(2, "0")}:${String(minutes).padStart(2, "0")}`;
    const cells = [
      `B${String(i).padStart(7, "0")}`,
      centre.name,
      pick(centre.hoods),
      ...(next() < templateShare
        ? [template.title + pick(variations), template.description + pick(descriptionTails)]
        : [`${pick(topics)}-${pick(kinds)}${pick(variations)}`, `${pick(topics)} und ${pick(topics)}: ${pick(fillers)}${pick(descriptionTails)}`]),
      template.category,
      template.ageFrom,
      template.ageTo,
      weekly ? pick(csvWeekdays.slice(0, 6)) : "",
      weekly ? start : "",
      weekly ? end : "",
      pick(languageSets),
      pick(costs),
      next() < 0.4 ? "ja" : "nein",
    ];
    chunk += cells.map(quote).join(";") + "\r\n";
    if (chunk.length > 1 << 20) {
      bytes += fs.writeSync(fd, chunk);
      chunk = "";
    }
  }
  bytes += fs.writeSync(fd, chunk);
  fs.closeSync(fd);
  return { rows, bytes, centres: centres.length, neighbourhoods: neighbourhoods.length };
}
