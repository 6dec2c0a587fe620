// What an offering is about, as weighted terms: domain concepts where the vocabulary knows the words
// (so synonyms meet), stemmed words otherwise; plus who it is for.
import { foldText, splitCompound, stem, words } from "./german";
import { audienceConcepts, formToConcept, minorWords, phrases } from "./vocabulary";

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

export interface Features {
  /** term → field weight (title 2, description 1, summed per field once) */
  terms: Map<string, number>;
  titleTerms: Set<string>;
  audience: Audience;
  /** For explanations: term → a readable word from the text */
  labels: Map<string, string>;
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

/** The terms a (folded) word stands for; memoised, as the same words recur across thousands of offerings. */
const wordTermsCache = new Map<string, string[]>();

function wordTerms(word: string): string[] {
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
  if (wordTermsCache.size > 200_000) wordTermsCache.clear();
  wordTermsCache.set(word, terms);
  return terms;
}

function termsOf(text: string, labels: Map<string, string> | null): Set<string> {
  const terms = new Set<string>();
  let folded = foldText(text).replace(/[^\p{L}\p{N}]+/gu, " ");
  for (const [phrase, concept] of phrases) {
    if (folded.includes(phrase)) {
      terms.add(`c:${concept}`);
      folded = folded.replace(phrase, " ");
    }
  }
  // Readable labels (only when asked for): the first original spelling of each folded word.
  const originals = new Map<string, string>();
  if (labels) {
    for (const w of text.split(/[^\p{L}\p{N}-]+/u)) {
      const key = foldText(w).replace(/-/g, "");
      if (!originals.has(key)) originals.set(key, w);
    }
  }
  for (const word of words(folded)) {
    for (const term of wordTerms(word)) {
      terms.add(term);
      if (labels && !labels.has(term)) labels.set(term, originals.get(word) ?? word);
    }
  }
  return terms;
}

const alone = /\b(ohne (eltern|begleitung|mama|papa)|allein(e)? (fuer|nur)|nur fuer kinder)\b/;
const together = /\b(mit (mama|papa|eltern|einem elternteil|elternteil|begleitung|begleitperson)|gemeinsam mit|eltern und (kinder|babys|kind)|muetter und vaeter mit)\b/;

export function featuresOf(offering: MatchInput): Features {
  const titleTerms = termsOf(offering.title, null);
  const descriptionTerms = termsOf(offering.description, null);
  const terms = new Map<string, number>();
  for (const term of titleTerms) terms.set(term, 2);
  for (const term of descriptionTerms) terms.set(term, (terms.get(term) ?? 0) + 1);

  const all = new Set([...titleTerms, ...descriptionTerms]);
  const text = foldText(`${offering.title} ${offering.description}`);
  const has = (concept: string) => all.has(`c:${concept}`) || offering.audiences.includes(concept);
  const fathers = has("father") || offering.audiences.includes("fathers");
  const mothers = has("mother") || offering.audiences.includes("mothers");
  const parents = has("parent") || offering.audiences.includes("parents");
  const audience: Audience = {
    adultsOnly: offering.ageFromMonths >= 18 * 12,
    fathersOnly: fathers && !mothers && !parents,
    mothersOnly: mothers && !fathers && !parents,
    childrenAlone: alone.test(text) || (offering.audiences.includes("children") && !parents && !mothers && !fathers),
    withParent: together.test(text) || (titleTerms.has("c:parent") && titleTerms.has("c:child")),
  };
  // Labels serve explanations only, so they are worked out for the few offerings that get flagged.
  let labels: Map<string, string> | undefined;
  return {
    terms,
    titleTerms,
    audience,
    get labels() {
      if (!labels) {
        labels = new Map();
        termsOf(offering.title, labels);
        termsOf(offering.description, labels);
      }
      return labels;
    },
  };
}

/** Terms that name who an offering is for count less as topic than what it is. */
export function topicWeight(term: string): number {
  if (term.startsWith("m:")) return 0.2;
  return term.startsWith("c:") && audienceConcepts.has(term.slice(2)) ? 0.5 : 1;
}
