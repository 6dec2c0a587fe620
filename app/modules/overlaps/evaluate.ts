// Measures duplicate detection against labelled sets (a CSV of offerings plus a CSV of true pairs).
import fs from "node:fs";
import path from "node:path";
import taxonomy from "@db/seed/data/taxonomy.json";
import { readOfferingsCsv } from "~/modules/offerings/csv-format";
import type { MatchInput } from "./features";
import { detectOverlaps, type DetectOptions } from "./detect";

export interface EvaluationResult {
  name: string;
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: string[];
  fn: string[];
}

const categories = new Map(taxonomy.categories.map((c) => [c.id, { key: c.id, area: c.area, name: c.de }]));

/** Turns CSV rows into detection input (centres and neighbourhoods numbered by name). */
export function matchInputsFromCsv(csv: string | Buffer): MatchInput[] {
  const { rows, errors } = readOfferingsCsv(csv, new Set(categories.keys()));
  if (errors.length > 0) throw new Error(`CSV errors: ${errors[0]!.message}`);
  const ids = new Map<string, number>();
  const idOf = (name: string) => ids.get(name) ?? (ids.set(name, ids.size + 1), ids.size);
  return rows.map((row, index) => ({
    id: index + 1,
    ref: row.ref ?? String(index + 1),
    centreId: idOf(`c:${row.centre}`),
    neighbourhoodId: idOf(`n:${row.neighbourhood}`),
    title: row.title,
    description: row.description,
    category: categories.get(row.category)!,
    ageFromMonths: row.ageFromMonths,
    ageToMonths: row.ageToMonths,
    audiences: [],
    scheduleKind: row.weekday ? "weekly" : "appointment",
    weekdays: row.weekday ? [row.weekday] : [],
    startTime: row.start,
    endTime: row.end,
  }));
}

export function evaluate(name: string, inputs: MatchInput[], truth: [string, string][], options: DetectOptions = {}): EvaluationResult {
  const expected = new Set(truth.map(([a, b]) => (a < b ? `${a}|${b}` : `${b}|${a}`)));
  const byRef = new Map(inputs.map((i) => [i.ref, i]));
  const flagged = detectOverlaps(inputs, options);
  const found = new Map(flagged.map((p) => [`${p.a.ref}|${p.b.ref}`, p]));
  const tp = [...found.keys()].filter((k) => expected.has(k)).length;
  const describe = (key: string, score?: number) => {
    const [a, b] = key.split("|") as [string, string];
    return `${a} „${byRef.get(a)?.title}“ ~ ${b} „${byRef.get(b)?.title}“${score !== undefined ? ` (${score})` : ""}`;
  };
  const fp = [...found.entries()].filter(([k]) => !expected.has(k)).map(([k, p]) => describe(k, p.score));
  const fn = [...expected].filter((k) => !found.has(k)).map((k) => describe(k));
  const precision = found.size ? tp / found.size : 1;
  const recall = expected.size ? tp / expected.size : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { name, precision, recall, f1, tp, fp, fn };
}

/** Every offerings-dev-*.csv with its -pairs.csv in the shared data folder. */
export function evaluateOverlapSets(options: DetectOptions = {}, dataDir = path.resolve("../shared/data")): EvaluationResult[] {
  return fs
    .readdirSync(dataDir)
    .filter((f) => /^offerings-dev-[^.]+\.csv$/.test(f) && !f.endsWith("-pairs.csv"))
    .sort()
    .map((file) => {
      const inputs = matchInputsFromCsv(fs.readFileSync(path.join(dataDir, file)));
      const pairsFile = path.join(dataDir, file.replace(/\.csv$/, "-pairs.csv"));
      const truth = fs
        .readFileSync(pairsFile, "utf8")
        .split(/\r?\n/)
        .slice(1)
        .filter(Boolean)
        .map((line) => line.split(",").map((s) => s.trim()) as [string, string]);
      return evaluate(file, inputs, truth, options);
    });
}
