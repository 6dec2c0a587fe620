// The shared calendar: occurrences of published offerings and standalone events in a date range,
// filtered by centre, neighbourhood and category. Offerings are narrowed in SQL (network, status,
// filters, date range) before their schedules are expanded.
import { and, asc, eq, gte, inArray, isNull, lte, or, sql, type SQL } from "drizzle-orm";
import { getDb } from "@db/client.server";
import { categories, centres, events, neighbourhoods, offeringCancellations, offeringDates, offerings } from "@db/schema";
import type { Locale } from "~/modules/i18n/translate";
import { expandOccurrences, type Occurrence } from "./occurrences";

type Offering = typeof offerings.$inferSelect;

export interface CalendarFilters {
  centreId?: number | null;
  neighbourhoodId?: number | null;
  categoryId?: number | null;
}

export interface DateRange {
  from: string;
  to: string;
}

export type EventKind = (typeof events.$inferSelect)["kind"];

export interface CalendarEntry {
  /** Unique within a result, stable across requests. */
  key: string;
  type: "offering" | "event";
  id: number;
  title: string;
  date: string;
  start: string;
  end: string;
  centre: { slug: string; name: string } | null;
  place: string;
  /** The offering's category (in the requested language); null for events. */
  category: string | null;
  eventKind: EventKind | null;
  /** Events may be internal; published offerings are always public. */
  isPublic: boolean;
}

const chunkSize = 500;

function chunks<T>(items: T[]): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += chunkSize) result.push(items.slice(i, i + chunkSize));
  return result;
}

/** The neighbourhood an offering or event belongs to: its own, else its centre's home neighbourhood. */
const offeringNeighbourhood = sql`coalesce(${offerings.neighbourhoodId}, ${centres.homeNeighbourhoodId})`;
const eventNeighbourhood = sql`coalesce(${events.neighbourhoodId}, ${centres.homeNeighbourhoodId})`;

/**
 * Published offerings with a weekly or dated schedule that may occur in the range: weekly ones whose
 * validity overlaps it, dated ones with at least one date in it.
 */
export function publishedOfferings(networkId: number, filters: CalendarFilters, range: DateRange) {
  const conditions: (SQL | undefined)[] = [
    eq(offerings.networkId, networkId),
    eq(offerings.status, "published"),
    or(
      and(
        eq(offerings.scheduleKind, "weekly"),
        or(isNull(offerings.validFrom), lte(offerings.validFrom, range.to)),
        or(isNull(offerings.validUntil), gte(offerings.validUntil, range.from)),
      ),
      and(
        eq(offerings.scheduleKind, "dates"),
        sql`exists (select 1 from ${offeringDates} where ${offeringDates.offeringId} = ${offerings.id} and ${offeringDates.date} between ${range.from} and ${range.to})`,
      ),
    ),
  ];
  if (filters.centreId) conditions.push(eq(offerings.centreId, filters.centreId));
  if (filters.neighbourhoodId) conditions.push(sql`${offeringNeighbourhood} = ${filters.neighbourhoodId}`);
  if (filters.categoryId) conditions.push(eq(offerings.categoryId, filters.categoryId));
  return getDb()
    .select({
      id: offerings.id,
      title: offerings.title,
      description: offerings.description,
      scheduleKind: offerings.scheduleKind,
      weekdays: offerings.weekdays,
      startTime: offerings.startTime,
      endTime: offerings.endTime,
      validFrom: offerings.validFrom,
      validUntil: offerings.validUntil,
      placeName: offerings.placeName,
      placeAddress: offerings.placeAddress,
      createdAt: offerings.createdAt,
      updatedAt: offerings.updatedAt,
      centre: { slug: centres.slug, name: centres.name, street: centres.street, postalCode: centres.postalCode, city: centres.city },
      category: { nameDe: categories.nameDe, nameEn: categories.nameEn },
    })
    .from(offerings)
    .innerJoin(centres, eq(centres.id, offerings.centreId))
    .innerJoin(categories, eq(categories.id, offerings.categoryId))
    .where(and(...conditions))
    .orderBy(asc(offerings.id))
    .all();
}

export type PublishedOffering = ReturnType<typeof publishedOfferings>[number];

/** Single dates and cancelled dates of these offerings within the range, by offering id. */
export function scheduleParts(offeringIds: number[], range: DateRange) {
  const dates = new Map<number, { date: string; start: string; end: string }[]>();
  const cancelled = new Map<number, string[]>();
  const db = getDb();
  for (const ids of chunks(offeringIds)) {
    const dateRows = db
      .select()
      .from(offeringDates)
      .where(and(inArray(offeringDates.offeringId, ids), gte(offeringDates.date, range.from), lte(offeringDates.date, range.to)))
      .all();
    for (const row of dateRows) {
      const list = dates.get(row.offeringId) ?? [];
      list.push({ date: row.date, start: row.startTime, end: row.endTime });
      dates.set(row.offeringId, list);
    }
    const cancelledRows = db
      .select()
      .from(offeringCancellations)
      .where(
        and(
          inArray(offeringCancellations.offeringId, ids),
          gte(offeringCancellations.date, range.from),
          lte(offeringCancellations.date, range.to),
        ),
      )
      .all();
    for (const row of cancelledRows) {
      const list = cancelled.get(row.offeringId) ?? [];
      list.push(row.date);
      cancelled.set(row.offeringId, list);
    }
  }
  return { dates, cancelled };
}

export type ScheduleParts = ReturnType<typeof scheduleParts>;

/** What an offering row holds about its schedule (the dates come from `scheduleParts`). */
export type ScheduleRow = Pick<Offering, "id" | "scheduleKind" | "weekdays" | "startTime" | "endTime" | "validFrom" | "validUntil">;

/** The offering's occurrences within the range, its single and cancelled dates taken from `parts`. */
export function rowOccurrences(row: ScheduleRow, parts: ScheduleParts, range: DateRange): Occurrence[] {
  const schedule = {
    kind: row.scheduleKind,
    weekdays: row.weekdays,
    startTime: row.startTime,
    endTime: row.endTime,
    validFrom: row.validFrom,
    validUntil: row.validUntil,
    dates: parts.dates.get(row.id) ?? [],
    cancelled: parts.cancelled.get(row.id) ?? [],
  };
  return expandOccurrences(schedule, range.from, range.to);
}

/** Events of the network in the range; `publicOnly` for the feeds. Events have no category. */
export function eventsInRange(networkId: number, filters: CalendarFilters, range: DateRange, publicOnly: boolean) {
  if (filters.categoryId) return [];
  const conditions: (SQL | undefined)[] = [eq(events.networkId, networkId), gte(events.date, range.from), lte(events.date, range.to)];
  if (publicOnly) conditions.push(eq(events.isPublic, true));
  if (filters.centreId) conditions.push(eq(events.centreId, filters.centreId));
  if (filters.neighbourhoodId) conditions.push(sql`${eventNeighbourhood} = ${filters.neighbourhoodId}`);
  return getDb()
    .select({
      event: events,
      centre: { slug: centres.slug, name: centres.name, street: centres.street, postalCode: centres.postalCode, city: centres.city },
    })
    .from(events)
    .leftJoin(centres, eq(centres.id, events.centreId))
    .where(and(...conditions))
    .orderBy(asc(events.date), asc(events.startTime), asc(events.id))
    .all();
}

function compareEntries(a: CalendarEntry, b: CalendarEntry): number {
  return a.date.localeCompare(b.date) || a.start.localeCompare(b.start) || a.end.localeCompare(b.end) || a.title.localeCompare(b.title, "de");
}

/** Everything that happens in the range, sorted by day and time: members see internal events too. */
export function calendarEntries(
  networkId: number,
  range: DateRange,
  filters: CalendarFilters = {},
  options: { locale?: Locale; publicOnly?: boolean } = {},
): CalendarEntry[] {
  const locale = options.locale ?? "de";
  const rows = publishedOfferings(networkId, filters, range);
  const parts = scheduleParts(
    rows.map((r) => r.id),
    range,
  );
  const entries: CalendarEntry[] = [];
  for (const row of rows) {
    const occurrences = rowOccurrences(row, parts, range);
    for (const occurrence of occurrences) {
      entries.push({
        key: `offering-${row.id}-${occurrence.date}-${occurrence.start}`,
        type: "offering",
        id: row.id,
        title: row.title,
        date: occurrence.date,
        start: occurrence.start,
        end: occurrence.end,
        centre: { slug: row.centre.slug, name: row.centre.name },
        place: row.placeName,
        category: locale === "en" ? row.category.nameEn : row.category.nameDe,
        eventKind: null,
        isPublic: true,
      });
    }
  }
  for (const { event, centre } of eventsInRange(networkId, filters, range, options.publicOnly ?? false)) {
    entries.push({
      key: `event-${event.id}`,
      type: "event",
      id: event.id,
      title: event.title,
      date: event.date,
      start: event.startTime,
      end: event.endTime,
      centre: centre ? { slug: centre.slug, name: centre.name } : null,
      place: event.place,
      category: null,
      eventKind: event.kind,
      isPublic: event.isPublic,
    });
  }
  return entries.sort(compareEntries);
}

// ---- Filters -----------------------------------------------------------------------------------

export interface FilterSlugs {
  centre?: string | null;
  neighbourhood?: string | null;
  category?: string | null;
}

export interface ResolvedFilters {
  filters: CalendarFilters;
  /** The slugs that matched (unknown ones are dropped). */
  applied: { centre: string; neighbourhood: string; category: string };
  /** True when a given slug or key matched nothing in the network. */
  unknown: boolean;
}

/** Turns slugs (centre, neighbourhood) and a category key into ids of this network. */
export function resolveFilters(networkId: number, slugs: FilterSlugs): ResolvedFilters {
  const db = getDb();
  const result: ResolvedFilters = { filters: {}, applied: { centre: "", neighbourhood: "", category: "" }, unknown: false };
  if (slugs.centre) {
    const row = db
      .select({ id: centres.id })
      .from(centres)
      .where(and(eq(centres.networkId, networkId), eq(centres.slug, slugs.centre)))
      .get();
    if (row) {
      result.filters.centreId = row.id;
      result.applied.centre = slugs.centre;
    } else result.unknown = true;
  }
  if (slugs.neighbourhood) {
    const row = db
      .select({ id: neighbourhoods.id })
      .from(neighbourhoods)
      .where(and(eq(neighbourhoods.networkId, networkId), eq(neighbourhoods.slug, slugs.neighbourhood)))
      .get();
    if (row) {
      result.filters.neighbourhoodId = row.id;
      result.applied.neighbourhood = slugs.neighbourhood;
    } else result.unknown = true;
  }
  if (slugs.category) {
    const row = db
      .select({ id: categories.id })
      .from(categories)
      .where(and(eq(categories.networkId, networkId), eq(categories.key, slugs.category)))
      .get();
    if (row) {
      result.filters.categoryId = row.id;
      result.applied.category = slugs.category;
    } else result.unknown = true;
  }
  return result;
}

/** The choices of the calendar's filter form. */
export function filterOptions(networkId: number, locale: Locale) {
  const db = getDb();
  return {
    centres: db
      .select({ value: centres.slug, label: centres.name })
      .from(centres)
      .where(eq(centres.networkId, networkId))
      .orderBy(asc(centres.name))
      .all(),
    neighbourhoods: db
      .select({ value: neighbourhoods.slug, label: neighbourhoods.name })
      .from(neighbourhoods)
      .where(eq(neighbourhoods.networkId, networkId))
      .orderBy(asc(neighbourhoods.name))
      .all(),
    categories: db
      .select({ value: categories.key, nameDe: categories.nameDe, nameEn: categories.nameEn })
      .from(categories)
      .where(and(eq(categories.networkId, networkId), eq(categories.retired, false)))
      .orderBy(asc(categories.position), asc(categories.id))
      .all()
      .map((c) => ({ value: c.value, label: locale === "en" ? c.nameEn : c.nameDe })),
  };
}
