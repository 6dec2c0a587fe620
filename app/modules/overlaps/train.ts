// Learning the duplicate model from labelled towns: candidate pairs (as detection finds them) with their
// features and labels, a logistic regression fitted by Newton's method with an L2 penalty, the category
// prior counted from the training towns only, and the flagging threshold chosen on the training towns.
// Validation leaves one town out at a time (leaveOneTownOut).
import { detectOverlaps, inverseDocumentFrequencies, prepare, detectPrepared, type Prepared } from "./detect";
import type { MatchInput } from "./features";
import { categoryPairKey, categoryPrior, featureCount, monotoneFeatures, priorFeature, probability, type CategoryCounts, type OverlapModel } from "./model";

export interface Town {
  name: string;
  inputs: MatchInput[];
  /** True pairs as "refA|refB" with refA < refB. */
  truth: Set<string>;
}

export interface Example {
  town: string;
  key: string;
  categories: [string, string];
  features: number[];
  duplicate: boolean;
}

export const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** Every candidate pair of a town that detection would compare, with its features and its label. */
export function candidateExamples(town: Town): Example[] {
  const examples: Example[] = [];
  const prepared = town.inputs.map(prepare);
  const idf = inverseDocumentFrequencies(prepared.map((p) => p.features));
  const byNeighbourhood = new Map<number | null, Prepared[]>();
  for (const p of prepared) {
    const list = byNeighbourhood.get(p.input.neighbourhoodId) ?? [];
    list.push(p);
    byNeighbourhood.set(p.input.neighbourhoodId, list);
  }
  for (const group of byNeighbourhood.values()) {
    detectPrepared(group, idf, {
      threshold: 2,
      onCandidate: (a, b, features) => {
        const key = pairKey(a.input.ref, b.input.ref);
        examples.push({ town: town.name, key, categories: [a.input.category.key, b.input.category.key], features: [...features], duplicate: town.truth.has(key) });
      },
    });
  }
  return examples;
}

export interface FitOptions {
  /** L2 penalty on the standardised weights. */
  penalty?: number;
  /** Pseudo-counts pulling a category pair's rate towards the base rate. */
  priorStrength?: number;
}

/** Category pair counts and base rates over examples. */
function categoryCounts(examples: Example[]): { pairs: Record<string, CategoryCounts>; same: number; different: number } {
  const pairs: Record<string, CategoryCounts> = {};
  let sameTotal = 0;
  let sameDup = 0;
  let diffTotal = 0;
  let diffDup = 0;
  for (const e of examples) {
    const key = categoryPairKey(...e.categories);
    const counts = (pairs[key] ??= { total: 0, duplicates: 0 });
    counts.total++;
    if (e.duplicate) counts.duplicates++;
    if (e.categories[0] === e.categories[1]) {
      sameTotal++;
      if (e.duplicate) sameDup++;
    } else {
      diffTotal++;
      if (e.duplicate) diffDup++;
    }
  }
  return { pairs, same: (sameDup + 1) / (sameTotal + 2), different: (diffDup + 1) / (diffTotal + 2) };
}

/** The prior feature of each example, counted from the other towns' examples (no town sees its own labels). */
function outOfTownPriors(examples: Example[], priorStrength: number): number[] {
  const towns = [...new Set(examples.map((e) => e.town))];
  const priorByTown = new Map<string, OverlapModel>();
  for (const town of towns) {
    const counts = categoryCounts(examples.filter((e) => e.town !== town));
    priorByTown.set(town, priorModel(counts, priorStrength));
  }
  return examples.map((e) => categoryPrior(priorByTown.get(e.town)!, ...e.categories));
}

function priorModel(counts: ReturnType<typeof categoryCounts>, priorStrength: number): OverlapModel {
  return { bias: 0, weights: [], means: [], scales: [], threshold: 0.5, categoryPairs: counts.pairs, priorStrength, baseRateSame: counts.same, baseRateDifferent: counts.different };
}

/** Solves A x = b (small, symmetric positive definite) by Gaussian elimination with pivoting. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    const p = m[col]![col]! || 1e-12;
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const factor = m[r]![col]! / p;
      for (let c = col; c <= n; c++) m[r]![c]! -= factor * m[col]![c]!;
    }
  }
  return m.map((row, i) => row[n]! / (row[i]! || 1e-12));
}

/**
 * Logistic regression by Newton's method (L2 penalty, bias unpenalised) on standardised features;
 * `fixed` features keep weight 0 (used to keep monotone features from going negative).
 */
function fitLogistic(rows: number[][], labels: boolean[], penalty: number, fixed: ReadonlySet<number>): { bias: number; weights: number[] } {
  const d = featureCount;
  const free = [...Array(d).keys()].filter((i) => !fixed.has(i));
  let w = new Array<number>(free.length + 1).fill(0);
  for (let iter = 0; iter < 50; iter++) {
    const size = free.length + 1;
    const grad = new Array<number>(size).fill(0);
    const hess = Array.from({ length: size }, () => new Array<number>(size).fill(0));
    for (let r = 0; r < rows.length; r++) {
      const x = [1, ...free.map((i) => rows[r]![i]!)];
      let z = 0;
      for (let i = 0; i < size; i++) z += w[i]! * x[i]!;
      const p = 1 / (1 + Math.exp(-z));
      const y = labels[r] ? 1 : 0;
      const s = Math.max(p * (1 - p), 1e-9);
      for (let i = 0; i < size; i++) {
        grad[i]! += (p - y) * x[i]!;
        for (let j = 0; j < size; j++) hess[i]![j]! += s * x[i]! * x[j]!;
      }
    }
    for (let i = 1; i < size; i++) {
      grad[i]! += penalty * w[i]!;
      hess[i]![i]! += penalty;
    }
    const step = solve(hess, grad);
    w = w.map((v, i) => v - step[i]!);
    if (Math.max(...step.map(Math.abs)) < 1e-8) break;
  }
  const weights = new Array<number>(d).fill(0);
  free.forEach((feature, i) => (weights[feature] = w[i + 1]!));
  return { bias: w[0]!, weights };
}

/** F1 over examples of towns at a threshold, with each town's true pairs that never became candidates as misses. */
function f1At(probabilities: number[], examples: Example[], positives: number, threshold: number): { f1: number; precision: number } {
  let tp = 0;
  let fp = 0;
  probabilities.forEach((p, i) => {
    if (p < threshold) return;
    if (examples[i]!.duplicate) tp++;
    else fp++;
  });
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = positives ? tp / positives : 1;
  return { f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, precision };
}

/** Fits the model on examples of labelled towns (`positives`: all true pairs of those towns, candidates or not). */
export function fitModel(examples: Example[], positives: number, options: FitOptions = {}): OverlapModel {
  const penalty = options.penalty ?? 1;
  const priorStrength = options.priorStrength ?? 20;
  const priors = outOfTownPriors(examples, priorStrength);
  const raw = examples.map((e, i) => e.features.map((v, f) => (f === priorFeature ? priors[i]! : v)));
  const means = new Array<number>(featureCount).fill(0);
  const scales = new Array<number>(featureCount).fill(0);
  for (const row of raw) row.forEach((v, f) => (means[f]! += v / raw.length));
  for (const row of raw) row.forEach((v, f) => (scales[f]! += (v - means[f]!) ** 2 / raw.length));
  for (let f = 0; f < featureCount; f++) scales[f] = Math.sqrt(scales[f]!) || 1;
  const rows = raw.map((row) => row.map((v, f) => (v - means[f]!) / scales[f]!));
  const labels = examples.map((e) => e.duplicate);
  const fixed = new Set<number>();
  let fit = fitLogistic(rows, labels, penalty, fixed);
  // Keep the score rising with the cosines (the detection's upper bound relies on it).
  while (monotoneFeatures.some((f) => fit.weights[f]! < 0 && !fixed.has(f))) {
    for (const f of monotoneFeatures) if (fit.weights[f]! < 0) fixed.add(f);
    fit = fitLogistic(rows, labels, penalty, fixed);
  }
  const counts = categoryCounts(examples);
  const model: OverlapModel = { ...priorModel(counts, priorStrength), bias: fit.bias, weights: fit.weights, means, scales };
  // The threshold with the best F1 over the training examples (features with out-of-town priors).
  const probabilities = raw.map((row) => probability(model, row));
  let best = { threshold: 0.5, f1: -1 };
  for (let t = 0.2; t <= 0.9001; t += 0.01) {
    const { f1 } = f1At(probabilities, examples, positives, t);
    if (f1 > best.f1 + 1e-9) best = { threshold: Math.round(t * 100) / 100, f1 };
  }
  return { ...model, threshold: best.threshold };
}

/** Trains on all towns. */
export function trainModel(towns: Town[], options: FitOptions = {}): OverlapModel {
  const examples = towns.flatMap(candidateExamples);
  const positives = towns.reduce((sum, t) => sum + t.truth.size, 0);
  return fitModel(examples, positives, options);
}

export interface TownScore {
  town: string;
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: string[];
  fn: string[];
}

/** Flags a town's pairs with a model and scores them against its labels. */
export function scoreTown(town: Town, model: OverlapModel): TownScore {
  const byRef = new Map(town.inputs.map((i) => [i.ref, i]));
  const found = new Map(detectOverlaps(town.inputs, { model }).map((p) => [pairKey(p.a.ref, p.b.ref), p.score]));
  const describe = (key: string, score?: number) => {
    const [a, b] = key.split("|") as [string, string];
    return `${a} „${byRef.get(a)?.title}“ ~ ${b} „${byRef.get(b)?.title}“${score !== undefined ? ` (${score})` : ""}`;
  };
  const tp = [...found.keys()].filter((k) => town.truth.has(k)).length;
  const precision = found.size ? tp / found.size : 1;
  const recall = town.truth.size ? tp / town.truth.size : 1;
  return {
    town: town.name,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    tp,
    fp: [...found].filter(([k]) => !town.truth.has(k)).map(([k, s]) => describe(k, s)),
    fn: [...town.truth].filter((k) => !found.has(k)).map((k) => describe(k)),
  };
}

/** Leave one town out: for each town, a model trained on the others, scored on it. */
export function leaveOneTownOut(towns: Town[], options: FitOptions = {}): TownScore[] {
  const examplesByTown = new Map(towns.map((t) => [t.name, candidateExamples(t)]));
  return towns.map((held) => {
    const rest = towns.filter((t) => t !== held);
    const model = fitModel(
      rest.flatMap((t) => examplesByTown.get(t.name)!),
      rest.reduce((sum, t) => sum + t.truth.size, 0),
      options,
    );
    return scoreTown(held, model);
  });
}

