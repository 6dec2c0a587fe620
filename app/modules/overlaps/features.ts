// What an offering is about, as weighted terms: domain concepts where the vocabulary knows the words
// (so synonyms meet), stemmed words otherwise; plus who it is for.
import { foldAndSpace, foldText, splitCompound, stem, wordsOfSpaced } from "./german";
import { termId, termName } from "./terms";
import { formToConcept, minorWords, phrases } from "./vocabulary";

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
}

export interface Audience {
  adultsOnly: boolean;
  fathersOnly: boolean;
  mothersOnly: boolean;
  childrenAlone: boolean;
  withParent: boolean;
}

const lexicon = new Set([...formToConcept.keys(), ...minorWords]);

function conceptOf(word: string): string | undefined {
  return formToConcept.get(word) ?? formToConcept.get(stem(word));
}

// Folded words get ids too (for labels: which word brought a term into an offering). Process-wide, growing
// only with the distinct vocabulary.
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

/** The term ids a (folded) word stands for; memoised, as the same words recur across thousands of offerings. */
const wordTermsCache = new Map<string, WordTerms>();

function wordTerms(word: string): WordTerms {
  const cached = wordTermsCache.get(word);
  if (cached) return cached;
  const terms: string[] = [];
  // A compound counts as its known parts ("Deutschkurs" → German + course) and as itself.
  const direct = conceptOf(word);
  const parts = splitCompound(word, lexicon);
  if (direct) terms.push(`c:${direct}`);
  for (const part of parts) {
    const concept = conceptOf(part);
    terms.push(concept ? `c:${concept}` : `m:${stem(part)}`);
  }
  if (!direct && parts.length === 0) terms.push(minorWords.has(word) || minorWords.has(stem(word)) ? `m:${stem(word)}` : `w:${stem(word)}`);
  const entry = { word: wordId(word), terms: terms.map(termId) };
  if (wordTermsCache.size > 200_000) wordTermsCache.clear();
  wordTermsCache.set(word, entry);
  return entry;
}

const phraseTerms: [string, number][] = phrases.map(([phrase, concept]) => [phrase, termId(`c:${concept}`)]);
/** Whether a text contains any phrase at all (one test instead of one per phrase for most texts). */
const anyPhrase = new RegExp(phrases.map(([phrase]) => phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"));

/**
 * Calls `visit` for each term of a text in order of appearance (repeats included): phrases first, then
 * words; `word` is the id of the folded word behind the term (-1 for phrases).
 */
function visitTerms(spaced: string, visit: (id: number, word: number) => void): void {
  let rest = spaced;
  if (anyPhrase.test(spaced)) {
    for (const [phrase, id] of phraseTerms) {
      if (rest.includes(phrase)) {
        visit(id, -1);
        rest = rest.replace(phrase, " ");
      }
    }
  }
  for (const word of wordsOfSpaced(rest)) {
    const entry = wordTerms(word);
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

const alone = /\b(ohne (eltern|begleitung|mama|papa)|allein(e)? (fuer|nur)|nur fuer kinder)\b/;
const together = /\b(mit (mama|papa|eltern|einem elternteil|elternteil|begleitung|begleitperson)|gemeinsam mit|eltern und (kinder|babys|kind)|muetter und vaeter mit)\b/;

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
    key = foldText(word).replace(/-/g, "");
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

export function featuresOf(offering: MatchInput): Features {
  if (++stamp === 0x7fffffff) {
    titleMark.fill(0);
    descriptionMark.fill(0);
    wordMark.fill(0);
    stamp = 1;
  }
  const current = stamp;
  const order: number[] = [];
  const title = foldAndSpace(offering.title);
  const description = foldAndSpace(offering.description);
  visitTerms(title.spaced, (id, word) => {
    ensureMarks(id);
    if (word >= 0 && wordMark[id] !== current) {
      wordMark[id] = current;
      firstWord[id] = word * 2;
    }
    if (titleMark[id] === current) return;
    titleMark[id] = current;
    order.push(id);
  });
  visitTerms(description.spaced, (id, word) => {
    ensureMarks(id);
    if (word >= 0 && wordMark[id] !== current) {
      wordMark[id] = current;
      firstWord[id] = word * 2 + 1;
    }
    if (descriptionMark[id] === current) return;
    descriptionMark[id] = current;
    if (titleMark[id] !== current) order.push(id);
  });
  const codes = slabArray(order.length);
  const words = slabArray(order.length);
  for (let i = 0; i < order.length; i++) {
    const id = order[i]!;
    codes[i] = (id << 2) | (titleMark[id] === current ? 2 : 0) | (descriptionMark[id] === current ? 1 : 0);
    words[i] = wordMark[id] === current ? firstWord[id]! : -1;
  }

  const inText = (id: number) => titleMark[id] === current || descriptionMark[id] === current;
  const text = `${title.folded} ${description.folded}`;
  const audiences = offering.audiences;
  const fathers = inText(fatherId) || audiences.includes("father") || audiences.includes("fathers");
  const mothers = inText(motherId) || audiences.includes("mother") || audiences.includes("mothers");
  const parents = inText(parentId) || audiences.includes("parent") || audiences.includes("parents");
  const bits =
    (offering.ageFromMonths >= 18 * 12 ? adultsOnlyBit : 0) |
    (fathers && !mothers && !parents ? fathersOnlyBit : 0) |
    (mothers && !fathers && !parents ? mothersOnlyBit : 0) |
    (alone.test(text) || (audiences.includes("children") && !parents && !mothers && !fathers) ? childrenAloneBit : 0) |
    (together.test(text) || (titleMark[parentId] === current && titleMark[childId] === current) ? withParentBit : 0);
  return new Features(codes, words, bits, offering);
}
