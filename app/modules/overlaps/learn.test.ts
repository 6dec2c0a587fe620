// Learning from a network's decisions: offerings decided to duplicate each other lend each other their
// titles' words (MatchInput.related), so the other offerings of the same need meet them too.
import { describe, expect, it } from "vitest";
import { loadTowns } from "./evaluate";
import type { MatchInput } from "./features";
import { categoryPrior, priorFeature, probability, type OverlapModel } from "./model";
import { candidateExamples, fitModel, type Example, type Town } from "./train";

/** An example's features with the category prior of the given model (as detection with it computes them). */
const withPrior = (model: OverlapModel, e: Example) => e.features.map((v, i) => (i === priorFeature ? categoryPrior(model, ...e.categories) : v));

/** F1 over some labelled pairs of whether a model flags them (a pair that is no candidate is not flagged). */
function f1(model: OverlapModel, held: Example[], candidates: Map<string, Example>): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const { key, duplicate } of held) {
    const candidate = candidates.get(key);
    const flagged = candidate !== undefined && probability(model, withPrior(model, candidate)) >= model.threshold;
    if (flagged && duplicate) tp++;
    else if (flagged) fp++;
    else if (duplicate) fn++;
  }
  return tp ? (2 * tp) / (2 * tp + fp + fn) : 0;
}

/** The town with the titles of each offering's decided duplicates as its related texts. */
function withDecisions(town: Town, decided: Example[]): Town {
  const byRef = new Map(town.inputs.map((i) => [i.ref, i]));
  const related = new Map<string, string[]>();
  for (const { key, duplicate } of decided) {
    if (!duplicate) continue;
    const [a, b] = key.split("|") as [string, string];
    const text = (ref: string) => byRef.get(ref)!.title;
    related.set(a, [...(related.get(a) ?? []), text(b)]);
    related.set(b, [...(related.get(b) ?? []), text(a)]);
  }
  return { ...town, inputs: town.inputs.map((input): MatchInput => ({ ...input, related: related.get(input.ref) ?? [] })) };
}

describe("learning from a network's decisions", () => {
  const towns = loadTowns();

  it("raises F1 on a town's other uncertain pairs when half of them are decided", () => {
    const results: { town: string; before: number; after: number }[] = [];
    for (const town of towns) {
      const rest = towns.filter((t) => t !== town);
      const model = fitModel(
        rest.flatMap(candidateExamples),
        rest.reduce((sum, t) => sum + t.truth.size, 0),
      );
      const before = new Map(candidateExamples(town).map((e) => [e.key, e]));
      // The 80 pairs the model is least sure about, alternately decided and held out.
      const uncertain = [...before.values()]
        .map((e) => ({ e, doubt: Math.abs(probability(model, withPrior(model, e)) - model.threshold) }))
        .sort((x, y) => x.doubt - y.doubt)
        .slice(0, 80)
        .map(({ e }) => e);
      const decided = uncertain.filter((_, i) => i % 2 === 0);
      const held = uncertain.filter((_, i) => i % 2 === 1);
      const after = new Map(candidateExamples(withDecisions(town, decided)).map((e) => [e.key, e]));
      results.push({ town: town.name, before: f1(model, held, before), after: f1(model, held, after) });
    }
    const summary = results.map((r) => `${r.town} ${r.before.toFixed(2)} → ${r.after.toFixed(2)}`).join(", ");
    const gain = results.reduce((sum, r) => sum + r.after - r.before, 0) / results.length;
    expect(gain, summary).toBeGreaterThan(0.02);
    for (const r of results) expect(r.after, summary).toBeGreaterThanOrEqual(r.before - 0.05);
  });
});
