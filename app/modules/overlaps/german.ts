// German text for comparing offerings: words, stop words, the Snowball stemmer (@orama/stemmers) and
// compound splitting against a word list (the hunspell dictionary, see lexicon.server.ts).
import { stemmer } from "@orama/stemmers/german";

/** Common German function words (and a few abbreviations of them); they say nothing about a service. */
const stopwords = new Set(
  `aber alle allem allen aller alles als also am an ans auch auf aus bei beim bin bis bist bzw da dabei damit dann
  das dass dein deine dem den denen denn der des dessen die dies diese diesem diesen dieser dieses doch dort du
  durch ein eine einem einen einer eines einfach er es etwa etwas euch euer eure für gegen ggf gibt hab habe haben
  hat hier ihm ihn ihr ihre ihrem ihren ihrer im in ins ist ja je jede jedem jeden jeder jedes jetzt kann kannst
  kein keine können könnt man mehr mein meine mit möchten möchtest muss musst nach neben nicht noch nun nur ob
  oder ohne sehr sein seine sich sie sind so sowie statt über um und uns unser unsere unter usw vom von vor während
  was weil welche wenn wer werden wie wir wird wo zu zum zur zwischen ab ca inkl etc z b bzw evtl ggf u a d h i r
  gerne gern immer jeweils ganz viel viele vielen neu neue neuen neuer dabei dazu hin her euch eure euren dir dich
  mal gleich bitte`.split(/\s+/),
);

/** Abbreviations common in the field's own notes, written out before stemming. */
const abbreviations: Record<string, string> = {
  elt: "eltern",
  fam: "familie",
  ki: "kinder",
  kiga: "kindergarten",
  kigakinder: "kindergartenkinder",
  bera: "beratung",
  beratg: "beratung",
  grp: "gruppe",
  fz: "familienzentrum",
  ogs: "ganztagsschule",
  alleinerz: "alleinerziehende",
  schwang: "schwangere",
  kl: "klein",
  dt: "deutsch",
  engl: "englisch",
  arab: "arabisch",
  türk: "türkisch",
  päd: "pädagogisch",
  wö: "wöchentlich",
};

/** Lower case, ß as ss, diacritics other than the umlauts removed (é → e), NFC. */
export function normaliseWord(word: string): string {
  const lower = word.toLowerCase();
  if (!/[^a-zäöü]/.test(lower)) return lower;
  // Decomposed, the umlauts' diaeresis is kept and every other combining mark dropped.
  return lower
    .replace(/ß/g, "ss")
    .normalize("NFD")
    .replace(/(?<![aou])\u0308|[\u0300-\u0307\u0309-\u036f]/g, "")
    .normalize("NFC");
}

/** Same letters without umlauts (for comparing words typed as "Muetter" or "Mutter" with "Mütter"). */
export function withoutUmlauts(word: string): string {
  return word.replace(/ä/g, "a").replace(/ö/g, "o").replace(/ü/g, "u");
}

export interface Token {
  /** The word, normalised, hyphenated parts joined ("vater-sohn-tag" → "vatersohntag"). */
  word: string;
  /** Parts of a hyphenated word ([] otherwise). */
  hyphenParts: string[];
  /** The word as written. */
  original: string;
}

const isWord = (w: string) => w.length > 1 && !stopwords.has(w) && !/^\d+$/.test(w);

/** Words of a text, normalised; stop words and numbers left out, known abbreviations written out. */
export function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const original of text.split(/[^\p{L}\p{N}-]+/u)) {
    if (original.length === 0) continue;
    if (!original.includes("-")) {
      // The common case: one plain word.
      const lower = normaliseWord(original);
      const word = abbreviations[lower] ?? lower;
      if (isWord(word)) out.push({ word, hyphenParts: [], original });
      continue;
    }
    const pieces = original.split("-").map(normaliseWord).filter((p) => p.length > 0);
    if (pieces.length === 0) continue;
    if (pieces.length === 1) {
      const word = abbreviations[pieces[0]!] ?? pieces[0]!;
      if (isWord(word)) out.push({ word, hyphenParts: [], original });
      continue;
    }
    // "Vater-Sohn-Tag", but also "Kinder- und Jugendhilfe" (a trailing hyphen) and "9-12".
    const parts = pieces.map((p) => abbreviations[p] ?? p).filter(isWord);
    if (parts.length === 0) continue;
    out.push({ word: parts.join(""), hyphenParts: parts.length > 1 ? parts : [], original });
  }
  return out;
}

/** Plain word list of a text (tokens without detail). */
export function words(text: string): string[] {
  return tokens(text).map((t) => t.word);
}

const stemCache = new Map<string, string>();

/** The Snowball stem of a normalised word (umlauts folded to their base vowels, as Snowball does). */
export function stem(word: string): string {
  let stemmed = stemCache.get(word);
  if (stemmed === undefined) {
    stemmed = stemmer(word);
    if (stemCache.size > 200_000) stemCache.clear();
    stemCache.set(word, stemmed);
  }
  return stemmed;
}

/** Whether split a is preferred to split b (see splitCompound). */
function better(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return a.length < b.length;
  const lastA = a[a.length - 1]!.length;
  const lastB = b[b.length - 1]!.length;
  return lastA !== lastB ? lastA > lastB : a[0]!.length > b[0]!.length;
}

const linkingElements = ["", "s", "n", "en", "er", "e", "es"];

/**
 * Splits a compound into parts found in the lexicon, allowing German linking elements between them,
 * e.g. "babymassagekurs" → ["baby", "massage", "kurs"]: the fewest parts, then the longest last part
 * (the head of a German compound), then the longest first part. Returns [] when the word cannot be split completely.
 */
export function splitCompound(word: string, lexicon: ReadonlySet<string>, minPart = 3): string[] {
  if (word.length < 2 * minPart) return [];
  const memo = new Map<number, string[] | null>();
  const solve = (start: number): string[] | null => {
    if (start === word.length) return [];
    if (memo.has(start)) return memo.get(start)!;
    let best: string[] | null = null;
    // The whole word is not a split of itself.
    for (let end = start === 0 ? word.length - minPart : word.length; end - start >= minPart; end--) {
      const part = word.slice(start, end);
      if (!lexicon.has(part)) continue;
      for (const link of linkingElements) {
        if (link && !word.startsWith(link, end)) continue;
        if (end + link.length !== word.length && word.length - end - link.length < minPart) continue;
        const rest = solve(end + link.length);
        if (rest && (!best || better([part, ...rest], best))) best = [part, ...rest];
      }
    }
    memo.set(start, best);
    return best;
  };
  const parts = solve(0);
  return parts && parts.length > 1 ? parts : [];
}
