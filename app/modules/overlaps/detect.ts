// Duplicate detection within neighbourhoods: candidate pairs from an inverted index over weighted terms
// (no all-pairs comparison), then the probability of the learned model (model.ts) over text and title
// similarity (IDF-weighted cosines over stems, compound parts and concepts), category, ages and days,
// with audience checks; explained as keys and parameters (reasons.ts).
import { adultsOnlyBit, childrenAloneBit, fathersOnlyBit, featuresOf, jaccard, Labeller, termOf, withParentBit, type Features, type MatchInput } from "./features";
import { termCount, termName, topicWeightOf } from "./terms";
import type { Reason } from "./reasons";
import { categoryPrior, defaultModel, featureCount, probability, type OverlapModel } from "./model";

const pseudoDocuments = 20;
const defaultIdf = Math.log(1 + pseudoDocuments);

export interface FlaggedPair {
  a: MatchInput;
  b: MatchInput;
  score: number;
  reasons: Reason[];
}

export interface DetectOptions {
  /** The model (default: the one trained on the labelled towns). */
  model?: OverlapModel;
  /** Probability from which a pair is flagged (default: the model's). */
  threshold?: number;
  /**
   * Called with the features of every candidate pair that passes the prefilter, flagged or not (for
   * training; turns off the upper-bound shortcut).
   */
  onCandidate?: (a: Prepared, b: Prepared, features: Float64Array) => void;
  /** Terms found in more than this share of a neighbourhood's offerings do not generate candidates. */
  maxPostingShare?: number;
  /** Pairs scoring below this get no explanation (reasons []); explain them with comparePair when needed. */
  explainFrom?: number;
  /** Pairs whose cosine over the indexed terms alone stays below this are not compared fully. */
  prefilter?: number;
}

export const defaultPrefilter = 0.05;

export interface Prepared {
  input: MatchInput;
  features: Features;
}

/** Inverse document frequencies per term: a Map, or anything that answers per term (optionally per term id). */
export interface Idf {
  get(term: string): number | undefined;
  /** The same by term id, where the source counts by id (saves looking up names). */
  byId?(id: number): number;
}

export function prepare(input: MatchInput): Prepared {
  return { input, features: featuresOf(input) };
}

/** Flags pairs of offerings of different centres in the same neighbourhood that serve the same need. */
export function detectOverlaps(offerings: MatchInput[], options: DetectOptions = {}): FlaggedPair[] {
  const byNeighbourhood = new Map<number, Prepared[]>();
  const prepared = offerings.map(prepare);
  for (const p of prepared) {
    if (p.input.neighbourhoodId === null) continue;
    const list = byNeighbourhood.get(p.input.neighbourhoodId) ?? [];
    list.push(p);
    byNeighbourhood.set(p.input.neighbourhoodId, list);
  }
  const idf = inverseDocumentFrequencies(prepared.map((p) => p.features));
  const flagged: FlaggedPair[] = [];
  // Pushed one by one: a dense neighbourhood yields more pairs than a spread call takes arguments.
  for (const group of byNeighbourhood.values()) for (const pair of detectPrepared(group, idf, options)) flagged.push(pair);
  return flagged.sort((x, y) => x.a.ref.localeCompare(y.a.ref) || x.b.ref.localeCompare(y.b.ref));
}

export function inverseDocumentFrequencies(all: Features[]): Map<string, number> {
  const df = new Map<number, number>();
  for (const features of all) for (const code of features.codes) df.set(termOf(code), (df.get(termOf(code)) ?? 0) + 1);
  // Smoothed with pseudo-documents, so that a small network's few offerings do not turn shared words
  // into noise; a large network's frequent words still weigh little.
  const n = all.length + pseudoDocuments;
  return new Map([...df].map(([term, count]) => [termName(term), Math.log(1 + n / (count + 1))]));
}

/**
 * Per term id: IDF × topic weight, the factor that turns a field weight into a vector weight. Worked out
 * once per IDF object (an IDF answers the same during its detection run), extended for newer terms.
 */
const scaleCache = new WeakMap<Idf, Float64Array>();

function termScales(idf: Idf): Float64Array {
  const cached = scaleCache.get(idf);
  const count = termCount();
  if (cached && cached.length >= count) return cached;
  const scales = new Float64Array(count);
  const from = cached ? cached.length : 0;
  if (cached) scales.set(cached);
  for (let id = from; id < count; id++) {
    const value = idf.byId ? idf.byId(id) : idf.get(termName(id));
    scales[id] = (value ?? defaultIdf) * topicWeightOf(id);
  }
  scaleCache.set(idf, scales);
  return scales;
}

function maxPostingFor(size: number, options: DetectOptions): number {
  return Math.max(50, Math.floor(size * (options.maxPostingShare ?? 0.05)));
}

/** Norm of an offering's term vector (whole text) under the given scales. */
function textNorm(codes: Int32Array, scales: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i]!;
    const w = (code & 3) * scales[code >> 2]!;
    sum += w * w;
  }
  return Math.sqrt(sum);
}

/** Sum of an offering's title term weights under the given scales (what title coverage is a share of). */
function titleWeight(codes: Int32Array, scales: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < codes.length; i++) if (codes[i]! & 2) sum += scales[codes[i]! >> 2]!;
  return sum;
}

/** The smaller of the two titles' shares (by weight) found in the other offering's text, after dots(). */
function titleCoverage(loadedTitleWeight: number, otherTitleWeight: number): number {
  if (!loadedTitleWeight || !otherTitleWeight) return 0;
  return Math.min(coveredLoadedOut / loadedTitleWeight, coveredOtherOut / otherTitleWeight);
}

/** Norm of an offering's title term vector under the given scales. */
function titleNorm(codes: Int32Array, scales: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i]!;
    if ((code & 2) === 0) continue;
    const w = scales[code >> 2]!;
    sum += w * w;
  }
  return Math.sqrt(sum);
}

/**
 * One side of pair comparisons spread out by term id (dense vectors), so that the other side's terms
 * are looked up directly: weights of the whole text and of the title.
 */
class DenseSide {
  text: Float64Array;
  title: Float64Array;
  private codes: Int32Array | null = null;

  constructor(size: number) {
    this.text = new Float64Array(size);
    this.title = new Float64Array(size);
  }

  load(codes: Int32Array, scales: Float64Array): void {
    if (this.text.length < scales.length) {
      this.text = new Float64Array(scales.length);
      this.title = new Float64Array(scales.length);
    } else this.clear();
    for (let i = 0; i < codes.length; i++) {
      const code = codes[i]!;
      const id = code >> 2;
      this.text[id] = (code & 3) * scales[id]!;
      if (code & 2) this.title[id] = scales[id]!;
    }
    this.codes = codes;
  }

  clear(): void {
    const codes = this.codes;
    if (!codes) return;
    for (let i = 0; i < codes.length; i++) {
      const id = codes[i]! >> 2;
      this.text[id] = 0;
      this.title[id] = 0;
    }
    this.codes = null;
  }
}

interface Side {
  prepared: Prepared;
  textNorm: number;
  titleNorm: number;
  titleWeight: number;
}

/** Whether two offerings' audiences (Features.audienceBits) exclude each other. */
function bitsConflict(a: number, b: number): boolean {
  // Offerings just for fathers (or just for mothers vs just for fathers) serve another need than general ones.
  if ((a & fathersOnlyBit) !== (b & fathersOnlyBit)) return true;
  if ((a & childrenAloneBit && b & withParentBit) || (b & childrenAloneBit && a & withParentBit)) return true;
  if ((a & adultsOnlyBit) !== (b & adultsOnlyBit) && (a | b) & childrenAloneBit) return true;
  return false;
}

/** Shared share of the smaller age range (0 … 1), on plain numbers. */
function ageShare(fromA: number, toA: number, fromB: number, toB: number): number {
  const overlap = Math.min(toA, toB) - Math.max(fromA, fromB) + 1;
  if (overlap <= 0) return 0;
  const smaller = Math.min(toA - fromA + 1, toB - fromB + 1);
  return Math.min(1, overlap / smaller);
}

let titleDotOut = 0;
/** From the last dots(): weight of the loaded side's title terms found in the other text, and the reverse. */
let coveredLoadedOut = 0;
let coveredOtherOut = 0;

/** Dot product of the loaded side with `codes` over the whole texts (returned) and the titles (titleDotOut). */
function dots(dense: DenseSide, codes: Int32Array, scales: Float64Array): number {
  let dot = 0;
  let titleDot = 0;
  let coveredLoaded = 0;
  let coveredOther = 0;
  const text = dense.text;
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i]!;
    const id = code >> 2;
    const wx = text[id]!;
    if (wx === 0) continue;
    const scale = scales[id]!;
    dot += wx * ((code & 3) * scale);
    const inLoadedTitle = dense.title[id]!;
    if (code & 2) {
      titleDot += inLoadedTitle * scale;
      coveredOther += scale;
    }
    coveredLoaded += inLoadedTitle;
  }
  titleDotOut = titleDot;
  coveredLoadedOut = coveredLoaded;
  coveredOtherOut = coveredOther;
  return dot;
}

/** Ages as the share of the union they have in common (0 … 1). */
function ageUnionShare(fromA: number, toA: number, fromB: number, toB: number): number {
  const overlap = Math.min(toA, toB) - Math.max(fromA, fromB) + 1;
  if (overlap <= 0) return 0;
  return overlap / (Math.max(toA, toB) - Math.min(fromA, fromB) + 1);
}

/** Weekdays as bits (Monday = bit 1); 0 for offerings without a weekly schedule. */
function weekdayBits(input: MatchInput): number {
  if (input.scheduleKind !== "weekly") return 0;
  let bits = 0;
  for (const day of input.weekdays) bits |= 1 << day;
  return bits;
}

/** What the model needs of a pair besides the two cosines (features 2 … 7), written into `f`. */
function fillPairFeatures(f: Float64Array, category: CategoryFeatures, ages: number, ageUnion: number, days: number, titleGrams: number): void {
  f[2] = category.same;
  f[3] = category.prior;
  f[4] = category.sameArea;
  f[5] = ages;
  f[6] = ageUnion;
  f[7] = days !== 0 ? 1 : 0;
  f[8] = titleGrams;
}

interface CategoryFeatures {
  same: number;
  prior: number;
  sameArea: number;
}

function categoryFeatures(model: OverlapModel, a: MatchInput["category"], b: MatchInput["category"]): CategoryFeatures {
  return { same: a.key === b.key ? 1 : 0, prior: categoryPrior(model, a.key, b.key), sameArea: a.area && a.area === b.area ? 1 : 0 };
}

const cosine = (dot: number, normX: number, normY: number) => (normX && normY ? dot / (normX * normY) : 0);

/** The model's probability with the two cosines filled in. */
function scoreWith(model: OverlapModel, f: Float64Array, text: number, title: number, coverage: number): number {
  f[0] = text;
  f[1] = title;
  f[9] = coverage;
  return probability(model, f);
}

/** The flagged pair, ordered by ref, with its explanation. */
function flaggedPair(x: Prepared, y: Prepared, score: number, category: CategoryFeatures, explainIt = true): FlaggedPair {
  const [a, b] = x.input.ref <= y.input.ref ? [x, y] : [y, x];
  return { a: a.input, b: b.input, score: Math.round(score * 1000) / 1000, reasons: explainIt ? explain(a, b, category) : [] };
}

/**
 * Scores a pair (x loaded into `dense`); null when it cannot be a duplicate or scores below `threshold`.
 * Explanations are built only for pairs at or above the threshold.
 */
function scorePair(x: Side, dense: DenseSide, y: Side, scales: Float64Array, threshold: number, model: OverlapModel): FlaggedPair | null {
  const px = x.prepared;
  const py = y.prepared;
  if (px.input.centreId === py.input.centreId) return null;
  if (px.input.neighbourhoodId !== py.input.neighbourhoodId) return null;
  const a = px.input;
  const b = py.input;
  const ages = ageShare(a.ageFromMonths, a.ageToMonths, b.ageFromMonths, b.ageToMonths);
  if (ages === 0) return null;
  if (bitsConflict(px.features.audienceBits, py.features.audienceBits)) return null;
  const dot = dots(dense, py.features.codes, scales);
  const category = categoryFeatures(model, a.category, b.category);
  const f = new Float64Array(featureCount);
  fillPairFeatures(f, category, ages, ageUnionShare(a.ageFromMonths, a.ageToMonths, b.ageFromMonths, b.ageToMonths), weekdayBits(a) & weekdayBits(b), jaccard(px.features.titleGrams, py.features.titleGrams));
  const score = scoreWith(model, f, cosine(dot, x.textNorm, y.textNorm), cosine(titleDotOut, x.titleNorm, y.titleNorm), titleCoverage(x.titleWeight, y.titleWeight));
  return score < threshold ? null : flaggedPair(px, py, score, category);
}

/**
 * Flags pairs within one neighbourhood's prepared offerings. Candidates come from an inverted index over
 * topic terms (terms in more than maxPostingShare of the offerings are left out): for each offering the
 * IDF-weighted dot products with later offerings are accumulated over the shared index terms, and only
 * pairs whose partial cosine reaches `prefilter` are compared fully. Memory stays linear in the group
 * (the index is a flat array of postings, the accumulator one number per offering); what the comparison
 * reads of each offering sits in typed arrays, and only flagged pairs allocate.
 */
export function detectPrepared(prepared: Prepared[], idf: Idf, options: DetectOptions = {}): FlaggedPair[] {
  const n = prepared.length;
  const model = options.model ?? defaultModel;
  const onCandidate = options.onCandidate;
  const scales = termScales(idf);
  const terms = scales.length;
  const maxPosting = maxPostingFor(n, options);
  const codeLists: Int32Array[] = new Array(n);
  const textNorms = new Float64Array(n);
  const titleNorms = new Float64Array(n);
  const titleWeights = new Float64Array(n);
  const centres = new Float64Array(n);
  const hoods = new Float64Array(n);
  const agesFrom = new Float64Array(n);
  const agesTo = new Float64Array(n);
  const audiences = new Uint8Array(n);
  const days = new Uint8Array(n);
  const categoryIndex = new Int32Array(n);
  const categoryList: MatchInput["category"][] = [];
  const categoryIds = new Map<MatchInput["category"], number>();
  // Document frequency within the group of the terms that may generate candidates.
  const groupDf = new Int32Array(terms);
  for (let x = 0; x < n; x++) {
    const { input, features } = prepared[x]!;
    const codes = features.codes;
    codeLists[x] = codes;
    textNorms[x] = textNorm(codes, scales);
    titleNorms[x] = titleNorm(codes, scales);
    titleWeights[x] = titleWeight(codes, scales);
    centres[x] = input.centreId;
    hoods[x] = input.neighbourhoodId ?? Number.NaN;
    agesFrom[x] = input.ageFromMonths;
    agesTo[x] = input.ageToMonths;
    audiences[x] = features.audienceBits;
    days[x] = weekdayBits(input);
    let category = categoryIds.get(input.category);
    if (category === undefined) {
      categoryIds.set(input.category, (category = categoryList.length));
      categoryList.push(input.category);
    }
    categoryIndex[x] = category;
    for (let i = 0; i < codes.length; i++) {
      const id = codes[i]! >> 2;
      if (topicWeightOf(id) >= 1) groupDf[id]!++;
    }
  }
  const categories = categoryList.length;
  const categoryPairs: CategoryFeatures[] = new Array(categories * categories);
  for (let i = 0; i < categories; i++) for (let j = 0; j < categories; j++) categoryPairs[i * categories + j] = categoryFeatures(model, categoryList[i]!, categoryList[j]!);
  // Postings as one flat array (offsets per term), in offering order.
  const offsets = new Int32Array(terms + 1);
  for (let id = 0; id < terms; id++) {
    const df = groupDf[id]!;
    offsets[id + 1] = offsets[id]! + (df >= 2 && df <= maxPosting ? df : 0);
  }
  const postingIds = new Int32Array(offsets[terms]!);
  const postingWeights = new Float64Array(offsets[terms]!);
  const postingTitleWeights = new Float64Array(offsets[terms]!);
  // Norms of the parts of each vector that the index leaves out (whole text and title): they bound what
  // the terms outside the index can add to a pair's cosines (Cauchy–Schwarz).
  const restTextNorms = new Float64Array(n);
  const restTitleNorms = new Float64Array(n);
  const fill = offsets.slice(0, terms);
  for (let x = 0; x < n; x++) {
    const codes = codeLists[x]!;
    let restText = 0;
    let restTitle = 0;
    for (let i = 0; i < codes.length; i++) {
      const code = codes[i]!;
      const id = code >> 2;
      const scale = scales[id]!;
      if (offsets[id + 1] === offsets[id]) {
        restText += ((code & 3) * scale) ** 2;
        if (code & 2) restTitle += scale * scale;
        continue;
      }
      const at = fill[id]!++;
      postingIds[at] = x;
      postingWeights[at] = (code & 3) * scale;
      postingTitleWeights[at] = code & 2 ? scale : 0;
    }
    restTextNorms[x] = Math.sqrt(restText);
    restTitleNorms[x] = Math.sqrt(restTitle);
  }
  const threshold = options.threshold ?? model.threshold;
  const prefilter = options.prefilter ?? defaultPrefilter;
  const explainFrom = options.explainFrom ?? 0;
  const f = new Float64Array(featureCount);
  const acc = new Float64Array(n);
  const accTitle = new Float64Array(n);
  const touched = new Int32Array(n);
  const dense = new DenseSide(terms);
  const result: FlaggedPair[] = [];
  for (let x = 0; x < n; x++) {
    const codes = codeLists[x]!;
    let touchedCount = 0;
    for (let i = 0; i < codes.length; i++) {
      const code = codes[i]!;
      const id = code >> 2;
      const first = offsets[id]!;
      let at = offsets[id + 1]! - 1;
      if (at < first) continue;
      const wx = (code & 3) * scales[id]!;
      const tx = code & 2 ? scales[id]! : 0;
      // Postings are in offering order: only later offerings, so each pair is counted once.
      while (at >= first && postingIds[at]! > x) {
        const y = postingIds[at]!;
        if (acc[y] === 0) touched[touchedCount++] = y;
        acc[y] = acc[y]! + wx * postingWeights[at]!;
        accTitle[y] = accTitle[y]! + tx * postingTitleWeights[at]!;
        at--;
      }
    }
    let loaded = false;
    const normX = textNorms[x]!;
    for (let t = 0; t < touchedCount; t++) {
      const y = touched[t]!;
      const indexedDot = acc[y]!;
      const indexedTitleDot = accTitle[y]!;
      acc[y] = 0;
      accTitle[y] = 0;
      const partial = indexedDot / (normX * textNorms[y]! || 1);
      // The same checks as scorePair, on the typed arrays.
      if (partial < prefilter || centres[y] === centres[x] || !(hoods[y] === hoods[x] || (Number.isNaN(hoods[x]!) && Number.isNaN(hoods[y]!)))) continue;
      const ages = ageShare(agesFrom[x]!, agesTo[x]!, agesFrom[y]!, agesTo[y]!);
      if (ages === 0 || bitsConflict(audiences[x]!, audiences[y]!)) continue;
      const category = categoryPairs[categoryIndex[x]! * categories + categoryIndex[y]!]!;
      fillPairFeatures(f, category, ages, ageUnionShare(agesFrom[x]!, agesTo[x]!, agesFrom[y]!, agesTo[y]!), days[x]! & days[y]!, jaccard(prepared[x]!.features.titleGrams, prepared[y]!.features.titleGrams));
      // An upper bound of the score from the indexed part and the rest norms (the model rises with both
      // cosines): pairs that cannot reach the threshold are not compared term by term (exact, with a
      // margin for rounding).
      if (!onCandidate) {
        const textBound = cosine(indexedDot + restTextNorms[x]! * restTextNorms[y]!, normX, textNorms[y]!);
        const titleBound = cosine(indexedTitleDot + restTitleNorms[x]! * restTitleNorms[y]!, titleNorms[x]!, titleNorms[y]!);
        if (scoreWith(model, f, Math.min(1, textBound), Math.min(1, titleBound), 1) < threshold - 1e-9) continue;
      }
      if (!loaded) {
        dense.load(codes, scales);
        loaded = true;
      }
      const dot = dots(dense, codeLists[y]!, scales);
      const score = scoreWith(model, f, cosine(dot, normX, textNorms[y]!), cosine(titleDotOut, titleNorms[x]!, titleNorms[y]!), titleCoverage(titleWeights[x]!, titleWeights[y]!));
      if (onCandidate) onCandidate(prepared[x]!, prepared[y]!, f);
      if (score >= threshold) result.push(flaggedPair(prepared[x]!, prepared[y]!, score, category, score >= explainFrom));
    }
    if (loaded) dense.clear();
  }
  return result;
}

const sideOf = (prepared: Prepared, scales: Float64Array): Side => ({
  prepared,
  textNorm: textNorm(prepared.features.codes, scales),
  titleNorm: titleNorm(prepared.features.codes, scales),
  titleWeight: titleWeight(prepared.features.codes, scales),
});

/**
 * One offering against the others of its neighbourhood (incremental updates): candidates are those sharing
 * a topic term that is not too common in the neighbourhood, as in detectPrepared.
 */
export function matchOne(target: Prepared, others: Prepared[], idf: Idf, options: DetectOptions = {}): FlaggedPair[] {
  const scales = termScales(idf);
  // Per term id of the target's topic terms: how many offerings have it (the target included).
  const counts = new Int32Array(scales.length);
  let topics = 0;
  for (const code of target.features.codes) {
    const id = code >> 2;
    if (topicWeightOf(id) >= 1 && counts[id] === 0) {
      counts[id] = 1;
      topics++;
    }
  }
  if (topics === 0) return [];
  const targetId = target.input.id;
  let targetAmongOthers = false;
  for (const other of others) {
    if (other.input.id === targetId) {
      targetAmongOthers = true;
      continue;
    }
    const codes = other.features.codes;
    for (let i = 0; i < codes.length; i++) {
      const id = codes[i]! >> 2;
      if (counts[id]! > 0) counts[id]!++;
    }
  }
  const maxPosting = maxPostingFor(others.length + (targetAmongOthers ? 0 : 1), options);
  const model = options.model ?? defaultModel;
  const threshold = options.threshold ?? model.threshold;
  const dense = new DenseSide(scales.length);
  dense.load(target.features.codes, scales);
  const side = sideOf(target, scales);
  const result: FlaggedPair[] = [];
  for (const other of others) {
    if (other.input.id === targetId || other.input.centreId === target.input.centreId) continue;
    // A candidate shares a topic term that is not too common in the neighbourhood.
    const codes = other.features.codes;
    let candidate = false;
    for (let i = 0; i < codes.length && !candidate; i++) {
      const count = counts[codes[i]! >> 2]!;
      candidate = count > 0 && count <= maxPosting;
    }
    if (!candidate) continue;
    const pair = scorePair(side, dense, sideOf(other, scales), scales, threshold, model);
    if (pair) result.push(pair);
  }
  return result;
}

/** Scores a pair; null when it cannot be a duplicate or scores below `threshold` (explained only above it). */
export function comparePair(x: Prepared, y: Prepared, idf: Idf, threshold = 0, model = defaultModel): FlaggedPair | null {
  const scales = termScales(idf);
  const dense = new DenseSide(scales.length);
  dense.load(x.features.codes, scales);
  return scorePair(sideOf(x, scales), dense, sideOf(y, scales), scales, threshold, model);
}

/** Shared share of the smaller age range (0 … 1). */
export function ageOverlap(a: MatchInput, b: MatchInput): number {
  return ageShare(a.ageFromMonths, a.ageToMonths, b.ageFromMonths, b.ageToMonths);
}

// Labellers of recently explained offerings: one offering is explained with many others in a row, and
// a labeller splits its texts once.
const labellers = new Map<Features, Labeller>();

function labellerOf(features: Features): Labeller {
  let labeller = labellers.get(features);
  if (!labeller) {
    if (labellers.size >= 4096) labellers.clear();
    labellers.set(features, (labeller = new Labeller(features)));
  }
  return labeller;
}

function explain(a: Prepared, b: Prepared, category: CategoryFeatures): Reason[] {
  const other = b.features.codes;
  const labelsA = labellerOf(a.features);
  const labelsB = labellerOf(b.features);
  const terms: ([string] | [string, string])[] = [];
  const seen = new Set<string>();
  a.features.codes.forEach((code, index) => {
    const id = code >> 2;
    let at = -1;
    for (let i = 0; i < other.length && at < 0; i++) if (other[i]! >> 2 === id) at = i;
    if (at < 0) return;
    if (termName(id).startsWith("m:")) return;
    // Terms that only words of related offerings brought (no label) are not the offerings' own words.
    const left = labelsA.label(index);
    const right = labelsB.label(at);
    if (left === undefined || right === undefined) return;
    const same = left.toLowerCase() === right.toLowerCase();
    const key = same ? left.toLowerCase() : `${left.toLowerCase()}|${right.toLowerCase()}`;
    if (seen.has(key)) return;
    seen.add(key);
    terms.push(same ? [left] : [left, right]);
  });
  const reasons: Reason[] = [];
  if (terms.length > 0) reasons.push({ kind: "terms", terms });
  if (category.same) reasons.push({ kind: "sameCategory", category: a.input.category.key });
  else if (category.prior > 0) reasons.push({ kind: "relatedCategories", a: a.input.category.key, b: b.input.category.key });
  reasons.push({ kind: "ages", a: [a.input.ageFromMonths, a.input.ageToMonths], b: [b.input.ageFromMonths, b.input.ageToMonths] });
  const times = timeReason(a.input, b.input);
  if (times) reasons.push(times);
  return reasons;
}

function timeReason(a: MatchInput, b: MatchInput): Reason | null {
  if (a.scheduleKind !== "weekly" || b.scheduleKind !== "weekly") return null;
  const sameDays = a.weekdays.filter((d) => b.weekdays.includes(d));
  if (sameDays.length === 0) return { kind: "otherDays" };
  const overlapping = a.startTime && a.endTime && b.startTime && b.endTime && a.startTime < b.endTime && b.startTime < a.endTime;
  return overlapping ? { kind: "sameTime", weekday: sameDays[0]!, a: [a.startTime!, a.endTime!], b: [b.startTime!, b.endTime!] } : { kind: "sameDay", weekday: sameDays[0]! };
}
