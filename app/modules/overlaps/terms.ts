// Terms as small integers: every term ("c:concept", "w:stem", "m:minor") gets an id the first time it is
// seen, so that features are packed integer arrays and weights live in typed arrays indexed by id. The
// table is process-wide and only grows (by the distinct vocabulary of the texts, not by their number).
import { audienceConcepts } from "./vocabulary";

const idByName = new Map<string, number>();
const names: string[] = [];
let topicWeights = new Float64Array(1024);

/** Terms that name who an offering is for count less as topic than what it is; where and when, least. */
export function topicWeight(term: string): number {
  if (term.startsWith("m:")) return 0.2;
  return term.startsWith("c:") && audienceConcepts.has(term.slice(2)) ? 0.5 : 1;
}

/** The id of a term, assigned on first sight. */
export function termId(name: string): number {
  let id = idByName.get(name);
  if (id === undefined) {
    id = names.length;
    names.push(name);
    idByName.set(name, id);
    if (id >= topicWeights.length) {
      const grown = new Float64Array(topicWeights.length * 2);
      grown.set(topicWeights);
      topicWeights = grown;
    }
    topicWeights[id] = topicWeight(name);
  }
  return id;
}

/** The id of a term if it was ever seen. */
export function knownTermId(name: string): number | undefined {
  return idByName.get(name);
}

export function termName(id: number): string {
  return names[id]!;
}

/** How many terms have ids (all ids are below this). */
export function termCount(): number {
  return names.length;
}

/** topicWeight of a term by id. */
export function topicWeightOf(id: number): number {
  return topicWeights[id]!;
}
