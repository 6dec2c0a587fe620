// Duplicate flags kept in step with the offerings: a scan per network or neighbourhood, an incremental
// sync for one offering (only against its neighbourhood), and "similar offerings" for the offering form.
// Only published offerings are compared. Open flags follow detection; decided flags stay decided unless
// one side changed materially since the decision (then they reopen with the changes).
import { and, eq, inArray, or } from "drizzle-orm";
import type { DbOrTx } from "@db/client.server";
import { getDb } from "@db/client.server";
import { categories, neighbourhoods, offerings, overlapFlags, overlapNearMisses } from "@db/schema";
import { comparePair, detectPrepared, matchOne, prepare, type FlaggedPair, type Idf, type Prepared } from "./detect";
import type { MatchInput } from "./features";
import { defaultModel, doubtRange } from "./model";
import { categoryNamer } from "./queries.server";
import { renderReasons, type Reason, type StoredReason } from "./reasons";
import { translator } from "~/modules/i18n/translate";
import { groupPairs, type GroupPair } from "./groups";
import { fingerprintChanges, materialFingerprint, type FingerprintSource } from "./fingerprint";
import type { FlagChanges } from "./notify.server";
import { cacheFor, count, idfOf, preparedNeighbourhood, preparedOf, publishedRows, refreshIdf, refreshRelated, selectRows } from "./offering-cache.server";
import { nowMs } from "~/modules/time/clock";

export { clearOverlapCache, loadMatchInputs } from "./offering-cache.server";

/** What syncing needs of an existing flag; reasons as stored (JSON text), compared without parsing. */
interface Flag {
  id: number;
  neighbourhoodId: number | null;
  offeringAId: number;
  offeringBId: number;
  score: number;
  reasonsJson: string;
  status: string;
  fingerprintA: string | null;
  fingerprintB: string | null;
}

const flagColumns = {
  id: overlapFlags.id,
  neighbourhoodId: overlapFlags.neighbourhoodId,
  offeringAId: overlapFlags.offeringAId,
  offeringBId: overlapFlags.offeringBId,
  score: overlapFlags.score,
  reasons: overlapFlags.reasons,
  status: overlapFlags.status,
  fingerprintA: overlapFlags.fingerprintA,
  fingerprintB: overlapFlags.fingerprintB,
};

/** Flags as raw values (a first scan's tens of thousands of flags are read without per-row mapping). */
function selectFlags(db: DbOrTx, where: ReturnType<typeof and>): Flag[] {
  return (db.select(flagColumns).from(overlapFlags).where(where).values() as unknown[][]).map((v) => ({
    id: v[0] as number,
    neighbourhoodId: v[1] as number | null,
    offeringAId: v[2] as number,
    offeringBId: v[3] as number,
    score: v[4] as number,
    reasonsJson: v[5] as string,
    status: v[6] as string,
    fingerprintA: v[7] as string | null,
    fingerprintB: v[8] as string | null,
  }));
}

// ---- Syncing flags ---------------------------------------------------------------------------------

const pairKey = (a: number, b: number) => (a < b ? `${a}|${b}` : `${b}|${a}`);

interface Detected {
  a: number;
  b: number;
  neighbourhoodId: number | null;
  score: number;
  reasons: Reason[];
}

function detected(pair: FlaggedPair): Detected {
  const [a, b] = pair.a.id < pair.b.id ? [pair.a.id, pair.b.id] : [pair.b.id, pair.a.id];
  return { a, b, neighbourhoodId: pair.a.neighbourhoodId, score: pair.score, reasons: pair.reasons };
}

function fingerprintSources(db: DbOrTx, ids: number[]): Map<number, FingerprintSource> {
  if (ids.length === 0) return new Map();
  const rows = db
    .select({
      id: offerings.id, title: offerings.title, description: offerings.description, categoryId: offerings.categoryId,
      ageFromMonths: offerings.ageFromMonths, ageToMonths: offerings.ageToMonths, audiences: offerings.audiences,
      neighbourhoodId: offerings.neighbourhoodId, scheduleKind: offerings.scheduleKind, weekdays: offerings.weekdays,
    })
    .from(offerings)
    .where(inArray(offerings.id, ids))
    .all();
  return new Map(rows.map((r) => [r.id, r]));
}

/** Before/after values a person can read: names for category and neighbourhood, ages in years or months. */
function readable(db: DbOrTx, changes: Record<string, [unknown, unknown]>): Record<string, [unknown, unknown]> {
  const out: Record<string, [unknown, unknown]> = {};
  const name = (table: typeof categories | typeof neighbourhoods, id: unknown) => {
    if (typeof id !== "number") return null;
    if (table === categories) return db.select({ n: categories.nameDe }).from(categories).where(eq(categories.id, id)).get()?.n ?? id;
    return db.select({ n: neighbourhoods.name }).from(neighbourhoods).where(eq(neighbourhoods.id, id)).get()?.n ?? id;
  };
  const ages = (value: unknown) => {
    if (!Array.isArray(value)) return value;
    const [from, to] = value as [number, number];
    return to < 36 ? `${from}–${to} Monate` : `${Math.floor(from / 12)}–${Math.floor(to / 12)} Jahre`;
  };
  for (const [field, [before, after]] of Object.entries(changes)) {
    if (field === "categoryId") out.category = [name(categories, before), name(categories, after)];
    else if (field === "neighbourhoodId") out.neighbourhood = [name(neighbourhoods, before), name(neighbourhoods, after)];
    else if (field === "ages") out.ages = [ages(before), ages(after)];
    else out[field] = [before, after];
  }
  return out;
}

/**
 * Writes detection results for a scope: `existing` are the flags the scope covers (all of them are
 * answered by `found`). New pairs open; open flags follow; open flags no longer found are deleted;
 * decided flags reopen only when a side changed materially since the decision.
 */
function applyDetections(db: DbOrTx, networkId: number, existing: Flag[], found: Detected[]): FlagChanges {
  const changes: FlagChanges = { opened: [], reopened: [] };
  const now = nowMs();
  const byKey = new Map(existing.map((f) => [pairKey(f.offeringAId, f.offeringBId), f]));
  const decided = found.filter((d) => {
    const flag = byKey.get(pairKey(d.a, d.b));
    return flag && flag.status !== "open";
  });
  const sources = fingerprintSources(db, [...new Set(decided.flatMap((d) => [d.a, d.b]))]);
  const foundKeys = new Set<string>();
  // Prepared once: a first scan of a large network inserts tens of thousands of flags.
  const insert = getDb().$client.prepare<[number, number | null, number, number, number, string, number], { id: number }>(
    "INSERT INTO overlap_flags (network_id, neighbourhood_id, offering_a_id, offering_b_id, score, reasons, status, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'open', ?) ON CONFLICT DO NOTHING RETURNING id",
  );
  for (const d of found) {
    const key = pairKey(d.a, d.b);
    foundKeys.add(key);
    const flag = byKey.get(key);
    if (!flag) {
      const row = insert.get(networkId, d.neighbourhoodId, d.a, d.b, d.score, JSON.stringify(d.reasons), now);
      if (row) changes.opened.push(row.id);
      continue;
    }
    if (flag.status === "open") {
      if (flag.score !== d.score || flag.reasonsJson !== JSON.stringify(d.reasons) || flag.neighbourhoodId !== d.neighbourhoodId) {
        db.update(overlapFlags).set({ score: d.score, reasons: d.reasons, neighbourhoodId: d.neighbourhoodId, updatedAt: now }).where(eq(overlapFlags.id, flag.id)).run();
      }
      continue;
    }
    const a = sources.get(d.a);
    const b = sources.get(d.b);
    const changedA = a ? fingerprintChanges(flag.fingerprintA, a) : {};
    const changedB = b ? fingerprintChanges(flag.fingerprintB, b) : {};
    if (Object.keys(changedA).length === 0 && Object.keys(changedB).length === 0) continue;
    const reopenedChanges: Record<string, Record<string, [unknown, unknown]>> = {};
    if (Object.keys(changedA).length > 0) reopenedChanges.a = readable(db, changedA);
    if (Object.keys(changedB).length > 0) reopenedChanges.b = readable(db, changedB);
    db.update(overlapFlags)
      .set({ status: "open", score: d.score, reasons: d.reasons, neighbourhoodId: d.neighbourhoodId, reopenedChanges, updatedAt: now })
      .where(eq(overlapFlags.id, flag.id))
      .run();
    changes.reopened.push(flag.id);
  }
  const stale = existing.filter((f) => f.status === "open" && !foundKeys.has(pairKey(f.offeringAId, f.offeringBId))).map((f) => f.id);
  for (let i = 0; i < stale.length; i += 500) db.delete(overlapFlags).where(inArray(overlapFlags.id, stale.slice(i, i + 500))).run();
  return changes;
}

function flagsOfScope(db: DbOrTx, networkId: number, neighbourhoodIds?: number[]): Flag[] {
  const all = selectFlags(db, eq(overlapFlags.networkId, networkId));
  if (!neighbourhoodIds) return all;
  const hoods = new Set(neighbourhoodIds);
  const ids = [...new Set(all.flatMap((f) => [f.offeringAId, f.offeringBId]))];
  const current = new Map<number, number | null>();
  for (let i = 0; i < ids.length; i += 500) {
    for (const row of db.select({ id: offerings.id, n: offerings.neighbourhoodId }).from(offerings).where(inArray(offerings.id, ids.slice(i, i + 500))).all()) current.set(row.id, row.n);
  }
  const touches = (id: number) => hoods.has(current.get(id) ?? -1);
  return all.filter((f) => (f.neighbourhoodId !== null && hoods.has(f.neighbourhoodId)) || touches(f.offeringAId) || touches(f.offeringBId));
}

/** Runs detection over a network (or some of its neighbourhoods) and brings its flags in line. */
export function scanNetwork(networkId: number, neighbourhoodIds?: number[]): FlagChanges {
  const db = getDb();
  const rows = neighbourhoodIds ? publishedRows(db, networkId, neighbourhoodIds) : publishedRows(db, networkId);
  const cache = refreshIdf(db, networkId, neighbourhoodIds ? undefined : rows);
  refreshRelated(cache, networkId);
  const idf = idfOf(cache);
  const groups = new Map<number, Prepared[]>();
  for (const row of rows) {
    if (row.neighbourhoodId === null) continue;
    const group = groups.get(row.neighbourhoodId) ?? [];
    group.push(preparedOf(cache, row));
    groups.set(row.neighbourhoodId, group);
  }
  const found: Detected[] = [];
  const near: Detected[] = [];
  for (const group of groups.values()) {
    const pairs = detectPrepared(group, idf, { threshold: nearMissFloor, explainFrom: defaultModel.threshold });
    const { flagged, nearMisses } = splitByThreshold(pairs);
    for (const pair of flagged) found.push(detected(pair));
    for (const pair of nearMisses.sort((x, y) => y.score - x.score).slice(0, nearMissesPerNeighbourhood)) near.push(detected(explained(pair, group, idf)));
  }
  return db.transaction(
    (tx) => {
      const existing = flagsOfScope(tx, networkId, neighbourhoodIds);
      const scope = neighbourhoodIds ? inArray(overlapNearMisses.neighbourhoodId, neighbourhoodIds) : undefined;
      tx.delete(overlapNearMisses).where(and(eq(overlapNearMisses.networkId, networkId), scope)).run();
      storeNearMisses(networkId, existing, near);
      return applyDetections(tx, networkId, existing, found);
    },
    { behavior: "immediate" },
  );
}

// ---- Near misses: pairs just below the threshold, for "Bitte prüfen" -------------------------------

const nearMissFloor = doubtRange(defaultModel).low;
const nearMissesPerNeighbourhood = 20;
const nearMissesPerOffering = 5;

function splitByThreshold<T extends { score: number }>(pairs: T[]): { flagged: T[]; nearMisses: T[] } {
  const flagged: T[] = [];
  const nearMisses: T[] = [];
  for (const pair of pairs) (pair.score >= defaultModel.threshold ? flagged : nearMisses).push(pair);
  return { flagged, nearMisses };
}

/** A near miss with its explanation (detection leaves pairs below the threshold unexplained). */
function explained(pair: FlaggedPair, group: Prepared[], idf: Idf): FlaggedPair {
  const a = group.find((p) => p.input.id === pair.a.id);
  const b = group.find((p) => p.input.id === pair.b.id);
  return (a && b && comparePair(a, b, idf)) || pair;
}

/** Stores near misses, leaving out pairs already decided (their flag keeps the decision). */
function storeNearMisses(networkId: number, existing: Flag[], near: Detected[]): void {
  const decided = new Set(existing.filter((f) => f.status !== "open").map((f) => pairKey(f.offeringAId, f.offeringBId)));
  const insert = getDb().$client.prepare<[number, number | null, number, number, number, string]>(
    "INSERT INTO overlap_near_misses (network_id, neighbourhood_id, offering_a_id, offering_b_id, score, reasons) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET score = excluded.score, reasons = excluded.reasons",
  );
  for (const pair of near) if (!decided.has(pairKey(pair.a, pair.b))) insert.run(networkId, pair.neighbourhoodId, pair.a, pair.b, pair.score, JSON.stringify(pair.reasons));
}

/** Incremental: one offering against the published offerings of its neighbourhood (no full rescan). */
export function syncFlagsForOffering(offeringId: number): FlagChanges {
  const db = getDb();
  const target = selectRows(db, eq(offerings.id, offeringId))[0];
  if (!target) return { opened: [], reopened: [] };
  const networkId = target.networkId;
  const existing = selectFlags(db, or(eq(overlapFlags.offeringAId, offeringId), eq(overlapFlags.offeringBId, offeringId)));
  const found: Detected[] = [];
  const near: Detected[] = [];
  if (target.status === "published" && target.neighbourhoodId !== null) {
    const cache = cacheFor(networkId);
    if (cache.marker === "") refreshIdf(db, networkId);
    refreshRelated(cache, networkId);
    const prepared = preparedOf(cache, target);
    count(cache, target.id, prepared.features.codes);
    const others = preparedNeighbourhood(db, cache, networkId, target.neighbourhoodId);
    const { flagged, nearMisses } = splitByThreshold(matchOne(prepared, others, idfOf(cache), { threshold: nearMissFloor }).map(detected));
    for (const pair of flagged) found.push(pair);
    for (const pair of nearMisses.sort((x, y) => y.score - x.score).slice(0, nearMissesPerOffering)) near.push(pair);
  } else {
    count(cacheFor(networkId), offeringId, null);
  }
  return db.transaction(
    (tx) => {
      tx.delete(overlapNearMisses).where(or(eq(overlapNearMisses.offeringAId, offeringId), eq(overlapNearMisses.offeringBId, offeringId))).run();
      storeNearMisses(networkId, existing, near);
      return applyDetections(tx, networkId, existing, found);
    },
    { behavior: "immediate" },
  );
}

export interface DraftContent {
  title: string;
  description: string;
  categoryId: number;
  ageFromMonths: number;
  ageToMonths: number;
  audiences: string[];
  scheduleKind: string;
  weekdays: number[];
  startTime: string | null;
  endTime: string | null;
  centreId: number;
}

export interface SimilarOffering {
  id: number;
  ref: string | null;
  centreId: number;
  title: string;
  score: number;
  reasons: Reason[];
}

/** For the offering form: published offerings of other centres in the neighbourhood that the draft would be flagged with. */
export function findSimilar(networkId: number, neighbourhoodId: number, draft: DraftContent, excludeOfferingId?: number): SimilarOffering[] {
  const db = getDb();
  const category = db.select().from(categories).where(and(eq(categories.id, draft.categoryId), eq(categories.networkId, networkId))).get();
  if (!category) return [];
  const cache = refreshIdf(db, networkId);
  refreshRelated(cache, networkId);
  const input: MatchInput = {
    id: excludeOfferingId ?? -1,
    ref: "~draft",
    centreId: draft.centreId,
    neighbourhoodId,
    title: draft.title,
    description: draft.description,
    category: { key: category.key, area: category.area, name: category.nameDe },
    ageFromMonths: draft.ageFromMonths,
    ageToMonths: draft.ageToMonths,
    audiences: draft.audiences,
    scheduleKind: draft.scheduleKind,
    weekdays: draft.weekdays,
    startTime: draft.startTime,
    endTime: draft.endTime,
    // An offering being edited keeps what its decided duplicates lend it.
    related: excludeOfferingId ? cache.related.get(excludeOfferingId) : undefined,
  };
  const others = preparedNeighbourhood(db, cache, networkId, neighbourhoodId).filter(
    (p) => p.input.id !== excludeOfferingId && p.input.centreId !== draft.centreId,
  );
  return matchOne(prepare(input), others, idfOf(cache))
    .map((pair) => {
      const other = pair.a.ref === "~draft" ? pair.b : pair.a;
      return { id: other.id, ref: other.ref === String(other.id) ? null : other.ref, centreId: other.centreId, title: other.title, score: pair.score, reasons: pair.reasons };
    })
    .sort((x, y) => y.score - x.score);
}

/** Records both sides' current fingerprints on a flag (call when a decision is made). */
export function recordDecisionFingerprints(flagId: number, db: DbOrTx = getDb()): void {
  const flag = db.select().from(overlapFlags).where(eq(overlapFlags.id, flagId)).get();
  if (!flag) return;
  const sources = fingerprintSources(db, [flag.offeringAId, flag.offeringBId]);
  const a = sources.get(flag.offeringAId);
  const b = sources.get(flag.offeringBId);
  db.update(overlapFlags)
    .set({ fingerprintA: a ? materialFingerprint(a) : null, fingerprintB: b ? materialFingerprint(b) : null, reopenedChanges: null })
    .where(eq(overlapFlags.id, flagId))
    .run();
}

export interface GroupView {
  neighbourhood: string;
  /** Refs (ids where there is none), ascending. */
  members: string[];
  score: number;
  reasons: string[];
}

/**
 * Open flags of a network as duplicate groups (see groups.ts), one neighbourhood at a time, as the CLI
 * prints them: memory holds one neighbourhood's flags, not the network's.
 */
export function* openGroups(networkId: number): Generator<GroupView> {
  const client = getDb().$client;
  const flags = client
    .prepare<[number], [number, number, number, number, number, number, string, string, string]>(
      `SELECT f.id, f.offering_a_id, f.offering_b_id, f.score, a.centre_id, b.centre_id,
              coalesce(a.ref, CAST(a.id AS TEXT)), coalesce(b.ref, CAST(b.id AS TEXT)), coalesce(n.name, '')
       FROM overlap_flags f JOIN offerings a ON a.id = f.offering_a_id JOIN offerings b ON b.id = f.offering_b_id
       LEFT JOIN neighbourhoods n ON n.id = a.neighbourhood_id
       WHERE f.network_id = ? AND f.status = 'open'
       ORDER BY a.neighbourhood_id`,
    )
    .raw(true);
  const reasonsOf = client.prepare<[number], { reasons: string }>("SELECT reasons FROM overlap_flags WHERE id = ?");
  // The CLI speaks German.
  const t = translator("de");
  const categoryName = categoryNamer(networkId, "de");
  let hood: string | null = null;
  let pairs: (GroupPair & { flag: number })[] = [];
  const centres = new Map<number, number>();
  const refs = new Map<number, string>();
  function* flush(): Generator<GroupView> {
    const byKey = new Map(pairs.map((p) => [`${p.a}|${p.b}`, p.flag]));
    for (const group of groupPairs(pairs, (id) => centres.get(id)!)) {
      const flag = byKey.get(`${group.strongest.a}|${group.strongest.b}`) ?? byKey.get(`${group.strongest.b}|${group.strongest.a}`)!;
      yield {
        neighbourhood: hood ?? "",
        members: group.members.map((id) => refs.get(id)!).sort(),
        score: group.score,
        reasons: renderReasons(JSON.parse(reasonsOf.get(flag)!.reasons) as StoredReason[], t, categoryName),
      };
    }
    pairs = [];
    centres.clear();
    refs.clear();
  }
  for (const [flag, a, b, score, centreA, centreB, refA, refB, name] of flags.iterate(networkId)) {
    if (hood !== null && name !== hood) yield* flush();
    hood = name;
    pairs.push({ a, b, score, flag });
    centres.set(a, centreA).set(b, centreB);
    refs.set(a, refA).set(b, refB);
  }
  if (pairs.length > 0) yield* flush();
}

