// Benchmark: duplicate detection. (a) Precision, recall and F1 per labelled town, each left out of the
// training of the model it is scored with; (b) scale:
// 100,000 generated offerings in 20 neighbourhoods of 5,000 — `overlaps --network bench --json` against
// `export-offerings` on the same data (target: at most twice its time), with peak RSS; (c) an incremental
// sync of one edited offering in a 5,000-offering neighbourhood.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { and, eq, sql } from "drizzle-orm";
import { closeDb, getDb } from "@db/client.server";
import { networks, offerings, overlapFlags } from "@db/schema";
import { loadTowns } from "~/modules/overlaps/evaluate";
import { leaveOneTownOut } from "~/modules/overlaps/train";
import { clearOverlapCache, syncFlagsForOffering } from "~/modules/overlaps/flags.server";
import type { Figure } from "./figures";
import { generateOfferingsCsv } from "./generate-offerings";
import { cli } from "./import-export";

export async function overlapsBenchmark(options: { rows: number; keep?: boolean; log?: (line: string) => void }): Promise<Figure[]> {
  const log = options.log ?? (() => {});
  const figures = [...qualityFigures(), ...(await scaleFigures({ ...options, dense: false }))];
  try {
    figures.push(...(await scaleFigures({ ...options, dense: true })));
  } catch (error) {
    // Pairs are still stored one row each: on dense data the scan can run out of memory (ADR 010, "Next").
    log(`Dense data failed: ${String(error).split("\n")[0]}`);
    figures.push({ benchmark: `overlaps ${options.rows.toLocaleString("en-GB")} dense offerings (CLI)`, metric: "completed (1 = yes)", value: 0, unit: "", min: 1 });
  }
  return figures;
}

function qualityFigures(): Figure[] {
  const figures: Figure[] = [];
  for (const result of leaveOneTownOut(loadTowns())) {
    const name = `duplicate detection, town ${result.town} left out of training`;
    figures.push(
      { benchmark: name, metric: "precision", value: result.precision, unit: "", digits: 3 },
      { benchmark: name, metric: "recall", value: result.recall, unit: "", digits: 3 },
      { benchmark: name, metric: "F1", value: result.f1, unit: "", digits: 3, min: 0.9 },
    );
  }
  return figures;
}

/**
 * The CLI on 100,000 offerings: import with its scan, export, `overlaps --json`. Dense: every offering
 * repeats one of the demo's offerings, so each neighbourhood holds dozens of alike offerings of each
 * kind (the worst case for pairs); otherwise most are worded individually.
 */
async function scaleFigures(options: { rows: number; keep?: boolean; log?: (line: string) => void; dense: boolean }): Promise<Figure[]> {
  const log = options.log ?? (() => {});
  const figures: Figure[] = [];
  const { rows } = options;
  const label = rows.toLocaleString("en-GB");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "familiennetz-bench-overlaps-"));
  const databasePath = path.join(dir, "bench.db");
  const csv = path.join(dir, "offerings.csv");
  try {
    log(`Generating ${label} offerings …`);
    const generated = options.dense ? generateOfferingsCsv(csv, rows, 42, 1) : generateOfferingsCsv(csv, rows);
    await cli(dir, databasePath, ["create-network", "--slug", "bench", "--name", "Benchmark"]);
    log("Importing (with the overlap scan after it) …");
    const imported = await cli(dir, databasePath, ["import-offerings", csv, "--network", "bench", "--create-missing"]);
    log("Exporting through the CLI …");
    const exported = await cli(dir, databasePath, ["export-offerings", "--network", "bench"], path.join(dir, "export.csv"));
    log("Detecting overlaps through the CLI …");
    const jsonFile = path.join(dir, "overlaps.json");
    const overlaps = await cli(dir, databasePath, ["overlaps", "--network", "bench", "--json"], jsonFile);
    const groups = JSON.parse(fs.readFileSync(jsonFile, "utf8")) as { members: string[] }[];
    if (options.dense) {
      const name = `overlaps ${label} dense offerings (${generated.neighbourhoods} neighbourhoods, every offering one of the demo's kinds, CLI)`;
      figures.push(
        { benchmark: name, metric: "import with its scan", value: imported.seconds, unit: "s", digits: 1, max: 60 },
        { benchmark: name, metric: "time (overlaps --json)", value: overlaps.seconds, unit: "s", digits: 1 },
        { benchmark: name, metric: "ratio to export", value: overlaps.seconds / exported.seconds, unit: "×", digits: 2, max: 2 },
        { benchmark: name, metric: "peak RSS (overlaps --json)", value: overlaps.peakRssMb, unit: "MB", max: 1024 },
        { benchmark: name, metric: "duplicate groups", value: groups.length, unit: "" },
        { benchmark: name, metric: "largest group", value: groups.reduce((max, g) => Math.max(max, g.members.length), 0), unit: "" },
      );
      return figures;
    }
    const scanAfterImport = Number(/Overlap scan: .* in ([\d.]+) s/.exec(imported.stdout)?.[1] ?? 0);

    log("Incremental sync of one offering …");
    const incremental = incrementalSync(databasePath);

    const name = `overlaps ${label} offerings (${generated.neighbourhoods} neighbourhoods, CLI)`;
    figures.push(
      { benchmark: name, metric: "time (overlaps --json)", value: overlaps.seconds, unit: "s", digits: 1 },
      { benchmark: name, metric: "time (export-offerings)", value: exported.seconds, unit: "s", digits: 1 },
      { benchmark: name, metric: "ratio to export", value: overlaps.seconds / exported.seconds, unit: "×", digits: 2, max: 2 },
      { benchmark: name, metric: "peak RSS", value: overlaps.peakRssMb, unit: "MB" },
      { benchmark: name, metric: "duplicate groups", value: groups.length, unit: "" },
      { benchmark: name, metric: "offerings in groups", value: groups.reduce((sum, g) => sum + g.members.length, 0), unit: "" },
      { benchmark: name, metric: "scan after the import", value: scanAfterImport, unit: "s", digits: 1 },
      { benchmark: `incremental sync, one edited offering (neighbourhood of ${incremental.neighbourhoodSize.toLocaleString("en-GB")})`, metric: "first (cold cache)", value: incremental.coldMs, unit: "ms" },
      { benchmark: `incremental sync, one edited offering (neighbourhood of ${incremental.neighbourhoodSize.toLocaleString("en-GB")})`, metric: "median of 20 edits", value: incremental.medianMs, unit: "ms", digits: 1, max: 100 },
    );
    return figures;
  } finally {
    if (options.keep) log(`Kept ${dir}`);
    else fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Edits offerings of one neighbourhood in this process and times syncFlagsForOffering for each. */
function incrementalSync(databasePath: string) {
  const previous = process.env.DATABASE_PATH;
  closeDb();
  process.env.DATABASE_PATH = databasePath;
  clearOverlapCache();
  try {
    const db = getDb();
    const network = db.select().from(networks).where(eq(networks.slug, "bench")).get()!;
    const hood = db
      .select({ id: offerings.neighbourhoodId, n: sql<number>`count(*)` })
      .from(offerings)
      .where(eq(offerings.networkId, network.id))
      .groupBy(offerings.neighbourhoodId)
      .orderBy(sql`count(*) desc`)
      .limit(1)
      .get()!;
    // Offerings that have flags, so the sync has something to keep, update or remove.
    const ids = db
      .select({ id: overlapFlags.offeringAId })
      .from(overlapFlags)
      .where(and(eq(overlapFlags.networkId, network.id), eq(overlapFlags.neighbourhoodId, hood.id!)))
      .limit(21)
      .all()
      .map((r) => r.id);
    const edit = (id: number, round: number) => {
      const row = db.select({ title: offerings.title }).from(offerings).where(eq(offerings.id, id)).get()!;
      db.update(offerings).set({ title: `${row.title} ${round % 2 ? "(neu)" : ""}`.trim(), updatedAt: Date.now() + round }).where(eq(offerings.id, id)).run();
      const started = performance.now();
      syncFlagsForOffering(id);
      return performance.now() - started;
    };
    const coldMs = edit(ids[0]!, 1);
    const times = ids.slice(1).map((id, i) => edit(id, i + 2)).sort((x, y) => x - y);
    return { neighbourhoodSize: hood.n, coldMs, medianMs: times[Math.floor(times.length / 2)] ?? 0 };
  } finally {
    closeDb();
    clearOverlapCache();
    if (previous === undefined) delete process.env.DATABASE_PATH;
    else process.env.DATABASE_PATH = previous;
  }
}
