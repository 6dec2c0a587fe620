// Open data: the guide's offerings as HSDS 3.0 service records (Open Referral's Human Services Data
// Specification), complete with organisation, locations and addresses, schedules, languages, cost options,
// taxonomy terms and contacts. Ids are UUIDv5 of "network:kind:id" (uuid.server.ts), so they are stable.
// Only what the public guide shows goes in: the same visibility rule (search.server.ts).
import { and, asc, eq, inArray } from "drizzle-orm";
import { getDb } from "@db/client.server";
import { categories, centres, offerings } from "@db/schema";
import { scheduleParts } from "~/modules/calendar/calendar.server";
import { translator } from "~/modules/i18n/translate";
import { formatAges } from "~/modules/offerings/format";

import { audienceKey, languageKey, weekdayKey } from "~/modules/offerings/options";
import { centresOf, visibleConditions, type GuideCentre, type GuideNetwork } from "./search.server";
import { entityUuid } from "./uuid.server";
import { berlinDate, berlinToday } from "~/modules/time/dates";

const t = translator("de");
const icsDays = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;
const taxonomyAreas: Record<string, string> = {
  LB1: "Beratung und Unterstützung von Kindern und Familien",
  LB2: "Familienbildung und Erziehungspartnerschaft",
  LB3: "Kindertagespflege",
  LB4: "Vereinbarkeit von Beruf und Familie",
};

type Json = Record<string, unknown>;

const emailLike = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const isEmail = (value: string) => emailLike.test(value.trim());
const isUrl = (value: string) => /^https?:\/\/[^\s]+$/.test(value.trim());

/** Leaves out empty strings, nulls and empty arrays, so a record holds only what is known. */
function compact<T extends Json>(object: T): T {
  return Object.fromEntries(
    Object.entries(object).filter(([, v]) => v !== undefined && v !== null && v !== "" && !(Array.isArray(v) && v.length === 0)),
  ) as T;
}

export interface HsdsContext {
  network: GuideNetwork;
  /** The public base URL, e.g. https://familiennetz.example (APP_URL or the request's origin). */
  baseUrl: string;
  today?: string;
}

/** Ids of the visible offerings, oldest first (a stable order for paging). */
export function hsdsServiceIds(networkId: number, today = berlinToday()): number[] {
  return getDb()
    .select({ id: offerings.id })
    .from(offerings)
    .innerJoin(centres, eq(centres.id, offerings.centreId))
    .where(and(...visibleConditions(networkId, today)))
    .orderBy(asc(offerings.id))
    .all()
    .map((r) => r.id);
}

function organization(context: HsdsContext, centre: GuideCentre): Json {
  const id = entityUuid(context.network.slug, "organization", centre.id);
  const description = centre.provider
    ? `Familienzentrum im ${context.network.name}, Träger: ${centre.provider}.`
    : `Familienzentrum im ${context.network.name}.`;
  return compact({
    id,
    name: centre.name,
    description,
    email: isEmail(centre.email) ? centre.email.trim() : undefined,
    website: isUrl(centre.website) ? centre.website.trim() : undefined,
    uri: new URL(`/guide/${context.network.slug}/centres/${centre.slug}`, context.baseUrl).toString(),
    phones: centre.phone ? [{ id: entityUuid(context.network.slug, "organization-phone", centre.id), organization_id: id, number: centre.phone }] : [],
  });
}

/** "Hauptstraße 1, 59423 Unna" → its parts; null when it does not read like that. */
export function parseAddress(text: string): { street: string; postalCode: string; city: string } | null {
  const match = /^(.+?),\s*(\d{5})\s+(.+)$/.exec(text.trim());
  return match ? { street: match[1]!.trim(), postalCode: match[2]!, city: match[3]!.trim() } : null;
}

function address(slug: string, key: string | number, locationId: string, parts: { street: string; postalCode: string; city: string }): Json {
  return {
    id: entityUuid(slug, "address", key),
    location_id: locationId,
    address_1: parts.street,
    city: parts.city,
    state_province: "Nordrhein-Westfalen",
    postal_code: parts.postalCode,
    country: "DE",
    address_type: "physical",
  };
}

interface ServiceRow {
  id: number;
  title: string;
  description: string;
  centreId: number;
  categoryKey: string;
  categoryArea: string;
  categoryDe: string;
  ageFromMonths: number;
  ageToMonths: number;
  audiences: string[];
  placeName: string;
  placeAddress: string;
  scheduleKind: "weekly" | "dates" | "appointment";
  weekdays: number[];
  startTime: string | null;
  endTime: string | null;
  validFrom: string | null;
  validUntil: string | null;
  languages: string[];
  costCents: number;
  costNote: string;
  registrationRequired: boolean;
  registrationHow: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  updatedAt: number;
  verifiedAt: number;
}

function location(context: HsdsContext, row: ServiceRow, centre: GuideCentre): Json {
  const slug = context.network.slug;
  if (row.placeName || row.placeAddress) {
    const id = entityUuid(slug, "location", `offering-${row.id}`);
    const parts = parseAddress(row.placeAddress);
    return compact({
      id,
      location_type: "physical",
      name: row.placeName || row.placeAddress,
      description: parts ? undefined : row.placeAddress,
      addresses: parts ? [address(slug, `offering-${row.id}`, id, parts)] : [],
    });
  }
  const id = entityUuid(slug, "location", `centre-${centre.id}`);
  return compact({
    id,
    location_type: "physical",
    organization_id: entityUuid(slug, "organization", centre.id),
    name: centre.name,
    latitude: centre.latitude ?? undefined,
    longitude: centre.longitude ?? undefined,
    addresses: centre.street && centre.postalCode && centre.city ? [address(slug, `centre-${centre.id}`, id, centre)] : [],
  });
}

function schedules(context: HsdsContext, row: ServiceRow, serviceId: string, dates: { date: string; start: string; end: string }[], cancelled: string[]): Json[] {
  const slug = context.network.slug;
  if (row.scheduleKind === "weekly") {
    const days = [...new Set(row.weekdays)].filter((d) => d >= 1 && d <= 7).sort((a, b) => a - b);
    const names = days.map((d) => t(weekdayKey(d))).join(", ");
    const time = row.startTime && row.endTime ? ` ${row.startTime}–${row.endTime} Uhr` : "";
    const notes = cancelled.length ? `Fällt aus am: ${cancelled.join(", ")}` : undefined;
    return [
      compact({
        id: entityUuid(slug, "schedule", `${row.id}-weekly`),
        service_id: serviceId,
        valid_from: row.validFrom ?? undefined,
        valid_to: row.validUntil ?? undefined,
        dtstart: row.validFrom ?? undefined,
        until: row.validUntil ?? undefined,
        wkst: "MO",
        freq: "WEEKLY",
        interval: 1,
        byday: days.map((d) => icsDays[d - 1]).join(","),
        opens_at: row.startTime ?? undefined,
        closes_at: row.endTime ?? undefined,
        description: `Wöchentlich ${names}${time} (Europe/Berlin)`,
        notes,
      }),
    ];
  }
  if (row.scheduleKind === "dates") {
    const skip = new Set(cancelled);
    return dates
      .filter((d) => !skip.has(d.date))
      .map((d) =>
        compact({
          id: entityUuid(slug, "schedule", `${row.id}-${d.date}-${d.start}`),
          service_id: serviceId,
          valid_from: d.date,
          valid_to: d.date,
          dtstart: d.date,
          count: 1,
          freq: "WEEKLY",
          byday: icsDays[((new Date(`${d.date}T00:00:00Z`).getUTCDay() + 6) % 7)]!,
          opens_at: d.start,
          closes_at: d.end,
          description: `Einzeltermin am ${d.date}, ${d.start}–${d.end} Uhr (Europe/Berlin)`,
        }),
      );
  }
  return [{ id: entityUuid(slug, "schedule", `${row.id}-appointment`), service_id: serviceId, description: "Termine nach Vereinbarung", attending_type: "nach Vereinbarung" }];
}

function euros(cents: number): number {
  return Math.round(cents) / 100;
}

function serviceRecord(
  context: HsdsContext,
  row: ServiceRow,
  centre: GuideCentre,
  parts: { dates: Map<number, { date: string; start: string; end: string }[]>; cancelled: Map<number, string[]> },
): Json {
  const slug = context.network.slug;
  const id = entityUuid(slug, "service", row.id);
  const org = organization(context, centre);
  const place = location(context, row, centre);
  const salId = entityUuid(slug, "service_at_location", `${row.id}`);
  const taxonomyId = entityUuid(slug, "taxonomy", "categories");
  const termId = entityUuid(slug, "category", row.categoryKey);
  const email = isEmail(row.contactEmail) ? row.contactEmail.trim() : isEmail(centre.email) ? centre.email.trim() : undefined;
  const phone = row.contactPhone || centre.phone;
  const cost = row.costCents === 0 ? "kostenlos" : `${euros(row.costCents).toFixed(2).replace(".", ",")} €`;
  const audiences = row.audiences.map((a) => t(audienceKey(a as never)));
  const eligibility = [`Alter: ${formatAges(row.ageFromMonths, row.ageToMonths, t)}`, audiences.length ? `Für: ${audiences.join(", ")}` : ""].filter(Boolean).join(". ");
  const contact =
    row.contactName || isEmail(row.contactEmail) || row.contactPhone
      ? [
          compact({
            id: entityUuid(slug, "contact", row.id),
            service_id: id,
            name: row.contactName || undefined,
            email: isEmail(row.contactEmail) ? row.contactEmail.trim() : undefined,
            phones: row.contactPhone ? [{ id: entityUuid(slug, "contact-phone", row.id), contact_id: entityUuid(slug, "contact", row.id), number: row.contactPhone }] : [],
          }),
        ]
      : [];
  return compact({
    id,
    organization_id: org.id,
    name: row.title,
    description: row.description || row.title,
    url: new URL(`/guide/${slug}/offerings/${row.id}`, context.baseUrl).toString(),
    email,
    status: "active",
    application_process: row.registrationRequired ? `Anmeldung erforderlich${row.registrationHow ? `: ${row.registrationHow}` : "."}` : "Ohne Anmeldung.",
    fees_description: row.costNote ? `${cost}. ${row.costNote}` : cost,
    eligibility_description: eligibility,
    minimum_age: Math.round((row.ageFromMonths / 12) * 100) / 100,
    maximum_age: row.ageToMonths >= 1199 ? undefined : Math.round(((row.ageToMonths + 1) / 12) * 100) / 100,
    assured_date: berlinDate(row.verifiedAt),
    last_modified: new Date(row.updatedAt).toISOString(),
    phones: phone ? [{ id: entityUuid(slug, "service-phone", row.id), service_id: id, number: phone }] : [],
    schedules: schedules(context, row, id, parts.dates.get(row.id) ?? [], parts.cancelled.get(row.id) ?? []),
    service_at_locations: [{ id: salId, service_id: id, location_id: place.id, location: place }],
    languages: [...new Set(row.languages)].map((code) =>
      compact({ id: entityUuid(slug, "language", `${row.id}-${code}`), service_id: id, name: languageKey(code) ? t(languageKey(code)!) : code, code }),
    ),
    organization: org,
    cost_options: [
      compact({
        id: entityUuid(slug, "cost_option", row.id),
        service_id: id,
        option: row.costCents === 0 ? "kostenlos" : "Teilnahmebeitrag",
        currency: "EUR",
        amount: euros(row.costCents),
        amount_description: row.costNote || undefined,
      }),
    ],
    contacts: contact,
    attributes: [
      {
        id: entityUuid(slug, "attribute", `${row.id}-category`),
        link_id: id,
        link_type: "category",
        link_entity: "service",
        taxonomy_term_id: termId,
        taxonomy_term: compact({
          id: termId,
          code: row.categoryKey,
          name: row.categoryDe,
          description: taxonomyAreas[row.categoryArea] ? `${row.categoryArea}: ${taxonomyAreas[row.categoryArea]}` : row.categoryDe,
          taxonomy: "familiennetz-kategorien",
          taxonomy_id: taxonomyId,
          language: "de",
          taxonomy_detail: {
            id: taxonomyId,
            name: "familiennetz-kategorien",
            description: "Angebotskategorien des Netzwerks, nach den Leistungsbereichen des Gütesiegels Familienzentrum NRW",
          },
        }),
      },
    ],
  });
}

/** Complete HSDS service records of these offering ids (which must be visible), in the given order. */
export function hsdsServices(context: HsdsContext, ids: number[]): Json[] {
  if (ids.length === 0) return [];
  const today = context.today ?? berlinToday();
  const db = getDb();
  const centreById = new Map(centresOf(context.network.id).map((c) => [c.id, c]));
  const rows = new Map<number, ServiceRow>();
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const found = db
      .select({
        id: offerings.id,
        title: offerings.title,
        description: offerings.description,
        centreId: offerings.centreId,
        categoryKey: categories.key,
        categoryArea: categories.area,
        categoryDe: categories.nameDe,
        ageFromMonths: offerings.ageFromMonths,
        ageToMonths: offerings.ageToMonths,
        audiences: offerings.audiences,
        placeName: offerings.placeName,
        placeAddress: offerings.placeAddress,
        scheduleKind: offerings.scheduleKind,
        weekdays: offerings.weekdays,
        startTime: offerings.startTime,
        endTime: offerings.endTime,
        validFrom: offerings.validFrom,
        validUntil: offerings.validUntil,
        languages: offerings.languages,
        costCents: offerings.costCents,
        costNote: offerings.costNote,
        registrationRequired: offerings.registrationRequired,
        registrationHow: offerings.registrationHow,
        contactName: offerings.contactName,
        contactEmail: offerings.contactEmail,
        contactPhone: offerings.contactPhone,
        updatedAt: offerings.updatedAt,
        verifiedAt: offerings.verifiedAt,
      })
      .from(offerings)
      .innerJoin(centres, eq(centres.id, offerings.centreId))
      .innerJoin(categories, eq(categories.id, offerings.categoryId))
      .where(and(...visibleConditions(context.network.id, today), inArray(offerings.id, chunk)))
      .all();
    for (const row of found) rows.set(row.id, row);
  }
  const parts = scheduleParts([...rows.keys()], { from: today, to: "9999-12-31" });
  return ids
    .map((id) => rows.get(id))
    .filter((row): row is ServiceRow => row !== undefined)
    .map((row) => serviceRecord(context, row, centreById.get(row.centreId)!, parts));
}

/** Every visible offering of the network as HSDS service records (the CLI's export). */
export function exportHsds(context: HsdsContext): Json[] {
  return hsdsServices(context, hsdsServiceIds(context.network.id, context.today));
}

export const hsdsMaxPerPage = 200;

/** One page of the HSDS API's /services: HSDS's Page object with the records as `contents`. */
export function hsdsPage(context: HsdsContext, params: URLSearchParams) {
  const perPageRaw = Number(params.get("per_page") ?? 50);
  const perPage = Number.isInteger(perPageRaw) && perPageRaw >= 1 ? Math.min(perPageRaw, hsdsMaxPerPage) : 50;
  const pageRaw = Number(params.get("page") ?? 1);
  const page = Number.isInteger(pageRaw) && pageRaw >= 1 ? pageRaw : 1;
  const ids = hsdsServiceIds(context.network.id, context.today);
  const totalPages = Math.max(1, Math.ceil(ids.length / perPage));
  const contents = hsdsServices(context, ids.slice((page - 1) * perPage, page * perPage));
  return {
    total_items: ids.length,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}

/** One service by its UUID, or null. */
export function hsdsServiceById(context: HsdsContext, uuid: string): Json | null {
  const id = hsdsServiceIds(context.network.id, context.today).find((offeringId) => entityUuid(context.network.slug, "service", offeringId) === uuid.toLowerCase());
  return id === undefined ? null : (hsdsServices(context, [id])[0] ?? null);
}

/** The base URL of links in exports: APP_URL, else the request's origin (CLI: localhost). */
export function publicBaseUrl(request?: Request): string {
  return process.env.APP_URL ?? (request ? new URL(request.url).origin : `http://localhost:${process.env.PORT ?? 3000}`);
}
