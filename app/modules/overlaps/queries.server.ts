// Reading overlap flags for the pages: lists (open first, then reopened, then decided), counts, one flag
// with both offerings side by side, and the flags touching a person's centres for the start page.
import { and, asc, desc, eq, inArray, isNotNull, isNull, or, sql, type SQL } from "drizzle-orm";
import { getDb } from "@db/client.server";
import { categories, centres, neighbourhoods, offeringDates, offerings, overlapFlags } from "@db/schema";
import type { Locale, Translate } from "~/modules/i18n/translate";
import { formatAges, scheduleSummary } from "~/modules/offerings/format";
import { can, type Actor } from "~/modules/permissions/permissions";
import { renderReasons, type CategoryName } from "./reasons";

export type Flag = typeof overlapFlags.$inferSelect;
export const flagStatuses = ["open", "duplicate", "intentional", "not-duplicate"] as const;
export type FlagStatus = (typeof flagStatuses)[number];
/** Filter values: the stored statuses plus "reopened" (open again after a decision). */
export const statusFilters = ["open", "reopened", "duplicate", "intentional", "not-duplicate"] as const;
export type StatusFilter = (typeof statusFilters)[number];

export interface FlagFilter {
  status: StatusFilter | null;
  centreId: number | null;
  neighbourhoodId?: number | null;
}

export function parseFlagFilter(params: URLSearchParams): FlagFilter {
  const status = params.get("status");
  const centre = Number(params.get("centre"));
  return {
    status: statusFilters.includes(status as StatusFilter) ? (status as StatusFilter) : null,
    centreId: Number.isInteger(centre) && centre > 0 ? centre : null,
  };
}

/** A flag reopened after a decision is open and remembers what changed. */
export function displayStatus(flag: Pick<Flag, "status" | "reopenedChanges">): StatusFilter {
  if (flag.status === "open" && flag.reopenedChanges && Object.keys(flag.reopenedChanges).length > 0) return "reopened";
  return flag.status;
}

const isReopened = and(eq(overlapFlags.status, "open"), isNotNull(overlapFlags.reopenedChanges), sql`${overlapFlags.reopenedChanges} != '{}'`);
const isFresh = and(eq(overlapFlags.status, "open"), or(isNull(overlapFlags.reopenedChanges), sql`${overlapFlags.reopenedChanges} = '{}'`));

function statusCondition(status: StatusFilter): SQL | undefined {
  if (status === "open") return isFresh;
  if (status === "reopened") return isReopened;
  return eq(overlapFlags.status, status);
}

function centreCondition(centreIds: number[]): SQL | undefined {
  const sideA = getDb().select({ id: offerings.id }).from(offerings).where(inArray(offerings.centreId, centreIds));
  return or(inArray(overlapFlags.offeringAId, sideA), inArray(overlapFlags.offeringBId, sideA));
}

/** Category names by key in the reader's language, for rendering reasons. */
export function categoryNamer(networkId: number, locale: Locale): CategoryName {
  const names = new Map(
    getDb()
      .select({ key: categories.key, de: categories.nameDe, en: categories.nameEn })
      .from(categories)
      .where(eq(categories.networkId, networkId))
      .all()
      .map((c) => [c.key, locale === "en" ? c.en : c.de]),
  );
  return (key) => names.get(key) ?? key;
}

export interface OfferingSide {
  id: number;
  title: string;
  status: string;
  version: number;
  centreId: number;
  centre: string;
  centreSlug: string;
  category: string;
  ages: string;
  schedule: string;
}

/** Summaries of the given offerings (title, centre, category, ages, schedule) for side-by-side views. */
export function offeringSides(ids: number[], t: Translate, locale: Locale): Map<number, OfferingSide> {
  const result = new Map<number, OfferingSide>();
  if (ids.length === 0) return result;
  const db = getDb();
  const unique = [...new Set(ids)];
  const rows = db
    .select({ o: offerings, centre: centres.name, centreSlug: centres.slug, nameDe: categories.nameDe, nameEn: categories.nameEn })
    .from(offerings)
    .innerJoin(centres, eq(centres.id, offerings.centreId))
    .leftJoin(categories, eq(categories.id, offerings.categoryId))
    .where(inArray(offerings.id, unique))
    .all();
  const dates = db.select().from(offeringDates).where(inArray(offeringDates.offeringId, unique)).orderBy(asc(offeringDates.date)).all();
  for (const { o, centre, centreSlug, nameDe, nameEn } of rows) {
    result.set(o.id, {
      id: o.id,
      title: o.title,
      status: o.status,
      version: o.version,
      centreId: o.centreId,
      centre,
      centreSlug,
      category: (locale === "en" ? nameEn : nameDe) ?? "",
      ages: formatAges(o.ageFromMonths, o.ageToMonths, t),
      schedule: scheduleSummary({ ...o, dates: dates.filter((d) => d.offeringId === o.id) }, t, locale),
    });
  }
  return result;
}

export interface FlagListItem {
  id: number;
  status: StatusFilter;
  score: number;
  reasons: string[];
  neighbourhood: string;
  a: OfferingSide;
  b: OfferingSide;
}

const order = [
  sql`case when ${isFresh} then 0 when ${isReopened} then 1 else 2 end`,
  desc(overlapFlags.score),
  asc(overlapFlags.id),
];

/** Flags of the network (optionally one neighbourhood), open first, then reopened, then decided. */
export function listFlags(networkId: number, filter: FlagFilter, t: Translate, locale: Locale, limit = 500): FlagListItem[] {
  const db = getDb();
  const conditions = [eq(overlapFlags.networkId, networkId)];
  if (filter.neighbourhoodId) conditions.push(eq(overlapFlags.neighbourhoodId, filter.neighbourhoodId));
  if (filter.status) conditions.push(statusCondition(filter.status)!);
  if (filter.centreId) conditions.push(centreCondition([filter.centreId])!);
  const flags = db
    .select({ flag: overlapFlags, neighbourhood: neighbourhoods.name })
    .from(overlapFlags)
    .leftJoin(neighbourhoods, eq(neighbourhoods.id, overlapFlags.neighbourhoodId))
    .where(and(...conditions))
    .orderBy(...order)
    .limit(limit)
    .all();
  const sides = offeringSides(flags.flatMap(({ flag }) => [flag.offeringAId, flag.offeringBId]), t, locale);
  const categoryName = categoryNamer(networkId, locale);
  return flags.flatMap(({ flag, neighbourhood }) => {
    const a = sides.get(flag.offeringAId);
    const b = sides.get(flag.offeringBId);
    if (!a || !b) return [];
    return [{ id: flag.id, status: displayStatus(flag), score: flag.score, reasons: renderReasons(flag.reasons, t, categoryName), neighbourhood: neighbourhood ?? "", a, b }];
  });
}

/** Number of flags per displayed status (for the whole network or one neighbourhood). */
export function flagCounts(networkId: number, neighbourhoodId?: number | null): Record<StatusFilter, number> {
  const db = getDb();
  const counts = Object.fromEntries(statusFilters.map((s) => [s, 0])) as Record<StatusFilter, number>;
  for (const status of statusFilters) {
    const conditions = [eq(overlapFlags.networkId, networkId), statusCondition(status)!];
    if (neighbourhoodId) conditions.push(eq(overlapFlags.neighbourhoodId, neighbourhoodId));
    counts[status] = db.select({ n: sql<number>`count(*)` }).from(overlapFlags).where(and(...conditions)).get()?.n ?? 0;
  }
  return counts;
}

/** Open (and reopened) flags with an offering of one of these centres, for a lead's start page. */
export function openFlagsForCentres(networkId: number, centreIds: number[], t: Translate, locale: Locale): FlagListItem[] {
  if (centreIds.length === 0) return [];
  const db = getDb();
  const flags = db
    .select({ flag: overlapFlags, neighbourhood: neighbourhoods.name })
    .from(overlapFlags)
    .leftJoin(neighbourhoods, eq(neighbourhoods.id, overlapFlags.neighbourhoodId))
    .where(and(eq(overlapFlags.networkId, networkId), eq(overlapFlags.status, "open"), centreCondition(centreIds)))
    .orderBy(...order)
    .limit(50)
    .all();
  const sides = offeringSides(flags.flatMap(({ flag }) => [flag.offeringAId, flag.offeringBId]), t, locale);
  const categoryName = categoryNamer(networkId, locale);
  return flags.flatMap(({ flag, neighbourhood }) => {
    const a = sides.get(flag.offeringAId);
    const b = sides.get(flag.offeringBId);
    return a && b ? [{ id: flag.id, status: displayStatus(flag), score: flag.score, reasons: renderReasons(flag.reasons, t, categoryName), neighbourhood: neighbourhood ?? "", a, b }] : [];
  });
}

export function openFlagCount(networkId: number): number {
  return (
    getDb()
      .select({ n: sql<number>`count(*)` })
      .from(overlapFlags)
      .where(and(eq(overlapFlags.networkId, networkId), eq(overlapFlags.status, "open")))
      .get()?.n ?? 0
  );
}

export function findFlag(networkId: number, id: number): Flag | null {
  return (
    getDb()
      .select()
      .from(overlapFlags)
      .where(and(eq(overlapFlags.id, id), eq(overlapFlags.networkId, networkId)))
      .get() ?? null
  );
}

/** The centres of both sides of a flag. */
export function flagCentres(flag: Pick<Flag, "offeringAId" | "offeringBId">): { a: number; b: number } {
  const rows = getDb()
    .select({ id: offerings.id, centreId: offerings.centreId })
    .from(offerings)
    .where(inArray(offerings.id, [flag.offeringAId, flag.offeringBId]))
    .all();
  const centreOf = (id: number) => rows.find((r) => r.id === id)?.centreId ?? -1;
  return { a: centreOf(flag.offeringAId), b: centreOf(flag.offeringBId) };
}

/** Coordinators (and admins) any flag; a lead those touching their centre. */
export function canDecide(actor: Actor, networkId: number, centreIds: { a: number; b: number }): boolean {
  return can(actor, "decide:overlap", { networkId, centreId: centreIds.a }) || can(actor, "decide:overlap", { networkId, centreId: centreIds.b });
}
