// How the guide writes an offering's essentials. The server writes these texts into the loader data, so
// that the guide's browser code needs neither the offerings' messages nor their formatting code.
import type { Locale, Translate } from "~/modules/i18n/translate";
import { formatAges, formatCost, formatDay, timeRange } from "~/modules/offerings/format";
import type { GuideOfferingRow } from "./search.server";
import { languageKey, weekdayKey, weekdayShortKey } from "~/modules/offerings/options";
import { isoWeekday } from "~/modules/time/dates";

export interface WhenInput {
  scheduleKind: "weekly" | "dates" | "appointment";
  weekdays: number[];
  startTime: string | null;
  endTime: string | null;
  validFrom: string | null;
  validUntil: string | null;
}

/** "Jeden Dienstag, 10:00–11:00 Uhr", "nach Vereinbarung", or "" for single dates (listed separately). */
export function whenText(s: WhenInput, t: Translate, locale: Locale): string {
  if (s.scheduleKind === "appointment") return t("offerings.schedule.appointmentShort");
  if (s.scheduleKind !== "weekly") return "";
  const days = s.weekdays.map((d) => t(weekdayKey(d))).join(", ");
  const parts = [t("guide.offering.weekly", { days, time: timeRange(s.startTime, s.endTime) })];
  if (s.validFrom) parts.push(t("guide.offering.from", { date: formatDay(s.validFrom, locale) }));
  if (s.validUntil) parts.push(t("guide.offering.until", { date: formatDay(s.validUntil, locale) }));
  return parts.join(", ");
}

/** "Di 05.12.2026, 10:00–11:00" */
export function occurrenceText(o: { date: string; start: string; end: string }, t: Translate, locale: Locale): string {
  return `${t(weekdayShortKey(isoWeekday(o.date)))} ${formatDay(o.date, locale)}, ${timeRange(o.start, o.end)}`;
}

export function languageNames(codes: string[], t: Translate): string {
  return codes.map((code) => (languageKey(code) ? t(languageKey(code)!) : code)).join(", ");
}

export interface GuideCard {
  id: number;
  title: string;
  centre: { slug: string; name: string };
  neighbourhood: { slug: string; name: string } | null;
  category: string;
  ages: string;
  /** The weekly rule or "by appointment"; "" for single dates. */
  when: string;
  /** The next dates as text; null for offerings by appointment. */
  nextDates: string[] | null;
  cost: string;
  languages: string;
}

export function guideCard(row: GuideOfferingRow, t: Translate, locale: Locale): GuideCard {
  return {
    id: row.id,
    title: row.title,
    centre: row.centre,
    neighbourhood: row.neighbourhood,
    category: locale === "en" ? row.category.nameEn : row.category.nameDe,
    ages: formatAges(row.ageFromMonths, row.ageToMonths, t),
    when: whenText(row, t, locale),
    nextDates: row.scheduleKind === "appointment" ? null : row.nextDates.map((o) => occurrenceText(o, t, locale)),
    cost: formatCost(row.costCents, locale, t),
    languages: languageNames(row.languages, t),
  };
}
