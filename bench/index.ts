// `npm run bench`: runs the benchmarks and prints one table of figures. Each benchmark lives in its own
// file and returns rows for the table (see figures.ts); add new ones to the list below.
// BENCH_ROWS sets the size of the import/export benchmark (default 100,000); BENCH_KEEP=1 keeps its files.
import os from "node:os";
import { passed, renderTable, type Figure } from "./figures";
import { importExportBenchmark } from "./import-export";

const rows = Number(process.env.BENCH_ROWS ?? 100_000);
const log = (line: string) => console.error(line);

const benchmarks: { name: string; run: () => Promise<Figure[]> }[] = [
  { name: "offering import and export", run: () => importExportBenchmark({ rows, keep: process.env.BENCH_KEEP === "1", log }) },
];

async function main() {
  const figures: Figure[] = [];
  for (const benchmark of benchmarks) {
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
