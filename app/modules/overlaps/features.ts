// What an offering is about, as weighted terms: the Snowball stems of its words and of the parts of its
// compounds, and the concepts of the general vocabulary they belong to (so that synonyms meet); plus who it
// is for.
import { normaliseWord, splitCompound, stem, tokens, withoutUmlauts, type Token } from "./german";
import { germanLexicon } from "./lexicon.server";
import { termId, termName } from "./terms";
import { concepts, minorWords } from "./vocabulary";

export { topicWeight } from "./terms";

export interface MatchInput {
  id: number;
  ref: string;
  centreId: number;
  neighbourhoodId: number | null;
  title: string;
  description: string;
  category: { key: string; area: string; name: string };
  ageFromMonths: number;
  ageToMonths: number;
  audiences: string[];
  scheduleKind: string;
  weekdays: number[];
  startTime: string | null;
  endTime: string | null;
  /**
   * Titles of offerings this one was decided to duplicate ("Doppelangebot"): the network vouched that they
   * name the same need, so their words count for this offering too.
   */
  related?: readonly string[];
}

export interface Audience {
  adultsOnly: boolean;
  fathersOnly: boolean;
  mothersOnly: boolean;
  childrenAlone: boolean;
  withParent: boolean;
}

/** Stem → the concepts its word belongs to. */
const conceptsByStem = new Map<string, string[]>();
for (const [concept, forms] of Object.entries(concepts)) {
  for (const form of forms) {
    const key = stem(normaliseWord(form));
    const list = conceptsByStem.get(key) ?? [];
    if (!list.includes(concept)) list.push(concept);
    conceptsByStem.set(key, list);
  }
}
const minorStems = new Set([...minorWords].map((w) => stem(normaliseWord(w))));

/** Word endings that the dictionary also knows as words ("Schaft", "Los"): never a compound's later part. */
const suffixLikeParts = new Set(["schaft", "los", "bar", "ling", "tum", "haft", "sam"]);

// Words get ids too (for labels: which word brought a term into an offering). Process-wide, growing only
// with the distinct vocabulary.
const wordIds = new Map<string, number>();
const wordNames: string[] = [];

function wordId(word: string): number {
  let id = wordIds.get(word);
  if (id === undefined) {
    id = wordNames.length;
    wordNames.push(word);
    wordIds.set(word, id);
  }
  return id;
}

interface WordTerms {
  word: number;
  terms: number[];
}

/** The term ids of a word or word part: its stem (minor or not) and its concepts. */
function addStemTerms(word: string, into: Set<number>): void {
  const stemmed = stem(word);
  into.add(termId(minorStems.has(stemmed) ? `m:${stemmed}` : `w:${stemmed}`));
  for (const concept of conceptsByStem.get(stemmed) ?? []) into.add(termId(`c:${concept}`));
}

/**
 * The parts of a compound: hyphenated parts, else a split into dictionary words, else (for words the
 * dictionary cannot split, such as typos or coinages) the longest dictionary word it ends with, the head
 * of a German compound ("Krabelgruppe" → gruppe).
 */
function compoundParts(word: string, hyphenParts: string[]): string[] {
  if (hyphenParts.length > 0) return hyphenParts;
  const lexicon = germanLexicon();
  const parts = splitCompound(word, lexicon);
  if (parts.length > 0) return parts.some((part, i) => i > 0 && suffixLikeParts.has(part)) ? [] : parts;
  if (word.length < 8 || lexicon.has(word)) return [];
  for (let start = 3; word.length - start >= 4; start++) {
    const head = word.slice(start);
    if (lexicon.has(head) && !suffixLikeParts.has(head)) return [head];
  }
  return [];
}

/** The term ids a word stands for; memoised, as the same words recur across thousands of offerings. */
const wordTermsCache = new Map<string, WordTerms>();

function wordTerms(word: string, hyphenParts: string[]): WordTerms {
  const key = hyphenParts.length > 0 ? hyphenParts.join("-") : word;
  const cached = wordTermsCache.get(key);
  if (cached) return cached;
  const terms = new Set<number>();
  // A compound counts as itself and as its parts ("Schwimmkurs" → schwimm + kurs).
  addStemTerms(word, terms);
  for (const part of compoundParts(word, hyphenParts)) addStemTerms(part, terms);
  const entry = { word: wordId(word), terms: [...terms] };
  if (wordTermsCache.size > 200_000) wordTermsCache.clear();
  wordTermsCache.set(key, entry);
  return entry;
}

/** Calls `visit` for each term of a text's tokens in order of appearance (repeats included), with the word behind it. */
function visitTerms(words: Token[], visit: (id: number, word: number) => void): void {
  for (const token of words) {
    const entry = wordTerms(token.word, token.hyphenParts);
    for (const id of entry.terms) visit(id, entry.word);
  }
}

// Scratch marks per term id (which field of the offering in hand has the term), stamped per offering.
let titleMark = new Int32Array(1024);
let descriptionMark = new Int32Array(1024);
let wordMark = new Int32Array(1024);
/** Per term id: the first word that brought it (word id × 2, + 1 when in the description). */
let firstWord = new Int32Array(1024);
let stamp = 0;

function ensureMarks(id: number): void {
  if (id < titleMark.length) return;
  let size = titleMark.length;
  while (size <= id) size *= 2;
  const grow = (old: Int32Array) => {
    const grown = new Int32Array(size);
    grown.set(old);
    return grown;
  };
  titleMark = grow(titleMark);
  descriptionMark = grow(descriptionMark);
  wordMark = grow(wordMark);
  firstWord = grow(firstWord);
}

const conceptId = (concept: string) => termId(`c:${concept}`);
const parentId = conceptId("parent");
const childId = conceptId("child");
const fatherId = conceptId("father");
const motherId = conceptId("mother");

const parentWordStems = new Set(
  Object.entries(concepts)
    .filter(([concept]) => concept === "parent" || concept === "mother" || concept === "father")
    .flatMap(([, forms]) => forms.map((f) => stem(normaliseWord(f)))),
);

/** Short words that may stand between "mit"/"ohne" and the person they name. */
const determiners = new Set(["ein", "eine", "mama", "einem", "einer", "einen", "papa", "der", "die", "dem", "den", "und", "das", "ihre", "ihrem", "ihren", "oder", "ihrer", "seine", "seinem", "seinen", "seiner"]);

/**
 * Whether a text says that children come without or with a parent: within one sentence, "ohne" or "mit"
 * followed by a word for parents or an accompanying person (determiners in between allowed).
 */
function parentCue(text: string): { alone: boolean; together: boolean } {
  let alone = false;
  let together = false;
  const lower = text.toLowerCase();
  // Most texts have neither word: no splitting then.
  if (!/\b(?:ohne|mit)\b/.test(lower)) return { alone, together };
  for (const sentence of lower.split(/[.!?;:\n]+/)) {
    const words = sentence.split(/[^\p{L}]+/u).filter(Boolean);
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      if (w !== "ohne" && w !== "mit") continue;
      let j = i + 1;
      while (j < words.length && determiners.has(words[j]!) && !parentWordStems.has(stem(normaliseWord(words[j]!)))) j++;
      const next = words[j];
      if (next === undefined) continue;
      const person = next === "begleitung" || next.startsWith("begleitperson") || parentWordStems.has(stem(normaliseWord(next)));
      if (!person) continue;
      if (w === "ohne") alone = true;
      else together = true;
    }
  }
  return { alone, together };
}

/** Field weight of a packed term code: 1 description only, 2 title only, 3 both. */
export const fieldWeightOf = (code: number) => code & 3;
/** Term id of a packed term code. */
export const termOf = (code: number) => code >> 2;
/** Whether a packed term code's term is in the title. */
export const inTitle = (code: number) => (code & 2) !== 0;

/** Audience flags as bits (Features.audienceBits). */
export const fathersOnlyBit = 1;
export const childrenAloneBit = 2;
export const withParentBit = 4;
export const adultsOnlyBit = 8;
export const mothersOnlyBit = 16;

// Small typed arrays are carved out of shared slabs: one buffer for thousands of offerings instead of one each
// (fewer objects for the garbage collector, and less memory per offering).
let slab = new Int32Array(1 << 16);
let slabUsed = 0;

function slabArray(length: number): Int32Array {
  if (slabUsed + length > slab.length) {
    slab = new Int32Array(Math.max(1 << 16, length));
    slabUsed = 0;
  }
  const view = slab.subarray(slabUsed, slabUsed + length);
  slabUsed += length;
  return view;
}

/**
 * What an offering is about: its terms packed as `term id × 4 + field weight` (title 2, description 1,
 * summed), in order of appearance (title terms first); who it is for (bits); and what readable labels
 * for explanations are worked out from (see Labeller).
 */
export class Features {
  constructor(
    readonly codes: Int32Array,
    /** Per term (as in `codes`): the word that first brought it (word id × 2, + 1 for the description), or -1. */
    readonly words: Int32Array,
    readonly audienceBits: number,
    /** Letter trigrams of the title's words run together (hashed, sorted, unique): typos and spacing aside. */
    readonly titleGrams: Int32Array,
    readonly source: { readonly title: string; readonly description: string },
  ) {}

  get audience(): Audience {
    const bits = this.audienceBits;
    return {
      adultsOnly: (bits & adultsOnlyBit) !== 0,
      fathersOnly: (bits & fathersOnlyBit) !== 0,
      mothersOnly: (bits & mothersOnlyBit) !== 0,
      childrenAlone: (bits & childrenAloneBit) !== 0,
      withParent: (bits & withParentBit) !== 0,
    };
  }

  /** Term → field weight (readable form of `codes`, for tests and debugging). */
  get terms(): Map<string, number> {
    return new Map([...this.codes].map((code) => [termName(termOf(code)), fieldWeightOf(code)]));
  }

  /** Term → label, for all terms that have one. */
  get labels(): Map<string, string> {
    const labeller = new Labeller(this);
    const labels = new Map<string, string>();
    this.codes.forEach((code, index) => {
      const label = labeller.label(index);
      if (label !== undefined) labels.set(termName(termOf(code)), label);
    });
    return labels;
  }
}

/**
 * Readable words for an offering's terms, for explanations: the first original spelling of the word that
 * brought a term. Worked out on demand (only flagged pairs are explained) and not kept.
 */
export class Labeller {
  #title: Map<string, string> | undefined;
  #description: Map<string, string> | undefined;

  constructor(private readonly features: Features) {}

  /** The label of the term at `index` of `codes`; undefined for terms that only phrases brought. */
  label(index: number): string | undefined {
    const ref = this.features.words[index]!;
    if (ref < 0) return undefined;
    const word = wordNames[ref >> 1]!;
    const source = this.features.source;
    const originals = ref & 1 ? (this.#description ??= originalSpellings(source.description)) : (this.#title ??= originalSpellings(source.title));
    return originals.get(word) ?? word;
  }
}

/** Folded key of an original word (hyphens dropped), memoised. */
const foldedKeys = new Map<string, string>();

function foldedKey(word: string): string {
  let key = foldedKeys.get(word);
  if (key === undefined) {
    key = word
      .split("-")
      .map(normaliseWord)
      .join("");
    if (foldedKeys.size > 200_000) foldedKeys.clear();
    foldedKeys.set(word, key);
  }
  return key;
}

/** Folded word → its first original spelling in a text. */
function originalSpellings(text: string): Map<string, string> {
  const originals = new Map<string, string>();
  for (const w of text.split(/[^\p{L}\p{N}-]+/u)) {
    const key = foldedKey(w);
    if (!originals.has(key)) originals.set(key, w);
  }
  return originals;
}

/** Hashed letter trigrams of a title's words (stop words left out, umlauts folded), sorted and unique. */
export function titleTrigrams(titleTokens: Token[]): Int32Array {
  const letters = withoutUmlauts(titleTokens.map((t) => t.word).join(""));
  const grams = new Set<number>();
  for (let i = 0; i + 3 <= letters.length; i++) grams.add((letters.charCodeAt(i) * 65_599 + letters.charCodeAt(i + 1)) * 65_599 + letters.charCodeAt(i + 2) | 0);
  const out = slabArray(grams.size);
  out.set([...grams].sort((a, b) => a - b));
  return out;
}

/** Jaccard similarity of two sorted unique arrays. */
export function jaccard(a: Int32Array, b: Int32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! === b[j]!) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return shared / (a.length + b.length - shared);
}

export function featuresOf(offering: MatchInput): Features {
  if (++stamp === 0x7fffffff) {
    titleMark.fill(0);
    descriptionMark.fill(0);
    wordMark.fill(0);
    stamp = 1;
  }
  const current = stamp;
  const order: number[] = [];
  const titleTokens = tokens(offering.title);
  visitTerms(titleTokens, (id, word) => {
    ensureMarks(id);
    if (word >= 0 && wordMark[id] !== current) {
      wordMark[id] = current;
      firstWord[id] = word * 2;
    }
    if (titleMark[id] === current) return;
    titleMark[id] = current;
    order.push(id);
  });
  visitTerms(tokens(offering.description), (id, word) => {
    ensureMarks(id);
    if (word >= 0 && wordMark[id] !== current) {
      wordMark[id] = current;
      firstWord[id] = word * 2 + 1;
    }
    if (descriptionMark[id] === current) return;
    descriptionMark[id] = current;
    if (titleMark[id] !== current) order.push(id);
  });
  const inText = (id: number) => titleMark[id] === current || descriptionMark[id] === current;
  const cue = parentCue(`${offering.title} ${offering.description}`);
  const audiences = offering.audiences;
  const fathers = inText(fatherId) || audiences.includes("father") || audiences.includes("fathers");
  const mothers = inText(motherId) || audiences.includes("mother") || audiences.includes("mothers");
  const parents = inText(parentId) || audiences.includes("parent") || audiences.includes("parents");
  const bits =
    (offering.ageFromMonths >= 18 * 12 ? adultsOnlyBit : 0) |
    (fathers && !mothers && !parents ? fathersOnlyBit : 0) |
    (mothers && !fathers && !parents ? mothersOnlyBit : 0) |
    (cue.alone || (audiences.includes("children") && !parents && !mothers && !fathers) ? childrenAloneBit : 0) |
    (cue.together || (titleMark[parentId] === current && titleMark[childId] === current) ? withParentBit : 0);
  // Titles of offerings this one was decided to duplicate: their words count as its own description's
  // (without labels, so explanations only name the offerings' own words).
  for (const text of offering.related ?? []) {
    visitTerms(tokens(text), (id) => {
      ensureMarks(id);
      if (descriptionMark[id] === current) return;
      descriptionMark[id] = current;
      if (titleMark[id] !== current) order.push(id);
    });
  }
  const codes = slabArray(order.length);
  const words = slabArray(order.length);
  for (let i = 0; i < order.length; i++) {
    const id = order[i]!;
    codes[i] = (id << 2) | (titleMark[id] === current ? 2 : 0) | (descriptionMark[id] === current ? 1 : 0);
    words[i] = wordMark[id] === current ? firstWord[id]! : -1;
  }

  return new Features(codes, words, bits, titleTrigrams(titleTokens), offering);
}
