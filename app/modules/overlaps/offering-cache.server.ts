// What detection reads: published offerings as MatchInput, and per network an in-memory cache of their
// prepared features and of the document frequencies behind the IDF weights. The IDF is recounted when a
// cheap marker of the network's published offerings (count, latest update, id sum) changes; an incremental
// sync adjusts the counts for its one offering instead.
import { and, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "@db/client.server";
import { getDb } from "@db/client.server";
import { categories, offerings } from "@db/schema";
import { prepare, type Idf, type Prepared } from "./detect";
import type { MatchInput } from "./features";
import { knownTermId, termCount } from "./terms";

// Read as raw value arrays (no per-row mapping by the ORM): 100,000 offerings are read in one scan.
const columns = {
  id: offerings.id,
  networkId: offerings.networkId,
  ref: offerings.ref,
  centreId: offerings.centreId,
  neighbourhoodId: offerings.neighbourhoodId,
  title: offerings.title,
  description: offerings.description,
  categoryId: offerings.categoryId,
  ageFromMonths: offerings.ageFromMonths,
  ageToMonths: offerings.ageToMonths,
  audiences: offerings.audiences,
  scheduleKind: offerings.scheduleKind,
  weekdays: offerings.weekdays,
  startTime: offerings.startTime,
  endTime: offerings.endTime,
  status: offerings.status,
  updatedAt: offerings.updatedAt,
};

/** An offering as detection reads it: its MatchInput plus what the cache and the sync need. */
export interface Row extends MatchInput {
  networkId: number;
  status: string;
  updatedAt: number;
}

function toInput(row: Row): MatchInput {
  return row;
}

// The cache keeps every published offering's row: short values that recur (times, kinds, statuses, lists
// such as "[2]") are shared instead of held once per row. Detection never mutates them.
const shared = new Map<string, unknown>();

function sharedValue<T>(text: string, make: () => T): T {
  let value = shared.get(text) as T | undefined;
  if (value === undefined) {
    if (shared.size > 10_000) shared.clear();
    shared.set(text, (value = make()));
  }
  return value;
}

const sharedString = (value: unknown) => (typeof value === "string" && value.length <= 16 ? sharedValue(value, () => value) : (value as string | null));

function jsonList<T>(value: unknown): T[] {
  if (typeof value !== "string") return [];
  const parse = () => {
    const parsed = JSON.parse(value) as unknown;
    return Object.freeze(Array.isArray(parsed) ? (parsed as T[]) : []) as T[];
  };
  return value.length <= 32 ? sharedValue(`json:${value}`, parse) : parse();
}

type Category = MatchInput["category"];

function categoryMap(db: DbOrTx): Map<number, Category> {
  return new Map(
    db
      .select({ id: categories.id, key: categories.key, area: categories.area, name: categories.nameDe })
      .from(categories)
      .all()
      .map((c) => [c.id, { key: c.key, area: c.area, name: c.name }]),
  );
}

export function selectRows(db: DbOrTx, where: ReturnType<typeof and>): Row[] {
  const byId = categoryMap(db);
  // Row by row (iterate), so the raw value arrays die young instead of all living until the end.
  const query = db.select(columns).from(offerings).where(where).toSQL();
  const statement = getDb().$client.prepare(query.sql).raw(true);
  const rows: Row[] = [];
  for (const v of statement.iterate(...query.params) as IterableIterator<unknown[]>) {
    const category = byId.get(v[7] as number);
    if (!category) continue;
    const id = v[0] as number;
    rows.push({
      id,
      ref: (v[2] as string | null) ?? String(id),
      centreId: v[3] as number,
      neighbourhoodId: v[4] as number | null,
      title: v[5] as string,
      description: v[6] as string,
      category,
      ageFromMonths: v[8] as number,
      ageToMonths: v[9] as number,
      audiences: jsonList<string>(v[10]),
      scheduleKind: sharedString(v[11])!,
      weekdays: jsonList<number>(v[12]),
      startTime: sharedString(v[13]),
      endTime: sharedString(v[14]),
      networkId: v[1] as number,
      status: sharedString(v[15])!,
      updatedAt: v[16] as number,
    });
  }
  return rows;
}

/** Published offerings of a network (optionally only some neighbourhoods) as detection input. */
export function loadMatchInputs(networkId: number, neighbourhoodIds?: number[], db: DbOrTx = getDb()): MatchInput[] {
  return publishedRows(db, networkId, neighbourhoodIds).map(toInput);
}

export function publishedRows(db: DbOrTx, networkId: number, neighbourhoodIds?: number[]): Row[] {
  const scope = neighbourhoodIds ? inArray(offerings.neighbourhoodId, neighbourhoodIds) : undefined;
  return selectRows(db, and(eq(offerings.networkId, networkId), eq(offerings.status, "published"), scope));
}

// ---- Features and IDF, cached per network ----------------------------------------------------------

interface Cached {
  updatedAt: number;
  prepared: Prepared;
}

export interface NetworkCache {
  features: Map<number, Cached>;
  /** Document frequency per term id. */
  df: Int32Array;
  /** Offering ids counted in df, with the term codes (see Features.codes) they were counted with. */
  counted: Map<number, Int32Array>;
  marker: string;
  /** Per offering: the texts of the offerings it was decided to duplicate (see MatchInput.related). */
  related: Map<number, string[]>;
  relatedMarker: string;
}

const pseudoDocuments = 20;
const caches = new Map<number, NetworkCache>();

export function cacheFor(networkId: number): NetworkCache {
  let cache = caches.get(networkId);
  if (!cache) caches.set(networkId, (cache = { features: new Map(), df: new Int32Array(1024), counted: new Map(), marker: "", related: new Map(), relatedMarker: "" }));
  return cache;
}

export function preparedOf(cache: NetworkCache, row: Row): Prepared {
  const hit = cache.features.get(row.id);
  if (hit && hit.updatedAt === row.updatedAt) return hit.prepared;
  const related = cache.related.get(row.id);
  const prepared = prepare(related ? { ...toInput(row), related } : toInput(row));
  cache.features.set(row.id, { updatedAt: row.updatedAt, prepared });
  return prepared;
}

/** Counts an offering's terms in the document frequencies instead of what it was counted with (null: removes it). */
export function count(cache: NetworkCache, id: number, codes: Int32Array | null) {
  const before = cache.counted.get(id);
  if (before) for (const code of before) if (cache.df[code >> 2]! > 0) cache.df[code >> 2]!--;
  cache.counted.delete(id);
  if (!codes) return;
  const size = termCount();
  if (cache.df.length < size) {
    const grown = new Int32Array(Math.max(size, cache.df.length * 2));
    grown.set(cache.df);
    cache.df = grown;
  }
  for (const code of codes) cache.df[code >> 2]!++;
  cache.counted.set(id, codes);
}

/**
 * A neighbourhood's published offerings, prepared: only ids and update stamps are read for offerings the
 * cache already holds; the full rows only for the others (keeps incremental syncs fast).
 */
export function preparedNeighbourhood(db: DbOrTx, cache: NetworkCache, networkId: number, neighbourhoodId: number): Prepared[] {
  const stamps = db
    .select({ id: offerings.id, updatedAt: offerings.updatedAt })
    .from(offerings)
    .where(and(eq(offerings.networkId, networkId), eq(offerings.status, "published"), eq(offerings.neighbourhoodId, neighbourhoodId)))
    .values() as [number, number][];
  const missing = stamps.filter(([id, updatedAt]) => cache.features.get(id)?.updatedAt !== updatedAt).map(([id]) => id);
  for (let i = 0; i < missing.length; i += 500) {
    for (const row of selectRows(db, inArray(offerings.id, missing.slice(i, i + 500)))) preparedOf(cache, row);
  }
  const prepared: Prepared[] = [];
  for (const [id] of stamps) {
    const hit = cache.features.get(id);
    if (hit) prepared.push(hit.prepared);
  }
  return prepared;
}

/** A cheap marker of the network's published offerings: when it changes, the IDF is recounted. */
function changeMarker(db: DbOrTx, networkId: number): string {
  const row = db
    .select({ n: sql<number>`count(*)`, max: sql<number>`coalesce(max(${offerings.updatedAt}), 0)`, sum: sql<number>`coalesce(sum(${offerings.id}), 0)` })
    .from(offerings)
    .where(and(eq(offerings.networkId, networkId), eq(offerings.status, "published")))
    .get();
  return `${row?.n}:${row?.max}:${row?.sum}`;
}

/** Recounts document frequencies over all published offerings of the network when they changed. */
export function refreshIdf(db: DbOrTx, networkId: number, loaded?: Row[]): NetworkCache {
  const cache = cacheFor(networkId);
  const marker = changeMarker(db, networkId);
  if (marker === cache.marker) return cache;
  const rows = loaded ?? publishedRows(db, networkId);
  const live = new Set<number>();
  cache.df = new Int32Array(Math.max(1024, termCount()));
  cache.counted = new Map();
  for (const row of rows) {
    live.add(row.id);
    count(cache, row.id, preparedOf(cache, row).features.codes);
  }
  for (const id of cache.features.keys()) if (!live.has(id)) cache.features.delete(id);
  cache.marker = marker;
  return cache;
}

/** IDF per term from the cached counts (a snapshot is taken per detection run, see detect.ts). */
export function idfOf(cache: NetworkCache): Idf {
  const n = cache.counted.size + pseudoDocuments;
  const byId = (id: number) => Math.log(1 + n / ((cache.df[id] ?? 0) + 1));
  return {
    byId,
    get: (term: string) => {
      const id = knownTermId(term);
      return id === undefined ? Math.log(1 + n) : byId(id);
    },
  };
}

/**
 * Learning from decisions: offerings decided to duplicate each other ("Doppelangebot", also when kept on
 * purpose) lend each other their titles (descriptions would bring in more noise than need). Reloaded when a decision or one of the offerings
 * changes; offerings whose related texts changed are prepared again.
 */
export function refreshRelated(cache: NetworkCache, networkId: number): void {
  const client = getDb().$client;
  const decided = `FROM overlap_flags f JOIN offerings a ON a.id = f.offering_a_id JOIN offerings b ON b.id = f.offering_b_id
    WHERE f.network_id = ? AND f.status IN ('duplicate', 'intentional')`;
  const marker = client
    .prepare<[number], unknown[]>(`SELECT count(*), max(f.updated_at), max(a.updated_at), max(b.updated_at) ${decided}`)
    .raw(true)
    .get(networkId)!
    .join(":");
  if (marker === cache.relatedMarker) return;
  const next = new Map<number, string[]>();
  const add = (id: number, text: string) => next.set(id, [...(next.get(id) ?? []), text]);
  const rows = client.prepare<[number], [number, number, string, string]>(`SELECT a.id, b.id, a.title, b.title ${decided}`).raw(true);
  for (const [a, b, titleA, titleB] of rows.iterate(networkId)) {
    add(a, titleB);
    add(b, titleA);
  }
  const same = (x: string[] | undefined, y: string[] | undefined) => (x ?? []).join("\u0000") === (y ?? []).join("\u0000");
  for (const id of new Set([...cache.related.keys(), ...next.keys()])) if (!same(cache.related.get(id), next.get(id))) cache.features.delete(id);
  cache.related = next;
  cache.relatedMarker = marker;
}

/** Drops the cached features and IDF (tests, or after bulk changes made outside the app's paths). */
export function clearOverlapCache(networkId?: number): void {
  if (networkId === undefined) caches.clear();
  else caches.delete(networkId);
}
