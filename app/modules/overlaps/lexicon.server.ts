// German word list for compound splitting: the hunspell de_DE dictionary (package dictionary-de,
// igerman98) with its suffix rules applied one level deep, so that derived and inflected forms count too
// ("beraten" → "Beratung", "Beratungs-"), read once per process. Words are lower-cased as the tokenizer
// does (ß → ss, other diacritics than umlauts dropped); verbs also count by their stem ("spielen" →
// "spiel"), which is how they appear as the first part of compounds ("Spielgruppe").
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { normaliseWord } from "./german";

let lexicon: ReadonlySet<string> | undefined;

interface SuffixRule {
  strip: string;
  add: string;
  condition: RegExp;
}

function dictionaryFile(name: string): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve("dictionary-de")), name);
}

/** Suffix rules by flag from the affix file (`SFX flag strip add condition`). */
function suffixRules(aff: string): Map<string, SuffixRule[]> {
  const rules = new Map<string, SuffixRule[]>();
  for (const line of aff.split("\n")) {
    const parts = line.trim().split(/\s+/);
    if (parts[0] !== "SFX" || parts.length < 5) continue;
    const [, flag, strip, rawAdd, condition] = parts as [string, string, string, string, string];
    const add = rawAdd.split("/")[0]!;
    const list = rules.get(flag!) ?? [];
    list.push({ strip: strip === "0" ? "" : strip, add: add === "0" ? "" : add, condition: new RegExp(`${condition}$`, "u") });
    rules.set(flag!, list);
  }
  return rules;
}

/** The forbidden-word flag of the affix file (entries marked with it are not words). */
const forbiddenFlag = (aff: string) => /^FORBIDDENWORD\s+(\S+)/m.exec(aff)?.[1];

/** The dictionary's words and their suffixed forms (normalised, at least 3 letters) plus verb stems. */
export function germanLexicon(): ReadonlySet<string> {
  if (lexicon) return lexicon;
  const aff = fs.readFileSync(dictionaryFile("index.aff"), "utf8");
  const rules = suffixRules(aff);
  const forbidden = forbiddenFlag(aff);
  const words = new Set<string>();
  const add = (form: string) => {
    if (form.length >= 3) words.add(normaliseWord(form));
  };
  const lines = fs.readFileSync(dictionaryFile("index.dic"), "utf8").split("\n");
  // The first line is the entry count; entries are "word/FLAGS" (flags optional).
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line || line.startsWith("#")) continue;
    const slash = line.indexOf("/");
    const word = slash >= 0 ? line.slice(0, slash) : line;
    const flags = slash >= 0 ? line.slice(slash + 1) : "";
    if (/[^\p{L}]/u.test(word) || (forbidden && flags.includes(forbidden))) continue;
    add(word);
    for (const flag of flags) {
      for (const rule of rules.get(flag) ?? []) {
        if (!rule.condition.test(word) || !word.endsWith(rule.strip)) continue;
        add(word.slice(0, word.length - rule.strip.length) + rule.add);
      }
    }
    // Infinitives: the stem is the first part of compounds.
    const lower = normaliseWord(word);
    if (word[0] === lower[0] && lower.length >= 6 && lower.endsWith("en")) words.add(lower.slice(0, -2));
    else if (word[0] === lower[0] && lower.length >= 6 && /[lr]n$/.test(lower)) words.add(lower.slice(0, -1));
  }
  lexicon = words;
  return words;
}
