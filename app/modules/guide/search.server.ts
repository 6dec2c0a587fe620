// The public family guide's reads: only published offerings of the network's own centres that have not
// ended, and only fields meant for families. Everything a visitor can reach goes through this file (and
// hsds.server.ts for the open data), so that nothing internal can slip into a public page.
import { and, asc, eq, gte, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import { getDb } from "@db/client.server";
import { categories, centreNeighbourhoods, centres, neighbourhoods, networks, offeringDates, offerings } from "@db/schema";
import { notFound } from "~/modules/accounts/actor.server";
import { rowOccurrences, scheduleParts } from "~/modules/calendar/calendar.server";
import { type Occurrence } from "~/modules/calendar/occurrences";
import { audienceConditions, searchCondition } from "~/modules/offerings/queries.server";

import type { Audience } from "@db/schema";
import type { GuideFilter } from "./filter";
import { nowMs } from "~/modules/time/clock";
import { addDays, berlinDate, berlinToday } from "~/modules/time/dates";

export const guidePageSize = 20;
export { guideQuery, hasCriteria, parseGuideFilter, type GuideFilter } from "./filter";
/** How far ahead the guide looks for the next dates of an offering. */
export const nextDatesDays = 92;

export interface GuideNetwork {
  id: number;
  slug: string;
  name: string;
}

/** The network of a guide URL, or 404. */
export function guideNetwork(slug: string | undefined): GuideNetwork {
  if (!slug) notFound();
  const row = getDb().select({ id: networks.id, slug: networks.slug, name: networks.name }).from(networks).where(eq(networks.slug, slug)).get();
  return row ?? notFound();
}

/** Every network's guide, for the instance's start page. */
export function listGuides(): GuideNetwork[] {
  return getDb().select({ id: networks.id, slug: networks.slug, name: networks.name }).from(networks).orderBy(asc(networks.name)).all();
}

/**
 * Where the shell's "Familienwegweiser" link goes: the only guide of the instance, else the guide of the
 * member's only network, else the start page (which lists the guides).
 */
export function guideHref(memberNetworks: { slug: string }[]): string {
  const guides = getDb().select({ slug: networks.slug }).from(networks).limit(2).all();
  if (guides.length === 1) return `/guide/${guides[0]!.slug}`;
  if (memberNetworks.length === 1) return `/guide/${memberNetworks[0]!.slug}`;
  return "/";
}

/** The neighbourhood an offering belongs to: its own, else its centre's home neighbourhood. */
const offeringHood = sql`coalesce(${offerings.neighbourhoodId}, ${centres.homeNeighbourhoodId})`;

/**
 * What a visitor may see: published offerings of this network's own centres whose schedule has not
 * ended (weekly ones still valid, dated ones with a date to come, appointments always).
 */
export function visibleConditions(networkId: number, today: string): SQL[] {
  return [
    eq(offerings.networkId, networkId),
    eq(centres.networkId, networkId),
    eq(offerings.status, "published"),
    or(
      eq(offerings.scheduleKind, "appointment"),
      and(eq(offerings.scheduleKind, "weekly"), or(isNull(offerings.validUntil), gte(offerings.validUntil, today))),
      and(
        eq(offerings.scheduleKind, "dates"),
        sql`exists (select 1 from ${offeringDates} where ${offeringDates.offeringId} = ${offerings.id} and ${offeringDates.date} >= ${today})`,
      ),
    )!,
  ];
}

function idOf(table: typeof neighbourhoods | typeof categories, networkId: number, column: SQL, value: string): number {
  const row = getDb()
    .select({ id: table.id })
    .from(table)
    .where(and(eq(table.networkId, networkId), sql`${column} = ${value}`))
    .get();
  return row?.id ?? -1;
}

function filterConditions(networkId: number, filter: GuideFilter): SQL[] {
  const conditions: SQL[] = [];
  if (filter.neighbourhood) {
    conditions.push(sql`${offeringHood} = ${idOf(neighbourhoods, networkId, sql`${neighbourhoods.slug}`, filter.neighbourhood)}`);
  }
  if (filter.category) conditions.push(eq(offerings.categoryId, idOf(categories, networkId, sql`${categories.key}`, filter.category)));
  conditions.push(...audienceConditions(filter));
  if (filter.free) conditions.push(eq(offerings.costCents, 0));
  const search = searchCondition(filter.q);
  if (search) conditions.push(search);
  return conditions;
}

/** A sort key for German text: case-insensitive, umlauts as their base letter. */
function germanKey(column: typeof offerings.title): SQL {
  let key: SQL = sql`${column}`;
  for (const [from, to] of [["Ä", "a"], ["Ö", "o"], ["Ü", "u"], ["ä", "a"], ["ö", "o"], ["ü", "u"], ["ß", "ss"]]) key = sql`replace(${key}, ${from}, ${to})`;
  return sql`lower(${key})`;
}

/** One offering in a result list: the essentials and the next dates. */
export interface GuideOfferingRow {
  id: number;
  title: string;
  centre: { slug: string; name: string };
  neighbourhood: { slug: string; name: string } | null;
  category: { key: string; nameDe: string; nameEn: string };
  ageFromMonths: number;
  ageToMonths: number;
  scheduleKind: "weekly" | "dates" | "appointment";
  weekdays: number[];
  startTime: string | null;
  endTime: string | null;
  validFrom: string | null;
  validUntil: string | null;
  languages: string[];
  costCents: number;
  registrationRequired: boolean;
  nextDates: Occurrence[];
}

const rowColumns = {
  id: offerings.id,
  title: offerings.title,
  centreSlug: centres.slug,
  centreName: centres.name,
  hoodSlug: neighbourhoods.slug,
  hoodName: neighbourhoods.name,
  categoryKey: categories.key,
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
  languages: offerings.languages,
  costCents: offerings.costCents,
  registrationRequired: offerings.registrationRequired,
};

function baseQuery(columns: typeof rowColumns) {
  return getDb()
    .select(columns)
    .from(offerings)
    .innerJoin(centres, eq(centres.id, offerings.centreId))
    .innerJoin(categories, eq(categories.id, offerings.categoryId))
    .leftJoin(neighbourhoods, sql`${neighbourhoods.id} = ${offeringHood}`);
}

/** The next dates (up to `count`) of these offerings from today on, by offering id. */
export function nextDatesOf(
  rows: { id: number; scheduleKind: GuideOfferingRow["scheduleKind"]; weekdays: number[]; startTime: string | null; endTime: string | null; validFrom: string | null; validUntil: string | null }[],
  today: string,
  count: number,
): Map<number, Occurrence[]> {
  const range = { from: today, to: addDays(today, nextDatesDays) };
  const parts = scheduleParts(
    rows.filter((r) => r.scheduleKind !== "appointment").map((r) => r.id),
    range,
  );
  const result = new Map<number, Occurrence[]>();
  for (const row of rows) {
    if (row.scheduleKind === "appointment") continue;
    const occurrences = rowOccurrences(row, parts, range);
    result.set(row.id, occurrences.slice(0, count));
  }
  return result;
}

function toRows(raw: ReturnType<ReturnType<typeof baseQuery>["all"]>, today: string, count = 3): GuideOfferingRow[] {
  const next = nextDatesOf(raw, today, count);
  return raw.map((r) => ({
    id: r.id,
    title: r.title,
    centre: { slug: r.centreSlug, name: r.centreName },
    neighbourhood: r.hoodSlug && r.hoodName ? { slug: r.hoodSlug, name: r.hoodName } : null,
    category: { key: r.categoryKey, nameDe: r.categoryDe, nameEn: r.categoryEn },
    ageFromMonths: r.ageFromMonths,
    ageToMonths: r.ageToMonths,
    scheduleKind: r.scheduleKind,
    weekdays: r.weekdays,
    startTime: r.startTime,
    endTime: r.endTime,
    validFrom: r.validFrom,
    validUntil: r.validUntil,
    languages: r.languages,
    costCents: r.costCents,
    registrationRequired: r.registrationRequired,
    nextDates: next.get(r.id) ?? [],
  }));
}

export interface GuideResults {
  rows: GuideOfferingRow[];
  total: number;
  page: number;
  pages: number;
}

/** One page of the visitor's search. */
export function searchGuide(networkId: number, filter: GuideFilter, today = berlinToday()): GuideResults {
  const where = and(...visibleConditions(networkId, today), ...filterConditions(networkId, filter));
  // One pass: the page's rows carry the total (a window count), so the conditions run once.
  const pageOf = (page: number) =>
    getDb()
      .select({ ...rowColumns, total: sql<number>`count(*) over ()` })
      .from(offerings)
      .innerJoin(centres, eq(centres.id, offerings.centreId))
      .innerJoin(categories, eq(categories.id, offerings.categoryId))
      .leftJoin(neighbourhoods, sql`${neighbourhoods.id} = ${offeringHood}`)
      .where(where)
      .orderBy(germanKey(offerings.title), asc(offerings.id))
      .limit(guidePageSize)
      .offset((page - 1) * guidePageSize)
      .all();
  let page = filter.page;
  let raw = pageOf(page);
  let total = raw[0]?.total ?? 0;
  if (raw.length === 0 && page > 1) {
    // Beyond the last page: count, then show the last page.
    total =
      getDb()
        .select({ n: sql<number>`count(*)` })
        .from(offerings)
        .innerJoin(centres, eq(centres.id, offerings.centreId))
        .where(where)
        .get()?.n ?? 0;
    page = Math.max(1, Math.ceil(total / guidePageSize));
    raw = total > 0 ? pageOf(page) : [];
  }
  const pages = Math.max(1, Math.ceil(total / guidePageSize));
  return { rows: toRows(raw, today), total, page: Math.min(page, pages), pages };
}

/**
 * The start page's data changes only when offerings change, but counting 10,000 offerings per request
 * would cost more than the rest of the page: it is kept for a short while per network and day.
 */
export const guideCacheMs = 30_000;
const cache = new Map<string, { until: number; value: unknown }>();

function cached<T>(key: string, compute: () => T): T {
  const now = nowMs();
  const hit = cache.get(key);
  if (hit && hit.until > now) return hit.value as T;
  const value = compute();
  for (const [other, entry] of cache) if (entry.until <= now) cache.delete(other);
  cache.set(key, { until: now + guideCacheMs, value });
  return value;
}

/** Forgets the cached start page data (tests; a change that must show at once). */
export function clearGuideCache() {
  cache.clear();
}

/** The choices of the search form: neighbourhoods, categories in use, languages offered (cached briefly). */
export function guideOptions(networkId: number, today = berlinToday()) {
  return cached(`options:${networkId}:${today}`, () => computeGuideOptions(networkId, today));
}

function computeGuideOptions(networkId: number, today: string) {
  const db = getDb();
  const hoods = db
    .select({ slug: neighbourhoods.slug, name: neighbourhoods.name })
    .from(neighbourhoods)
    .where(eq(neighbourhoods.networkId, networkId))
    .orderBy(asc(neighbourhoods.name))
    .all();
  const visible = and(...visibleConditions(networkId, today));
  const categoryRows = db
    .select({ key: categories.key, nameDe: categories.nameDe, nameEn: categories.nameEn, count: sql<number>`count(*)` })
    .from(offerings)
    .innerJoin(centres, eq(centres.id, offerings.centreId))
    .innerJoin(categories, eq(categories.id, offerings.categoryId))
    .where(visible)
    .groupBy(categories.id)
    .orderBy(asc(categories.position), asc(categories.nameDe))
    .all();
  const languageRows = db
    .select({ code: sql<string>`l.value` })
    .from(offerings)
    .innerJoin(centres, eq(centres.id, offerings.centreId))
    .innerJoin(sql`json_each(${offerings.languages}) l`, sql`1 = 1`)
    .where(visible)
    .groupBy(sql`l.value`)
    .orderBy(sql`l.value`)
    .all();
  return { neighbourhoods: hoods, categories: categoryRows, languages: languageRows.map((r) => r.code).filter((c) => /^[a-z]{2}$/.test(c)) };
}

/** The public fields of a centre. */
const centreColumns = {
  id: centres.id,
  slug: centres.slug,
  name: centres.name,
  provider: centres.provider,
  street: centres.street,
  postalCode: centres.postalCode,
  city: centres.city,
  latitude: centres.latitude,
  longitude: centres.longitude,
  email: centres.email,
  phone: centres.phone,
  website: centres.website,
  homeNeighbourhoodId: centres.homeNeighbourhoodId,
};

export type GuideCentre = ReturnType<typeof computeCentres>[number];

/** The network's centres (public fields), with their home and served neighbourhoods (cached briefly). */
export function centresOf(networkId: number) {
  return cached(`centres:${networkId}`, () => computeCentres(networkId));
}

function computeCentres(networkId: number) {
  const db = getDb();
  const rows = db.select(centreColumns).from(centres).where(eq(centres.networkId, networkId)).orderBy(asc(centres.name)).all();
  const hoods = db
    .select({ id: neighbourhoods.id, slug: neighbourhoods.slug, name: neighbourhoods.name })
    .from(neighbourhoods)
    .where(eq(neighbourhoods.networkId, networkId))
    .all();
  const hoodById = new Map(hoods.map((h) => [h.id, h]));
  const served = rows.length
    ? db
        .select()
        .from(centreNeighbourhoods)
        .where(
          inArray(
            centreNeighbourhoods.centreId,
            rows.map((r) => r.id),
          ),
        )
        .all()
    : [];
  return rows.map((row) => {
    const { homeNeighbourhoodId, ...rest } = row;
    const home = homeNeighbourhoodId ? (hoodById.get(homeNeighbourhoodId) ?? null) : null;
    const serves = served
      .filter((s) => s.centreId === row.id && s.neighbourhoodId !== homeNeighbourhoodId)
      .map((s) => hoodById.get(s.neighbourhoodId))
      .filter((h): h is NonNullable<typeof h> => Boolean(h))
      .sort((a, b) => a.name.localeCompare(b.name, "de"));
    return { ...rest, home: home ? { slug: home.slug, name: home.name } : null, serves: serves.map(({ slug, name }) => ({ slug, name })) };
  });
}

/** Every visible offering of a centre or neighbourhood, by title (a centre has a few dozen at most). */
function visibleRows(networkId: number, condition: SQL, today: string): GuideOfferingRow[] {
  const raw = baseQuery(rowColumns)
    .where(and(...visibleConditions(networkId, today), condition))
    .orderBy(germanKey(offerings.title), asc(offerings.id))
    .limit(500)
    .all();
  return toRows(raw, today, 2);
}

export function guideCentre(networkId: number, slug: string, today = berlinToday()) {
  const centre = centresOf(networkId).find((c) => c.slug === slug) ?? notFound();
  return { centre, offerings: visibleRows(networkId, eq(offerings.centreId, centre.id), today) };
}

export function guideNeighbourhood(networkId: number, slug: string, today = berlinToday()) {
  const hood =
    getDb()
      .select({ id: neighbourhoods.id, slug: neighbourhoods.slug, name: neighbourhoods.name })
      .from(neighbourhoods)
      .where(and(eq(neighbourhoods.networkId, networkId), eq(neighbourhoods.slug, slug)))
      .get() ?? notFound();
  const centreList = centresOf(networkId).filter((c) => c.home?.slug === hood.slug || c.serves.some((s) => s.slug === hood.slug));
  return { neighbourhood: { slug: hood.slug, name: hood.name }, centres: centreList, offerings: visibleRows(networkId, sql`${offeringHood} = ${hood.id}`, today) };
}

/** One visible offering with everything a family needs, or 404 (drafts, archived, ended, other networks). */
export function guideOffering(networkId: number, id: number, today = berlinToday()) {
  if (!Number.isInteger(id) || id <= 0) notFound();
  const row = getDb()
    .select({
      ...rowColumns,
      description: offerings.description,
      audiences: offerings.audiences,
      placeName: offerings.placeName,
      placeAddress: offerings.placeAddress,
      costNote: offerings.costNote,
      registrationHow: offerings.registrationHow,
      capacity: offerings.capacity,
      contactName: offerings.contactName,
      contactEmail: offerings.contactEmail,
      contactPhone: offerings.contactPhone,
      verifiedAt: offerings.verifiedAt,
    })
    .from(offerings)
    .innerJoin(centres, eq(centres.id, offerings.centreId))
    .innerJoin(categories, eq(categories.id, offerings.categoryId))
    .leftJoin(neighbourhoods, sql`${neighbourhoods.id} = ${offeringHood}`)
    .where(and(...visibleConditions(networkId, today), eq(offerings.id, id)))
    .get();
  if (!row) notFound();
  const [base] = toRows([row], today, 8);
  const centre = centresOf(networkId).find((c) => c.slug === row.centreSlug)!;
  return {
    ...base!,
    description: row.description,
    audiences: row.audiences as Audience[],
    placeName: row.placeName,
    placeAddress: row.placeAddress,
    costNote: row.costNote,
    registrationHow: row.registrationHow,
    capacity: row.capacity,
    contact: { name: row.contactName, email: row.contactEmail, phone: row.contactPhone },
    verifiedOn: berlinDate(row.verifiedAt),
    centreDetails: centre,
  };
}

export type GuideOfferingDetail = ReturnType<typeof guideOffering>;
