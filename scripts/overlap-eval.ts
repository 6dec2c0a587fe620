// Duplicate detection on the labelled towns: leave one town out (a model trained on the others, scored on
// the one left out), and with --train the model trained on all towns written to app/modules/overlaps/model.json.
// Usage: npx tsx scripts/overlap-eval.ts [--verbose] [--train]
import fs from "node:fs";
import { loadTowns } from "../app/modules/overlaps/evaluate";
import { leaveOneTownOut, trainModel } from "../app/modules/overlaps/train";

const verbose = process.argv.includes("--verbose");
const towns = loadTowns();
for (const result of leaveOneTownOut(towns)) {
  console.log(`${result.town} (left out): precision ${result.precision.toFixed(3)} recall ${result.recall.toFixed(3)} F1 ${result.f1.toFixed(3)} (tp ${result.tp}, fp ${result.fp.length}, fn ${result.fn.length})`);
  if (verbose) {
    for (const line of result.fp) console.log(`  FP ${line}`);
    for (const line of result.fn) console.log(`  FN ${line}`);
  }
}
if (process.argv.includes("--train")) {
  const model = trainModel(towns);
  fs.writeFileSync("app/modules/overlaps/model.json", `${JSON.stringify(model, null, 2)}\n`);
  console.log(`model.json written (threshold ${model.threshold}, weights ${model.weights.map((w) => w.toFixed(2)).join(" ")})`);
}
