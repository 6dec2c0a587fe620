// Public iCalendar feeds (RFC 5545) of a network, a centre or a neighbourhood: published offerings
// (weekly ones as one recurring event, single dates as one event each; "by appointment" is left
// out) and public events. Nothing here needs a sign-in, so nothing internal may get in.
import { and, eq } from "drizzle-orm";
import { getDb } from "@db/client.server";
import { centres, neighbourhoods } from "@db/schema";
import { notFound } from "~/modules/accounts/actor.server";
import { translator, type MessageKey } from "~/modules/i18n/translate";
import { findNetwork, type Network } from "~/modules/network/networks.server";
import { eventsInRange, publishedOfferings, resolveFilters, scheduleParts, type CalendarFilters, type PublishedOffering } from "./calendar.server";
import { buildCalendar, type IcsEvent, type IcsWeekday } from "./ical";

import { nowDate } from "~/modules/time/clock";
import { addDays, berlinDate, isoWeekday } from "~/modules/time/dates";

/** Feeds reach this far into the past; everything later (and every open-ended series) is in them. */
export const feedHistoryDays = 180;

const icsWeekdays: IcsWeekday[] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
const t = translator("de");

export interface FeedScope {
  network: Network;
  name: string;
  fileName: string;
  filters: CalendarFilters;
}

function centreBySlug(networkId: number, slug: string) {
  return getDb().select().from(centres).where(and(eq(centres.networkId, networkId), eq(centres.slug, slug))).get() ?? notFound();
}

function neighbourhoodBySlug(networkId: number, slug: string) {
  return (
    getDb().select().from(neighbourhoods).where(and(eq(neighbourhoods.networkId, networkId), eq(neighbourhoods.slug, slug))).get() ??
    notFound()
  );
}

/**
 * The feed a URL names: the network, optionally a centre or neighbourhood from the path, and the same
 * filters as query parameters (centre, neighbourhood, category). Anything unknown is a 404.
 */
export function resolveFeed(url: URL, params: { network?: string; centre?: string; neighbourhood?: string }): FeedScope {
  const network = findNetwork(params.network) ?? notFound();
  const query = url.searchParams;
  const resolved = resolveFilters(network.id, {
    centre: query.get("centre"),
    neighbourhood: query.get("neighbourhood"),
    category: query.get("category"),
  });
  if (resolved.unknown) notFound();
  const filters = { ...resolved.filters };
  let name = network.name;
  let fileName = network.slug;
  if (params.centre !== undefined) {
    const centre = centreBySlug(network.id, params.centre);
    filters.centreId = centre.id;
    name = `${centre.name} – ${network.name}`;
    fileName = `${network.slug}-${centre.slug}`;
  }
  if (params.neighbourhood !== undefined) {
    const neighbourhood = neighbourhoodBySlug(network.id, params.neighbourhood);
    filters.neighbourhoodId = neighbourhood.id;
    name = `${neighbourhood.name} – ${network.name}`;
    fileName = `${network.slug}-${neighbourhood.slug}`;
  }
  return { network, name, fileName, filters };
}

function address(parts: { street: string; postalCode: string; city: string }): string {
  return [parts.street, [parts.postalCode, parts.city].filter(Boolean).join(" ")].filter(Boolean).join(", ");
}

function offeringLocation(row: PublishedOffering): string {
  const own = [row.placeName, row.placeAddress].filter(Boolean).join(", ");
  return own || [row.centre.name, address(row.centre)].filter(Boolean).join(", ");
}

function description(text: string, organiser: string | null, link: string | null): string {
  const lines = [text.trim()];
  if (organiser) lines.push(t("calendar.feed.organiser", { name: organiser }));
  if (link) lines.push(t("calendar.feed.moreAt", { url: link }));
  return lines.filter(Boolean).join("\n\n");
}

/** The first day on or after `from` that falls on one of the ISO weekdays. */
export function firstMatchingDay(from: string, weekdays: number[]): string {
  let day = from;
  while (!weekdays.includes(isoWeekday(day))) day = addDays(day, 1);
  return day;
}

function offeringEvents(row: PublishedOffering, parts: ReturnType<typeof scheduleParts>, cutoff: string, uidHost: string, link: string): IcsEvent[] {
  const common = {
    summary: row.title,
    description: description(row.description, row.centre.name, link),
    location: offeringLocation(row),
    url: link,
    categories: [row.category.nameDe],
    lastModified: new Date(row.updatedAt),
  };
  if (row.scheduleKind === "weekly") {
    const weekdays = [...new Set(row.weekdays)].filter((d) => d >= 1 && d <= 7).sort((a, b) => a - b);
    if (!row.startTime || !row.endTime || row.endTime <= row.startTime || weekdays.length === 0) return [];
    const start = firstMatchingDay(row.validFrom ?? berlinDate(row.createdAt), weekdays);
    if (row.validUntil && start > row.validUntil) return [];
    const exdates = (parts.cancelled.get(row.id) ?? []).filter(
      (date) => date >= start && (!row.validUntil || date <= row.validUntil) && weekdays.includes(isoWeekday(date)),
    );
    return [
      {
        ...common,
        uid: `offering-${row.id}@${uidHost}`,
        date: start,
        start: row.startTime,
        end: row.endTime,
        weekly: { days: weekdays.map((d) => icsWeekdays[d - 1]!), until: row.validUntil },
        exdates,
      },
    ];
  }
  const cancelled = new Set(parts.cancelled.get(row.id) ?? []);
  return (parts.dates.get(row.id) ?? [])
    .filter((d) => d.date >= cutoff && !cancelled.has(d.date) && d.end > d.start)
    .map((d) => ({
      ...common,
      uid: `offering-${row.id}-${d.date.replace(/-/g, "")}T${d.start.replace(":", "")}@${uidHost}`,
      date: d.date,
      start: d.start,
      end: d.end,
    }));
}

const eventKindKeys: Record<string, MessageKey> = {
  meeting: "calendar.kind.meeting",
  "open-day": "calendar.kind.open-day",
  other: "calendar.kind.other",
};

/** The iCalendar text of a feed. `baseUrl` makes the links back absolute (APP_URL or the request's origin). */
export function buildFeed(scope: FeedScope, options: { baseUrl: string; now?: Date }): string {
  const now = options.now ?? nowDate();
  const cutoff = addDays(berlinDate(now), -feedHistoryDays);
  const range = { from: cutoff, to: "9999-12-31" };
  const { network, filters } = scope;
  const uidHost = `${network.slug}.familiennetz`;
  const rows = publishedOfferings(network.id, filters, range);
  // Cancellations of a series count from its first day, so they are loaded without the cut-off.
  const parts = scheduleParts(
    rows.map((r) => r.id),
    { from: "0000-01-01", to: "9999-12-31" },
  );
  const result: IcsEvent[] = [];
  for (const row of rows) {
    const link = new URL(`/guide/${network.slug}/offerings/${row.id}`, options.baseUrl).toString();
    result.push(...offeringEvents(row, parts, cutoff, uidHost, link));
  }
  for (const { event, centre } of eventsInRange(network.id, filters, range, true)) {
    if (event.endTime <= event.startTime) continue;
    result.push({
      uid: `event-${event.id}@${uidHost}`,
      summary: event.title,
      description: description(event.description, centre?.name ?? network.name, null),
      location: event.place || (centre ? [centre.name, address(centre)].filter(Boolean).join(", ") : ""),
      date: event.date,
      start: event.startTime,
      end: event.endTime,
      categories: [t(eventKindKeys[event.kind]!)],
      lastModified: new Date(event.updatedAt),
    });
  }
  return buildCalendar({ name: scope.name, events: result, now });
}

/** The HTTP response of a feed route. */
export function feedResponse(request: Request, params: { network?: string; centre?: string; neighbourhood?: string }): Response {
  const url = new URL(request.url);
  const scope = resolveFeed(url, params);
  const body = buildFeed(scope, { baseUrl: process.env.APP_URL ?? url.origin });
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Cache-Control": "public, max-age=900",
      "Content-Disposition": `inline; filename="${scope.fileName}.ics"`,
    },
  });
}

export interface FeedLinks {
  https: string;
  webcal: string;
}

/** Subscription addresses of a feed: a path of its own for one centre or one neighbourhood, else query parameters. */
export function feedLinks(
  request: Request,
  networkSlug: string,
  filters: { centre?: string; neighbourhood?: string; category?: string } = {},
): FeedLinks {
  const base = process.env.APP_URL ?? new URL(request.url).origin;
  const { centre, neighbourhood, category } = filters;
  let path = `/feeds/${networkSlug}.ics`;
  const query = new URLSearchParams();
  if (centre && !neighbourhood && !category) path = `/feeds/${networkSlug}/centres/${centre}.ics`;
  else if (neighbourhood && !centre && !category) path = `/feeds/${networkSlug}/neighbourhoods/${neighbourhood}.ics`;
  else {
    if (centre) query.set("centre", centre);
    if (neighbourhood) query.set("neighbourhood", neighbourhood);
    if (category) query.set("category", category);
  }
  const search = query.toString();
  const https = new URL(`${path}${search ? `?${search}` : ""}`, base).toString();
  return { https, webcal: https.replace(/^https?:/, "webcal:") };
}
