import { loadTowns } from "./app/modules/overlaps/evaluate";
import { featuresOf } from "./app/modules/overlaps/features";
const town = loadTowns().find(t => t.name === process.argv[2])!;
for (const ref of process.argv.slice(3)) {
  const o = town.inputs.find(i => i.ref === ref)!;
  const f = featuresOf(o);
  console.log(ref, o.title, "|", o.description.slice(0, 100));
  console.log("   ", [...f.terms].map(([t, w]) => `${t}:${w}`).join(" "));
}
