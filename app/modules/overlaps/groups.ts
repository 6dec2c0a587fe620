// Duplicate groups from flagged pairs within one neighbourhood: offerings that all serve the same need.
// Complete linkage, strongest pairs first: two groups merge only when every two of their members from
// different centres are a flagged pair, so a group never chains unlike offerings. Flagged pairs that end
// up split across groups stay as groups of two, so no flagged pair is lost.

export interface GroupPair {
  a: number;
  b: number;
  score: number;
}

export interface DuplicateGroup {
  /** Offering ids, ascending. */
  members: number[];
  /** The weakest pair of different centres in the group (its confidence). */
  score: number;
  /** The group's strongest pair (whose explanation speaks for the group). */
  strongest: GroupPair;
}

const key = (a: number, b: number) => (a < b ? `${a}|${b}` : `${b}|${a}`);

export function groupPairs(pairs: readonly GroupPair[], centreOf: (offering: number) => number): DuplicateGroup[] {
  const scores = new Map<string, number>();
  for (const p of pairs) scores.set(key(p.a, p.b), p.score);
  const clusterOf = new Map<number, number[]>();
  const clusterFor = (id: number) => {
    let cluster = clusterOf.get(id);
    if (!cluster) clusterOf.set(id, (cluster = [id]));
    return cluster;
  };
  const ordered = [...pairs].sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  for (const p of ordered) {
    const left = clusterFor(p.a);
    const right = clusterFor(p.b);
    if (left === right) continue;
    const linked = left.every((x) => right.every((y) => centreOf(x) === centreOf(y) || scores.has(key(x, y))));
    if (!linked) continue;
    const merged = [...left, ...right];
    for (const id of merged) clusterOf.set(id, merged);
  }
  const groups: DuplicateGroup[] = [];
  const seen = new Set<number[]>();
  const covered = new Set<string>();
  for (const cluster of clusterOf.values()) {
    if (seen.has(cluster) || cluster.length < 2) continue;
    seen.add(cluster);
    const members = [...cluster].sort((x, y) => x - y);
    let score = Infinity;
    let strongest: GroupPair | undefined;
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const k = key(members[i]!, members[j]!);
        const s = scores.get(k);
        if (s === undefined) continue;
        covered.add(k);
        score = Math.min(score, s);
        if (!strongest || s > strongest.score) strongest = { a: members[i]!, b: members[j]!, score: s };
      }
    }
    if (strongest) groups.push({ members, score, strongest });
  }
  for (const p of ordered) {
    if (covered.has(key(p.a, p.b))) continue;
    const members = p.a < p.b ? [p.a, p.b] : [p.b, p.a];
    groups.push({ members, score: p.score, strongest: p });
  }
  return groups.sort((x, y) => y.members.length - x.members.length || y.score - x.score || x.members[0]! - y.members[0]!);
}
