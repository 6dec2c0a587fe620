// Loaded into every Node process of a benchmark run (NODE_OPTIONS=--import): on exit, appends the
// process's peak resident set size to the file named by BENCH_RSS_FILE.
import fs from "node:fs";

process.on("exit", () => {
  const file = process.env.BENCH_RSS_FILE;
  if (!file) return;
  const line = JSON.stringify({ pid: process.pid, argv: process.argv.slice(1), maxRssKb: process.resourceUsage().maxRSS });
  fs.appendFileSync(file, line + "\n");
});
