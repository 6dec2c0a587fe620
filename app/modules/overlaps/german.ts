// German text normalisation for comparing offerings: case, umlauts, stop words, light stemming and
// compound splitting against a lexicon of known word parts.

const stopwords = new Set(
  `aber alle allem allen aller alles als also am an ans auch auf aus bei beim bis bzw da dabei damit dann das dass
  dem den denen der des dessen die dies diese diesem diesen dieser dieses doch dort du durch ein eine einem einen
  einer eines einmal er es etwa euch euer fuer gegen habe haben hat hier ihr ihre ihrem ihren ihrer im in ins ist
  ja je jede jedem jeden jeder jedes jetzt kann kein keine koennen mal man mehr mit moechten muss nach neben nicht
  noch nun nur ob oder ohne sehr sein seine sich sie sind so sowie statt um und uns unser unsere unter vom von vor
  waehrend was weil welche wenn wer wie wir wird wo zu zum zur zwischen ab ca inkl usw sowie gerne gern immer
  jeweils ganz viel viele vielen etc neu neue neuen neuer`.split(/\s+/),
);

/** Lower case, umlauts as ae/oe/ue, ß as ss, other diacritics removed. */
export function foldText(text: string): string {
  const folded = text.toLowerCase().replace(/[äöüß]/g, (c) => umlauts[c]!);
  // Decomposing is only needed for other non-ASCII letters (é, ç …); most German text has none left.
  return /[\u0080-\uffff]/.test(folded) ? folded.normalize("NFKD").replace(/[\u0300-\u036f]/g, "") : folded;
}

const umlauts: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss" };

const digitsOnly = /^\d+$/;
const nonAscii = /[\u0080-\uffff]/;

const isWord = (w: string) => w.length > 1 && !stopwords.has(w) && !digitsOnly.test(w);

/** Words of a text (folded), hyphenated compounds kept together as one word without hyphens. */
export function words(text: string): string[] {
  return foldText(text)
    .replace(/(\p{L})-(\p{L})/gu, "$1$2")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(isWord);
}

/**
 * Folded text with every run of characters other than letters and digits as one space (the form in
 * which phrases are matched); `folded` keeps the punctuation. ASCII text takes a cheaper path.
 */
export function foldAndSpace(text: string): { folded: string; spaced: string } {
  const folded = foldText(text);
  const spaced = nonAscii.test(folded) ? folded.replace(/[^\p{L}\p{N}]+/gu, " ") : folded.replace(/[^a-z0-9]+/g, " ");
  return { folded, spaced };
}

/** words() of text from foldAndSpace (same result; splits plain ASCII on spaces without folding again). */
export function wordsOfSpaced(spaced: string): string[] {
  if (nonAscii.test(spaced)) return words(spaced);
  const out: string[] = [];
  for (const w of spaced.split(" ")) if (isWord(w)) out.push(w);
  return out;
}

const suffixes = ["innen", "ungen", "heiten", "keiten", "chen", "ern", "em", "en", "er", "es", "in", "e", "n", "s"];

/** Light stemming: strips common inflection suffixes while keeping at least four letters. */
export function stem(word: string): string {
  for (const suffix of suffixes) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 4) return word.slice(0, -suffix.length);
  }
  return word;
}

const linkingElements = ["", "s", "n", "en", "er", "e", "es"];

/**
 * Splits a compound into known parts (longest first), allowing German linking elements between them,
 * e.g. "babymassagekurs" → ["baby", "massage", "kurs"]. Returns [] when it cannot split completely.
 */
export function splitCompound(word: string, lexicon: ReadonlySet<string>, minPart = 3): string[] {
  const memo = new Map<number, string[] | null>();
  const solve = (start: number): string[] | null => {
    if (start === word.length) return [];
    if (memo.has(start)) return memo.get(start)!;
    let best: string[] | null = null;
    for (let end = word.length; end - start >= minPart; end--) {
      const part = word.slice(start, end);
      const known = lexicon.has(part) ? part : lexicon.has(stem(part)) ? stem(part) : null;
      if (!known) continue;
      for (const link of linkingElements) {
        if (link && !word.startsWith(link, end)) continue;
        const rest = solve(end + link.length);
        if (rest && (!best || rest.length + 1 < best.length)) best = [known, ...rest];
      }
      if (best) break;
    }
    memo.set(start, best);
    return best;
  };
  const parts = solve(0);
  return parts && parts.length > 1 ? parts : [];
}
