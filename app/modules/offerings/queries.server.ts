// Offering lists (network-wide and per centre): filters from the URL, full-text search, sort, pages.
import { and, asc, desc, eq, gte, inArray, lt, lte, ne, sql, type SQL } from "drizzle-orm";
import { getDb } from "@db/client.server";
import { categories, centres, neighbourhoods, offeringDates, offerings } from "@db/schema";
import { statuses, type OfferingStatus } from "./options";
import { nowMs } from "~/modules/time/clock";

export const pageSize = 25;
export const sorts = ["title", "centre", "updated", "verified"] as const;
export type Sort = (typeof sorts)[number];
export const statusFilters = ["active", "all", ...statuses] as const;
export type StatusFilter = (typeof statusFilters)[number];

/** The filters as they stand in the URL (strings, so that the form can show them again). */
export interface OfferingFilter {
  q: string;
  neighbourhood: string;
  category: string;
  centre: string;
  age: string;
  ageUnit: "years" | "months";
  weekday: string;
  language: string;
  status: StatusFilter;
  stale: boolean;
  sort: Sort;
  page: number;
}

const slugLike = /^[a-z0-9][a-z0-9-]{0,79}$/;

/** Reads the filters from a query string; anything malformed is ignored rather than refused. */
export function parseOfferingFilter(params: URLSearchParams): OfferingFilter {
  const get = (name: string) => (params.get(name) ?? "").trim();
  const pick = <T extends string>(value: string, allowed: readonly T[], fallback: T): T =>
    (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
  const page = Number(get("page"));
  return {
    q: get("q").slice(0, 200),
    neighbourhood: slugLike.test(get("neighbourhood")) ? get("neighbourhood") : "",
    category: slugLike.test(get("category")) ? get("category") : "",
    centre: slugLike.test(get("centre")) ? get("centre") : "",
    age: /^\d{1,4}$/.test(get("age")) ? String(Number(get("age"))) : "",
    ageUnit: get("ageUnit") === "months" ? "months" : "years",
    weekday: /^[1-7]$/.test(get("weekday")) ? get("weekday") : "",
    language: /^[a-z]{2}$/.test(get("language")) ? get("language") : "",
    status: pick(get("status"), statusFilters, "active"),
    stale: ["1", "on", "true"].includes(get("stale")),
    sort: pick(get("sort"), sorts, "title"),
    page: Number.isInteger(page) && page >= 1 && page < 100_000 ? page : 1,
  };
}

/** The query string for a filter (defaults left out), e.g. for pagination links. */
export function filterQuery(filter: OfferingFilter, changes: Partial<OfferingFilter> = {}): string {
  const merged = { ...filter, ...changes };
  const params = new URLSearchParams();
  if (merged.q) params.set("q", merged.q);
  for (const key of ["neighbourhood", "category", "centre", "weekday", "language"] as const) if (merged[key]) params.set(key, merged[key]);
  if (merged.age) {
    params.set("age", merged.age);
    if (merged.ageUnit === "months") params.set("ageUnit", "months");
  }
  if (merged.status !== "active") params.set("status", merged.status);
  if (merged.stale) params.set("stale", "1");
  if (merged.sort !== "title") params.set("sort", merged.sort);
  if (merged.page > 1) params.set("page", String(merged.page));
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** Offerings confirmed before this moment are stale (the same rule as isStale in offerings.server.ts). */
export function staleBefore(staleAfterMonths: number, now = nowMs()): number {
  const limit = new Date(now);
  limit.setMonth(limit.getMonth() - staleAfterMonths);
  return limit.getTime();
}

/**
 * The full-text condition for a search text: every term of three or more characters must occur in title
 * or description (FTS5 trigram: case, umlauts and word parts do not matter); shorter terms must occur in
 * the title. Terms are quoted, so nothing typed is read as FTS5 syntax.
 */
export function searchCondition(q: string): SQL | null {
  const terms = q.split(/\s+/).map((term) => term.trim()).filter(Boolean).slice(0, 12);
  if (terms.length === 0) return null;
  const long = terms.filter((term) => [...term].length >= 3);
  const short = terms.filter((term) => [...term].length < 3);
  const conditions: SQL[] = [];
  if (long.length > 0) {
    const match = long.map((term) => `"${term.replace(/"/g, '""')}"`).join(" AND ");
    conditions.push(sql`${offerings.id} in (select rowid from offerings_fts where offerings_fts match ${match})`);
  }
  for (const term of short) {
    const pattern = `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(sql`${offerings.title} like ${pattern} escape '\\'`);
  }
  return and(...conditions)!;
}

export interface ListScope {
  network: { id: number; staleAfterMonths: number };
  /** The per-centre list: only this centre's offerings (the centre filter is ignored). */
  centreId?: number;
  now?: number;
}

/**
 * Who and when: the child's age (in years or months), a weekday the offering takes place on, a language
 * it is held in. Shared by the members' offering list and the public guide.
 */
export function audienceConditions(filter: { age?: string; ageUnit?: "years" | "months"; weekday?: string; language?: string }): SQL[] {
  const conditions: SQL[] = [];
  if (filter.age) {
    const n = Number(filter.age);
    const [low, high] = filter.ageUnit === "months" ? [n, n] : [n * 12, n * 12 + 11];
    conditions.push(lte(offerings.ageFromMonths, high), gte(offerings.ageToMonths, low));
  }
  if (filter.weekday) {
    const day = Number(filter.weekday);
    conditions.push(sql`((${offerings.scheduleKind} = 'weekly' and exists (select 1 from json_each(${offerings.weekdays}) where value = ${day}))
      or (${offerings.scheduleKind} = 'dates' and exists (select 1 from ${offeringDates} d where d.offering_id = ${offerings.id}
        and ((cast(strftime('%w', d.date) as integer) + 6) % 7) + 1 = ${day})))`);
  }
  if (filter.language) conditions.push(sql`exists (select 1 from json_each(${offerings.languages}) where value = ${filter.language})`);
  return conditions;
}

function conditionsFor(filter: OfferingFilter, scope: ListScope, limit: number): SQL[] {
  const conditions: SQL[] = [eq(offerings.networkId, scope.network.id)];
  if (scope.centreId !== undefined) conditions.push(eq(offerings.centreId, scope.centreId));
  else if (filter.centre) conditions.push(eq(centres.slug, filter.centre));
  if (filter.neighbourhood) conditions.push(eq(neighbourhoods.slug, filter.neighbourhood));
  if (filter.category) conditions.push(eq(categories.key, filter.category));
  conditions.push(...audienceConditions(filter));
  if (filter.status === "active") conditions.push(ne(offerings.status, "archived"));
  else if (filter.status !== "all") conditions.push(eq(offerings.status, filter.status));
  if (filter.stale) conditions.push(lt(offerings.verifiedAt, limit));
  const search = searchCondition(filter.q);
  if (search) conditions.push(search);
  return conditions;
}

/** A sort key for German text: case-insensitive, umlauts as their base letter (ä after a, before b). */
function germanKey(column: SQL | typeof offerings.title | typeof centres.name): SQL {
  let key: SQL = sql`${column}`;
  for (const [from, to] of [["Ä", "a"], ["Ö", "o"], ["Ü", "u"], ["ä", "a"], ["ö", "o"], ["ü", "u"], ["ß", "ss"]]) {
    key = sql`replace(${key}, ${from}, ${to})`;
  }
  return sql`lower(${key})`;
}

const orderings: Record<Sort, SQL[]> = {
  title: [germanKey(offerings.title), asc(offerings.id)],
  centre: [germanKey(centres.name), germanKey(offerings.title), asc(offerings.id)],
  updated: [desc(offerings.updatedAt), desc(offerings.id)],
  verified: [asc(offerings.verifiedAt), asc(offerings.id)],
};

export interface OfferingListRow {
  id: number;
  title: string;
  centreName: string;
  centreSlug: string;
  neighbourhood: string | null;
  categoryDe: string;
  categoryEn: string;
  ageFromMonths: number;
  ageToMonths: number;
  scheduleKind: "weekly" | "dates" | "appointment";
  weekdays: number[];
  startTime: string | null;
  endTime: string | null;
  validFrom: string | null;
  validUntil: string | null;
  dates: { date: string; startTime: string; endTime: string }[];
  status: OfferingStatus;
  updatedAt: number;
  verifiedAt: number;
  stale: boolean;
}

/** One page of offerings for the filter, the total, and how many of the scope's offerings are stale. */
export function listOfferings(filter: OfferingFilter, scope: ListScope) {
  const db = getDb();
  const limit = staleBefore(scope.network.staleAfterMonths, scope.now);
  const where = and(...conditionsFor(filter, scope, limit));
  const total =
    db
      .select({ n: sql<number>`count(*)` })
      .from(offerings)
      .innerJoin(centres, eq(centres.id, offerings.centreId))
      .innerJoin(categories, eq(categories.id, offerings.categoryId))
      .leftJoin(neighbourhoods, eq(neighbourhoods.id, offerings.neighbourhoodId))
      .where(where)
      .get()?.n ?? 0;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(filter.page, pages);
  const rows = db
    .select({
      id: offerings.id,
      title: offerings.title,
      centreName: centres.name,
      centreSlug: centres.slug,
      neighbourhood: neighbourhoods.name,
      categoryDe: categories.nameDe,
      categoryEn: categories.nameEn,
      ageFromMonths: offerings.ageFromMonths,
      ageToMonths: offerings.ageToMonths,
      scheduleKind: offerings.scheduleKind,
      weekdays: offerings.weekdays,
      startTime: offerings.startTime,
      endTime: offerings.endTime,
      validFrom: offerings.validFrom,
      validUntil: offerings.validUntil,
      status: offerings.status,
      updatedAt: offerings.updatedAt,
      verifiedAt: offerings.verifiedAt,
    })
    .from(offerings)
    .innerJoin(centres, eq(centres.id, offerings.centreId))
    .innerJoin(categories, eq(categories.id, offerings.categoryId))
    .leftJoin(neighbourhoods, eq(neighbourhoods.id, offerings.neighbourhoodId))
    .where(where)
    .orderBy(...orderings[filter.sort])
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .all();
  const datesOf = singleDates(rows.filter((r) => r.scheduleKind === "dates").map((r) => r.id));
  const list: OfferingListRow[] = rows.map((row) => ({
    ...row,
    dates: datesOf.get(row.id) ?? [],
    stale: row.status !== "archived" && row.verifiedAt < limit,
  }));
  return { rows: list, total, page, pages, staleCount: countStale(scope, limit) };
}

function singleDates(ids: number[]) {
  const byOffering = new Map<number, { date: string; startTime: string; endTime: string }[]>();
  if (ids.length === 0) return byOffering;
  const rows = getDb()
    .select()
    .from(offeringDates)
    .where(inArray(offeringDates.offeringId, ids))
    .orderBy(asc(offeringDates.date), asc(offeringDates.startTime))
    .all();
  for (const row of rows) {
    const list = byOffering.get(row.offeringId) ?? [];
    list.push({ date: row.date, startTime: row.startTime, endTime: row.endTime });
    byOffering.set(row.offeringId, list);
  }
  return byOffering;
}

/** Stale offerings (not archived) of the network or of one centre. */
function countStale(scope: ListScope, limit: number): number {
  const conditions = [eq(offerings.networkId, scope.network.id), ne(offerings.status, "archived"), lt(offerings.verifiedAt, limit)];
  if (scope.centreId !== undefined) conditions.push(eq(offerings.centreId, scope.centreId));
  return getDb().select({ n: sql<number>`count(*)` }).from(offerings).where(and(...conditions)).get()?.n ?? 0;
}

/** Per centre: how many offerings are stale and when the oldest was last confirmed (the coordinator's overview). */
export function staleByCentre(network: { id: number; staleAfterMonths: number }, now = nowMs()) {
  const limit = staleBefore(network.staleAfterMonths, now);
  return getDb()
    .select({
      slug: centres.slug,
      name: centres.name,
      stale: sql<number>`count(${offerings.id}) filter (where ${offerings.status} <> 'archived' and ${offerings.verifiedAt} < ${limit})`,
      active: sql<number>`count(${offerings.id}) filter (where ${offerings.status} <> 'archived')`,
      oldest: sql<number | null>`min(${offerings.verifiedAt}) filter (where ${offerings.status} <> 'archived')`,
    })
    .from(centres)
    .leftJoin(offerings, eq(offerings.centreId, centres.id))
    .where(eq(centres.networkId, network.id))
    .groupBy(centres.id)
    .orderBy(asc(centres.name))
    .all();
}

/** Choices for the filter form: the network's neighbourhoods, categories and centres. */
export function filterChoices(networkId: number) {
  const db = getDb();
  return {
    neighbourhoods: db.select({ slug: neighbourhoods.slug, name: neighbourhoods.name }).from(neighbourhoods).where(eq(neighbourhoods.networkId, networkId)).orderBy(asc(neighbourhoods.name)).all(),
    categories: db
      .select({ key: categories.key, nameDe: categories.nameDe, nameEn: categories.nameEn, retired: categories.retired })
      .from(categories)
      .where(eq(categories.networkId, networkId))
      .orderBy(asc(categories.position), asc(categories.id))
      .all(),
    centres: db.select({ slug: centres.slug, name: centres.name }).from(centres).where(eq(centres.networkId, networkId)).orderBy(asc(centres.name)).all(),
  };
}
