// Labelled towns for training and validating duplicate detection: a CSV of offerings (the import format)
// plus a CSV of its true pairs.
import fs from "node:fs";
import path from "node:path";
import taxonomy from "@db/seed/data/taxonomy.json";
import { readOfferingsCsv } from "~/modules/offerings/csv-format";
import type { MatchInput } from "./features";
import { pairKey, type Town } from "./train";

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

function truthOf(pairsCsv: string): Set<string> {
  return new Set(
    pairsCsv
      .split(/\r?\n/)
      .slice(1)
      .filter((line) => line.trim())
      .map((line) => {
        const [a, b] = line.split(",").map((s) => s.trim()) as [string, string];
        return pairKey(a, b);
      }),
  );
}

/** Folders with labelled towns: the shared development sets and the towns written for this project. */
export const townFolders = [path.resolve("../shared/data"), path.resolve("tests/data/overlap-towns")];

/** Every labelled town: an `offerings-*.csv` with its `offerings-*-pairs.csv`, in the given folders. */
export function loadTowns(folders = townFolders): Town[] {
  return folders
    .filter((dir) => fs.existsSync(dir))
    .flatMap((dir) =>
      fs
        .readdirSync(dir)
        .filter((f) => /^offerings-[^.]+\.csv$/.test(f) && !f.endsWith("-pairs.csv") && fs.existsSync(path.join(dir, f.replace(/\.csv$/, "-pairs.csv"))))
        .sort()
        .map((file) => ({
          name: file.replace(/^offerings-|\.csv$/g, ""),
          inputs: matchInputsFromCsv(fs.readFileSync(path.join(dir, file))),
          truth: truthOf(fs.readFileSync(path.join(dir, file.replace(/\.csv$/, "-pairs.csv")), "utf8")),
        })),
    );
}
