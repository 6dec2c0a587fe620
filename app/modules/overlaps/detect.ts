// Duplicate detection within neighbourhoods: candidate pairs from an inverted index over weighted terms
// (no all-pairs comparison), then a score from text similarity (IDF-weighted cosine over concepts and
// words), category relatedness, age overlap and audience compatibility, explained in German.
import { featuresOf, topicWeight, type Features, type MatchInput } from "./features";
import { categoryRelatedness, concepts } from "./vocabulary";

const pseudoDocuments = 20;
const defaultIdf = Math.log(1 + pseudoDocuments);

export interface FlaggedPair {
  a: MatchInput;
  b: MatchInput;
  score: number;
  reasons: string[];
}

export interface DetectOptions {
  threshold?: number;
  /** Terms found in more than this share of a neighbourhood's offerings do not generate candidates. */
  maxPostingShare?: number;
  /** Pairs whose cosine over the indexed terms alone stays below this are not compared fully. */
  prefilter?: number;
}

export const defaultPrefilter = 0.1;

// Chosen in the middle of the range (0.45–0.55) that separates the labelled development sets.
export const defaultThreshold = 0.5;

export interface Prepared {
  input: MatchInput;
  features: Features;
}

/** Inverse document frequencies: a Map, or anything that answers per term. */
export type Idf = Pick<Map<string, number>, "get">;

export function prepare(input: MatchInput): Prepared {
  return { input, features: featuresOf(input) };
}

/** Flags pairs of offerings of different centres in the same neighbourhood that serve the same need. */
export function detectOverlaps(offerings: MatchInput[], options: DetectOptions = {}): FlaggedPair[] {
  const byNeighbourhood = new Map<number, MatchInput[]>();
  for (const offering of offerings) {
    if (offering.neighbourhoodId === null) continue;
    const list = byNeighbourhood.get(offering.neighbourhoodId) ?? [];
    list.push(offering);
    byNeighbourhood.set(offering.neighbourhoodId, list);
  }
  const idf = inverseDocumentFrequencies(offerings.map((o) => featuresOf(o)));
  const flagged: FlaggedPair[] = [];
  for (const group of byNeighbourhood.values()) flagged.push(...detectInGroup(group, idf, options));
  return flagged.sort((x, y) => x.a.ref.localeCompare(y.a.ref) || x.b.ref.localeCompare(y.b.ref));
}

export function inverseDocumentFrequencies(all: Features[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const features of all) for (const term of features.terms.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  // Smoothed with pseudo-documents, so that a small network's few offerings do not turn shared words
  // into noise; a large network's frequent words still weigh little.
  const n = all.length + pseudoDocuments;
  return new Map([...df].map(([term, count]) => [term, Math.log(1 + n / (count + 1))]));
}

function detectInGroup(group: MatchInput[], idf: Idf, options: DetectOptions): FlaggedPair[] {
  return detectPrepared(group.map(prepare), idf, options);
}

function maxPostingFor(size: number, options: DetectOptions): number {
  return Math.max(50, Math.floor(size * (options.maxPostingShare ?? 0.05)));
}

/**
 * Flags pairs within one neighbourhood's prepared offerings. Candidates come from an inverted index over
 * topic terms (terms in more than maxPostingShare of the offerings are left out): for each offering the
 * IDF-weighted dot products with later offerings are accumulated over the shared index terms, and only
 * pairs whose partial cosine reaches `prefilter` are compared fully. Memory stays linear in the group.
 */
export function detectPrepared(prepared: Prepared[], idf: Idf, options: DetectOptions = {}): FlaggedPair[] {
  const n = prepared.length;
  const maxPosting = maxPostingFor(n, options);
  const postings = new Map<string, { ids: number[]; weights: number[] }>();
  const norms = new Float64Array(n);
  prepared.forEach((p, index) => {
    let norm = 0;
    for (const [term, fieldWeight] of p.features.terms) {
      const weight = weightOf(term, fieldWeight, idf);
      norm += weight * weight;
      if (topicWeight(term) < 1) continue;
      let list = postings.get(term);
      if (!list) postings.set(term, (list = { ids: [], weights: [] }));
      list.ids.push(index);
      list.weights.push(weight);
    }
    norms[index] = Math.sqrt(norm);
  });
  for (const [term, list] of postings) if (list.ids.length > maxPosting || list.ids.length < 2) postings.delete(term);
  const threshold = options.threshold ?? defaultThreshold;
  const prefilter = options.prefilter ?? defaultPrefilter;
  const acc = new Float64Array(n);
  const touched: number[] = [];
  const result: FlaggedPair[] = [];
  for (let x = 0; x < n; x++) {
    const px = prepared[x]!;
    for (const [term, fieldWeight] of px.features.terms) {
      const list = postings.get(term);
      if (!list) continue;
      const wx = weightOf(term, fieldWeight, idf);
      const { ids, weights } = list;
      // Postings are in index order: only later offerings, so each pair is counted once.
      let i = ids.length - 1;
      while (i >= 0 && ids[i]! > x) {
        const y = ids[i]!;
        if (acc[y] === 0) touched.push(y);
        acc[y] = acc[y]! + wx * weights[i]!;
        i--;
      }
    }
    for (const y of touched) {
      const partial = acc[y]! / (norms[x]! * norms[y]! || 1);
      acc[y] = 0;
      if (partial < prefilter || prepared[y]!.input.centreId === px.input.centreId) continue;
      const pair = comparePair(px, prepared[y]!, idf, threshold);
      if (pair) result.push(pair);
    }
    touched.length = 0;
  }
  return result;
}

/**
 * One offering against the others of its neighbourhood (incremental updates): candidates are those sharing
 * a topic term that is not too common in the neighbourhood, as in detectPrepared.
 */
export function matchOne(target: Prepared, others: Prepared[], idf: Idf, options: DetectOptions = {}): FlaggedPair[] {
  const topics = [...target.features.terms.keys()].filter((t) => topicWeight(t) >= 1);
  if (topics.length === 0) return [];
  const counts = new Map<string, number>(topics.map((t) => [t, 1]));
  for (const other of others) {
    if (other.input.id === target.input.id) continue;
    for (const t of topics) if (other.features.terms.has(t)) counts.set(t, counts.get(t)! + 1);
  }
  const maxPosting = maxPostingFor(others.length + (others.some((o) => o.input.id === target.input.id) ? 0 : 1), options);
  const usable = topics.filter((t) => counts.get(t)! <= maxPosting);
  const threshold = options.threshold ?? defaultThreshold;
  const result: FlaggedPair[] = [];
  for (const other of others) {
    if (other.input.id === target.input.id || other.input.centreId === target.input.centreId) continue;
    if (!usable.some((t) => other.features.terms.has(t))) continue;
    const pair = comparePair(target, other, idf, threshold);
    if (pair) result.push(pair);
  }
  return result;
}

function weightOf(term: string, fieldWeight: number, idf: Idf): number {
  return fieldWeight * (idf.get(term) ?? defaultIdf) * topicWeight(term);
}

/** Vector norms of an offering's terms and title terms under one IDF, computed once per offering and IDF. */
const normCache = new WeakMap<Features, { idf: Idf; text: number; title: number }>();

function normsOf(features: Features, idf: Idf): { text: number; title: number } {
  const cached = normCache.get(features);
  if (cached && cached.idf === idf) return cached;
  let text = 0;
  for (const [term, w] of features.terms) text += weightOf(term, w, idf) ** 2;
  let title = 0;
  for (const term of features.titleTerms) title += weightOf(term, 1, idf) ** 2;
  const norms = { idf, text: Math.sqrt(text), title: Math.sqrt(title) };
  normCache.set(features, norms);
  return norms;
}

/** IDF-weighted cosines of the whole texts and of the titles alone. */
function cosines(a: Features, b: Features, idf: Idf): { text: number; titles: number } {
  const na = normsOf(a, idf);
  const nb = normsOf(b, idf);
  const [small, large] = a.terms.size <= b.terms.size ? [a.terms, b.terms] : [b.terms, a.terms];
  let dot = 0;
  for (const [term, w] of small) {
    const other = large.get(term);
    if (other !== undefined) dot += weightOf(term, w, idf) * weightOf(term, other, idf);
  }
  let titleDot = 0;
  for (const term of a.titleTerms) if (b.titleTerms.has(term)) titleDot += weightOf(term, 1, idf) ** 2;
  return {
    text: na.text && nb.text ? dot / (na.text * nb.text) : 0,
    titles: na.title && nb.title ? titleDot / (na.title * nb.title) : 0,
  };
}

function audiencesConflict(a: Features["audience"], b: Features["audience"]): boolean {
  // Offerings just for fathers (or just for mothers vs just for fathers) serve another need than general ones.
  if (a.fathersOnly !== b.fathersOnly) return true;
  if ((a.childrenAlone && b.withParent) || (b.childrenAlone && a.withParent)) return true;
  if (a.adultsOnly !== b.adultsOnly && (a.childrenAlone || b.childrenAlone)) return true;
  return false;
}

/** Shared share of the smaller age range (0 … 1). */
export function ageOverlap(a: MatchInput, b: MatchInput): number {
  const overlap = Math.min(a.ageToMonths, b.ageToMonths) - Math.max(a.ageFromMonths, b.ageFromMonths) + 1;
  if (overlap <= 0) return 0;
  const smaller = Math.min(a.ageToMonths - a.ageFromMonths + 1, b.ageToMonths - b.ageFromMonths + 1);
  return Math.min(1, overlap / smaller);
}

/** Scores a pair; null when it cannot be a duplicate or scores below `threshold` (explained only above it). */
export function comparePair(x: Prepared, y: Prepared, idf: Idf, threshold = 0): FlaggedPair | null {
  const [a, b] = x.input.ref <= y.input.ref ? [x, y] : [y, x];
  if (a.input.centreId === b.input.centreId) return null;
  if (a.input.neighbourhoodId !== b.input.neighbourhoodId) return null;
  const ages = ageOverlap(a.input, b.input);
  if (ages === 0) return null;
  if (audiencesConflict(a.features.audience, b.features.audience)) return null;
  const { text, titles } = cosines(a.features, b.features, idf);
  const similarity = Math.max(text, 0.5 * text + 0.5 * titles);
  const category = categoryRelatedness(a.input.category, b.input.category);
  const score = similarity * (0.7 + 0.3 * category) * (0.8 + 0.2 * ages);
  if (score < threshold) return null;
  return { a: a.input, b: b.input, score: Math.round(score * 1000) / 1000, reasons: explain(a, b, category) };
}

const conceptNames: Record<string, string> = Object.fromEntries(Object.keys(concepts).map((c) => [c, c]));

function explain(a: Prepared, b: Prepared, category: number): string[] {
  const shared = [...a.features.terms.keys()].filter((t) => b.features.terms.has(t) && !t.startsWith("m:"));
  const reasons: string[] = [];
  if (shared.length > 0) {
    const words = shared.map((t) => {
      const left = a.features.labels.get(t) ?? conceptNames[t.slice(2)] ?? t.slice(2);
      const right = b.features.labels.get(t) ?? left;
      return left.toLowerCase() === right.toLowerCase() ? `„${left}“` : `„${left}“ ≈ „${right}“`;
    });
    reasons.push(`Gemeinsame Begriffe: ${words.join(", ")}`);
  }
  if (category === 1) reasons.push(`Gleiche Kategorie: ${a.input.category.name}`);
  else if (category > 0) reasons.push(`Verwandte Kategorien: ${a.input.category.name} / ${b.input.category.name}`);
  reasons.push(`Altersgruppen überschneiden sich: ${ageText(a.input)} und ${ageText(b.input)}`);
  const times = timeReason(a.input, b.input);
  if (times) reasons.push(times);
  return reasons;
}

function ageText(o: MatchInput): string {
  const years = (m: number) => Math.floor(m / 12);
  if (o.ageToMonths < 36) return `${o.ageFromMonths}–${o.ageToMonths} Monate`;
  if (o.ageFromMonths >= 216) return "Erwachsene";
  return `${years(o.ageFromMonths)}–${years(o.ageToMonths)} Jahre`;
}

const weekdayNames = ["", "montags", "dienstags", "mittwochs", "donnerstags", "freitags", "samstags", "sonntags"];

function timeReason(a: MatchInput, b: MatchInput): string | null {
  if (a.scheduleKind !== "weekly" || b.scheduleKind !== "weekly") return null;
  const sameDays = a.weekdays.filter((d) => b.weekdays.includes(d));
  if (sameDays.length === 0) return "Zu unterschiedlichen Wochentagen";
  const overlapping = a.startTime && a.endTime && b.startTime && b.endTime && a.startTime < b.endTime && b.startTime < a.endTime;
  const day = weekdayNames[sameDays[0]!];
  return overlapping
    ? `Zur gleichen Zeit: ${day} ${a.startTime}–${a.endTime} und ${b.startTime}–${b.endTime}`
    : `Am gleichen Wochentag (${day}), zu anderen Zeiten`;
}
