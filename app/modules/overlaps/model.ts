// The duplicate model: a logistic regression over a few similarity features of a pair of offerings,
// with weights and the category prior learned from labelled towns (see train.ts, model.json, ADR 010).
import trained from "./model.json";

/** The features of a pair, in the order of the model's weights. */
export const featureNames = ["textCos", "titleCos", "sameCategory", "categoryPrior", "sameArea", "ageShare", "ageIoU", "sameWeekday", "titleTrigrams", "titleCoverage"] as const;
export const featureCount = featureNames.length;
/** Features the score rises with (their weights are kept ≥ 0): upper bounds of them bound the score. */
export const monotoneFeatures = [0, 1, 9] as const;
/** The category prior feature (counted from other towns while training). */
export const priorFeature = 3;

export interface CategoryCounts {
  /** Candidate pairs of these two categories (unordered key "a|b", a ≤ b) in the training towns. */
  total: number;
  /** Of which duplicates. */
  duplicates: number;
}

export interface OverlapModel {
  bias: number;
  weights: number[];
  /** Standardisation of each feature before weighting. */
  means: number[];
  scales: number[];
  /** Probability from which a pair is flagged. */
  threshold: number;
  /** Category pair counts behind the learned prior; smoothing strength and base rates. */
  categoryPairs: Record<string, CategoryCounts>;
  priorStrength: number;
  baseRateSame: number;
  baseRateDifferent: number;
}

export const defaultModel = trained as OverlapModel;

/** How far (in log-odds) from the threshold the model counts as unsure, either way (for "Bitte prüfen"). */
export const doubtLogOdds = 1.5;

/** How unsure the model is about a probability: its distance from the threshold in log-odds (0 = least sure). */
export function doubt(model: OverlapModel, p: number): number {
  return Math.abs(logit(Math.min(0.999, Math.max(0.001, p))) - logit(model.threshold));
}

/** The probabilities the model is unsure about: from `low` (near misses) to `high` (unsure flags). */
export function doubtRange(model: OverlapModel): { low: number; high: number } {
  const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
  return { low: sigmoid(logit(model.threshold) - doubtLogOdds), high: sigmoid(logit(model.threshold) + doubtLogOdds) };
}

export const categoryPairKey = (a: string, b: string) => (a <= b ? `${a}|${b}` : `${b}|${a}`);

const logit = (p: number) => Math.log(p / (1 - p));

/**
 * The learned category prior of a pair of categories: the log-odds of a duplicate among candidates of
 * these two categories in the training towns, smoothed towards the base rate (same or different
 * category), relative to that base rate. 0 for pairs never seen.
 */
export function categoryPrior(model: OverlapModel, a: string, b: string): number {
  const base = a === b ? model.baseRateSame : model.baseRateDifferent;
  const counts = model.categoryPairs[categoryPairKey(a, b)];
  if (!counts) return 0;
  const k = model.priorStrength;
  const rate = (counts.duplicates + k * base) / (counts.total + k);
  return logit(Math.min(0.999, Math.max(0.001, rate))) - logit(Math.min(0.999, Math.max(0.001, base)));
}

/** The model's probability that a pair with these features is a duplicate. */
export function probability(model: OverlapModel, features: ArrayLike<number>): number {
  let z = model.bias;
  for (let i = 0; i < featureCount; i++) z += (model.weights[i]! * (features[i]! - model.means[i]!)) / model.scales[i]!;
  return 1 / (1 + Math.exp(-z));
}
