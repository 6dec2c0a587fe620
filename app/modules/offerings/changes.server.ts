// Readable differences between two states of an offering: German (or English) field names and values
// ("Kategorie: Sprachförderung → Gesundheit, Ernährung und Bewegung"), for versions and conflicts.
import { eq } from "drizzle-orm";
import { getDb } from "@db/client.server";
import { categories, neighbourhoods, partners } from "@db/schema";
import type { Locale, MessageKey, Translate } from "~/modules/i18n/translate";
import { ageText, formatCost, formatDay, splitAge, timeRange } from "./format";
import { audienceKey, languageKey, scheduleKindKey, statusKey, weekdayShortKey, type Audience, type OfferingStatus, type ScheduleKind } from "./options";

export interface Lookups {
  categories: Map<number, { nameDe: string; nameEn: string }>;
  neighbourhoods: Map<number, string>;
  partners: Map<number, string>;
}

export function lookupsFor(networkId: number): Lookups {
  const db = getDb();
  return {
    categories: new Map(db.select().from(categories).where(eq(categories.networkId, networkId)).all().map((c) => [c.id, c])),
    neighbourhoods: new Map(db.select().from(neighbourhoods).where(eq(neighbourhoods.networkId, networkId)).all().map((n) => [n.id, n.name])),
    partners: new Map(db.select().from(partners).where(eq(partners.networkId, networkId)).all().map((p) => [p.id, p.name])),
  };
}

/** The content fields in the order the form shows them. */
export const fieldOrder = [
  "title", "description", "categoryId", "ageFromMonths", "ageToMonths", "audiences", "neighbourhoodId", "placeName",
  "placeAddress", "scheduleKind", "weekdays", "startTime", "endTime", "validFrom", "validUntil", "dates", "cancelled",
  "languages", "costCents", "costNote", "registrationRequired", "registrationHow", "capacity", "partnerIds",
  "contactName", "contactEmail", "contactPhone", "status", "focusAreas",
] as const;

export const fieldLabelKey = (field: string): MessageKey => `offerings.field.${field}` as MessageKey;

export interface ChangeLine {
  field: string;
  label: string;
  from: string;
  to: string;
}

const maxLength = 160;

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > maxLength ? `${flat.slice(0, maxLength - 1)}…` : flat;
}

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** One value of a field as a person reads it; "–" for nothing. */
export function describeValue(field: string, value: unknown, lookups: Lookups, t: Translate, locale: Locale): string {
  const none = "–";
  if (value === null || value === undefined || value === "") return none;
  const join = (items: string[]) => (items.length > 0 ? items.join(", ") : none);
  switch (field) {
    case "categoryId": {
      const category = lookups.categories.get(Number(value));
      return category ? (locale === "en" ? category.nameEn : category.nameDe) : `#${String(value)}`;
    }
    case "neighbourhoodId":
      return lookups.neighbourhoods.get(Number(value)) ?? `#${String(value)}`;
    case "partnerIds":
      return join(asList(value).map((id) => lookups.partners.get(Number(id)) ?? `#${String(id)}`));
    case "ageFromMonths":
    case "ageToMonths": {
      const age = splitAge(Number(value), field === "ageFromMonths" ? "from" : "to");
      return ageText(age.value, age.unit, t);
    }
    case "audiences":
      return join(asList(value).map((a) => t(audienceKey(a as Audience))));
    case "scheduleKind":
      return t(scheduleKindKey(value as ScheduleKind));
    case "weekdays":
      return join(asList(value).map((d) => t(weekdayShortKey(Number(d)))));
    case "validFrom":
    case "validUntil":
      return formatDay(String(value), locale);
    case "dates":
      return join(
        asList(value).map((row) => {
          const d = row as { date: string; startTime: string; endTime: string };
          return `${formatDay(d.date, locale)} ${timeRange(d.startTime, d.endTime)}`;
        }),
      );
    case "cancelled":
      return join(asList(value).map((d) => formatDay(String(d), locale)));
    case "languages":
      return join(asList(value).map((code) => {
        const key = languageKey(String(code));
        return key ? t(key) : String(code);
      }));
    case "costCents":
      return formatCost(Number(value), locale, t);
    case "registrationRequired":
      return value ? t("offerings.yes") : t("offerings.no");
    case "status":
      return t(statusKey(value as OfferingStatus));
    case "focusAreas":
      return join(asList(value).map(String));
    default:
      return typeof value === "string" ? shorten(value) : shorten(JSON.stringify(value));
  }
}

/** `changes` as { field: [before, after] } (from the versions table or a conflict) as readable lines. */
export function describeChanges(changes: Record<string, [unknown, unknown]>, lookups: Lookups, t: Translate, locale: Locale): ChangeLine[] {
  const known = fieldOrder as readonly string[];
  const fields = Object.keys(changes).sort((a, b) => {
    const ia = known.indexOf(a);
    const ib = known.indexOf(b);
    return (ia < 0 ? 999 : ia) - (ib < 0 ? 999 : ib);
  });
  return fields.map((field) => {
    const [before, after] = changes[field]!;
    return {
      field,
      label: known.includes(field) ? t(fieldLabelKey(field)) : field,
      from: describeValue(field, before, lookups, t, locale),
      to: describeValue(field, after, lookups, t, locale),
    };
  });
}
