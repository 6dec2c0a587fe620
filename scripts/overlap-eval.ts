// Precision, recall and F1 of duplicate detection on the labelled development sets in ../shared/data.
// Usage: npx tsx scripts/overlap-eval.ts [--verbose] [--threshold 0.45]
import { evaluateOverlapSets } from "../app/modules/overlaps/evaluate";

const verbose = process.argv.includes("--verbose");
const thresholdArg = process.argv.indexOf("--threshold");
const threshold = thresholdArg > 0 ? Number(process.argv[thresholdArg + 1]) : undefined;
for (const result of evaluateOverlapSets({ threshold })) {
  console.log(`${result.name}: precision ${result.precision.toFixed(3)} recall ${result.recall.toFixed(3)} F1 ${result.f1.toFixed(3)} (tp ${result.tp}, fp ${result.fp.length}, fn ${result.fn.length})`);
  if (verbose) {
    for (const line of result.fp) console.log(`  FP ${line}`);
    for (const line of result.fn) console.log(`  FN ${line}`);
  }
}
