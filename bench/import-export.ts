// Benchmark: import a large generated CSV through the CLI into a fresh database (budget: 20 s for
// 100,000 rows), export it again, and re-import the export (which must change nothing).
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Figure } from "./figures";
import { generateOfferingsCsv } from "./generate-offerings";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const peakRssHook = pathToFileURL(path.join(root, "bench", "peak-rss.js")).href;

export interface Run {
  seconds: number;
  peakRssMb: number;
  stdout: string;
}

/** Runs `npm run --silent cli -- ARGS` (stdout to `stdoutFile` when given), timing it and its largest process. */
export async function cli(dir: string, databasePath: string, args: string[], stdoutFile?: string): Promise<Run> {
  const rssFile = path.join(dir, `rss-${Date.now()}.jsonl`);
  const started = performance.now();
  const child = spawn("npm", ["run", "--silent", "cli", "--", ...args], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_PATH: databasePath,
      BENCH_RSS_FILE: rssFile,
      NODE_OPTIONS: [process.env.NODE_OPTIONS, `--import ${peakRssHook}`].filter(Boolean).join(" "),
      npm_config_loglevel: "error",
    },
    stdio: ["ignore", stdoutFile ? fs.openSync(stdoutFile, "w") : "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk) => (stdout += chunk));
  child.stderr?.on("data", (chunk) => (stderr += chunk));
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`npm run cli -- ${args.join(" ")} failed (${code}):\n${stderr}`);
  const processes = fs.existsSync(rssFile)
    ? fs
        .readFileSync(rssFile, "utf8")
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line) as { argv: string[]; maxRssKb: number })
    : [];
  const cliProcesses = processes.filter((p) => p.argv.some((a) => a.endsWith("cli/index.ts")));
  const peakRssMb = Math.max(0, ...cliProcesses.map((p) => p.maxRssKb)) / 1024;
  return { seconds, peakRssMb, stdout };
}

function count(stdout: string, label: string): number {
  const match = new RegExp(`^\\s*${label}\\s+(\\d+)`, "m").exec(stdout);
  if (!match) throw new Error(`No "${label}" in the import's output:\n${stdout}`);
  return Number(match[1]);
}

export async function importExportBenchmark(options: { rows: number; keep?: boolean; log?: (line: string) => void }): Promise<Figure[]> {
  const log = options.log ?? (() => {});
  const { rows } = options;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "familiennetz-bench-"));
  const databasePath = path.join(dir, "bench.db");
  const csv = path.join(dir, "offerings.csv");
  const exported = path.join(dir, "export.csv");
  const label = rows.toLocaleString("en-GB");
  try {
    log(`Generating ${label} offerings …`);
    const generated = generateOfferingsCsv(csv, rows);
    await cli(dir, databasePath, ["create-network", "--slug", "bench", "--name", "Benchmark"]);

    log("Importing through the CLI …");
    const imported = await cli(dir, databasePath, ["import-offerings", csv, "--network", "bench", "--create-missing"]);
    if (count(imported.stdout, "new") !== rows) throw new Error(`The import did not create ${rows} offerings:\n${imported.stdout}`);
    const databaseMb = fs.statSync(databasePath).size / (1024 * 1024);
    // The import's last step, after its transaction: the overlap scan, timed on its own.
    const scanSeconds = Number(/Overlap scan: .* in ([\d.]+) s/.exec(imported.stdout)?.[1] ?? 0);

    log("Exporting through the CLI …");
    const exportRun = await cli(dir, databasePath, ["export-offerings", "--network", "bench"], exported);
    const exportedBytes = fs.statSync(exported).size;

    log("Re-importing the export …");
    const again = await cli(dir, databasePath, ["import-offerings", exported, "--network", "bench"]);
    if (count(again.stdout, "unchanged") !== rows) throw new Error(`Re-importing the export changed something:\n${again.stdout}`);

    const importName = `import ${label} rows (CLI, fresh database)`;
    const exportName = `export ${label} rows (CLI)`;
    const reimportName = `re-import of the export (all unchanged)`;
    return [
      { benchmark: `generated CSV (${generated.centres} centres, ${generated.neighbourhoods} neighbourhoods)`, metric: "size", value: generated.bytes / (1024 * 1024), unit: "MB", digits: 1 },
      { benchmark: importName, metric: "time (import)", value: imported.seconds - scanSeconds, unit: "s", digits: 1, max: rows >= 100_000 ? 20 : undefined },
      { benchmark: importName, metric: "time (overlap scan after it)", value: scanSeconds, unit: "s", digits: 1 },
      { benchmark: importName, metric: "time (total)", value: imported.seconds, unit: "s", digits: 1 },
      { benchmark: importName, metric: "throughput (import)", value: rows / (imported.seconds - scanSeconds), unit: "rows/s" },
      { benchmark: importName, metric: "peak RSS", value: imported.peakRssMb, unit: "MB" },
      { benchmark: importName, metric: "database size", value: databaseMb, unit: "MB", digits: 1 },
      { benchmark: exportName, metric: "time", value: exportRun.seconds, unit: "s", digits: 1 },
      { benchmark: exportName, metric: "throughput", value: rows / exportRun.seconds, unit: "rows/s" },
      { benchmark: exportName, metric: "peak RSS", value: exportRun.peakRssMb, unit: "MB" },
      { benchmark: exportName, metric: "size", value: exportedBytes / (1024 * 1024), unit: "MB", digits: 1 },
      { benchmark: reimportName, metric: "time", value: again.seconds, unit: "s", digits: 1 },
      { benchmark: reimportName, metric: "throughput", value: rows / again.seconds, unit: "rows/s" },
      { benchmark: reimportName, metric: "peak RSS", value: again.peakRssMb, unit: "MB" },
    ];
  } finally {
    if (options.keep) log(`Kept ${dir}`);
    else fs.rmSync(dir, { recursive: true, force: true });
  }
}
