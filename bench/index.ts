// `npm run bench`: runs the benchmarks and prints one table of figures. Each benchmark lives in its own
// file and returns rows for the table (see figures.ts); add new ones to the list below.
// BENCH_ROWS sets the size of the import/export and overlap benchmarks (default 100,000); BENCH_KEEP=1
// keeps their files; BENCH_ONLY=overlaps (or a word of another name, e.g. guide) runs one benchmark.
import os from "node:os";
import { passed, renderTable, type Figure } from "./figures";
import { guideBenchmark } from "./guide";
import { importExportBenchmark } from "./import-export";
import { overlapsBenchmark } from "./overlaps";

const rows = Number(process.env.BENCH_ROWS ?? 100_000);
const log = (line: string) => console.error(line);

const benchmarks: { name: string; run: () => Promise<Figure[]> }[] = [
  { name: "offering import and export", run: () => importExportBenchmark({ rows, keep: process.env.BENCH_KEEP === "1", log }) },
  { name: "duplicate detection", run: () => overlapsBenchmark({ rows, keep: process.env.BENCH_KEEP === "1", log }) },
  // The guide's budgets hold for 10,000 offerings in one network, whatever BENCH_ROWS says.
  { name: "public guide", run: () => guideBenchmark({ keep: process.env.BENCH_KEEP === "1", log }) },
];

async function main() {
  const figures: Figure[] = [];
  const only = process.env.BENCH_ONLY;
  for (const benchmark of benchmarks.filter((b) => !only || b.name.includes(only) || (only === "overlaps" && b.name === "duplicate detection"))) {
    log(`▶ ${benchmark.name}`);
    figures.push(...(await benchmark.run()));
  }
  console.log(`\nfamiliennetz benchmarks — ${os.cpus().length} CPU(s) (${os.cpus()[0]?.model.trim() ?? "unknown"}), Node ${process.version}\n`);
  console.log(renderTable(figures));
  const missed = figures.filter((f) => !passed(f));
  if (missed.length > 0) {
    console.log(`\n${missed.length} target(s) missed.`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
