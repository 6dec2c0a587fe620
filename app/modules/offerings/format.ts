// How offerings read in lists and on their page: ages, schedules, costs, dates (pure, server and browser).
import type { Locale, Translate } from "~/modules/i18n/translate";
import { maxAgeMonths, weekdayShortKey } from "./options";
import { berlinToday } from "~/modules/time/dates";

const intlLocale = (locale: Locale) => (locale === "en" ? "en-GB" : "de-DE");

/** A calendar date as the locale writes it: 05.12.2026 / 05/12/2026. */
export function formatDay(iso: string, locale: Locale): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale(locale), { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" }).format(date);
}

/** "09:30–10:30" */
export function timeRange(start: string | null, end: string | null): string {
  if (!start) return "";
  return end ? `${start}–${end}` : start;
}

/** An age in months as a number with its unit: whole years where it is a whole year. */
export function splitAge(months: number, edge: "from" | "to"): { value: number; unit: "years" | "months" } {
  if (edge === "from") return months % 12 === 0 ? { value: months / 12, unit: "years" } : { value: months, unit: "months" };
  return months % 12 === 11 ? { value: (months - 11) / 12, unit: "years" } : { value: months, unit: "months" };
}

/** "2 Jahre", "1 Monat", "0–3 Jahre": a number or range with its unit. */
export function ageText(range: string | number, unit: "years" | "months", t: Translate): string {
  if (String(range) === "1") return t(unit === "years" ? "offerings.ages.yearOne" : "offerings.ages.monthOne");
  return t(unit === "years" ? "offerings.ages.years" : "offerings.ages.months", { range: String(range) });
}

/** "0–3 Jahre", "6–18 Monate", "6 Monate – 3 Jahre", "ab 18 Jahren". */
export function formatAges(fromMonths: number, toMonths: number, t: Translate): string {
  const from = splitAge(fromMonths, "from");
  const to = splitAge(toMonths, "to");
  if (toMonths >= maxAgeMonths) {
    if (fromMonths === 0) return t("offerings.ages.all");
    return t(from.unit === "years" ? "offerings.ages.fromYears" : "offerings.ages.fromMonths", { age: from.value });
  }
  if (from.unit === to.unit) {
    return ageText(from.value === to.value ? to.value : `${from.value}–${to.value}`, to.unit, t);
  }
  return `${ageText(from.value, from.unit, t)} – ${ageText(to.value, to.unit, t)}`;
}

/** Cents as "12,50 €"; free offerings say so. */
export function formatCost(cents: number, locale: Locale, t: Translate): string {
  if (cents === 0) return t("offerings.free");
  return new Intl.NumberFormat(intlLocale(locale), { style: "currency", currency: "EUR" }).format(cents / 100);
}

/** Cents as the form writes them: "12,50" (German) or "12.50". */
export function centsToInput(cents: number, locale: Locale = "de"): string {
  if (cents === 0) return "";
  const text = cents % 100 === 0 ? String(cents / 100) : (cents / 100).toFixed(2);
  return locale === "de" ? text.replace(".", ",") : text;
}

export interface ScheduleSummaryInput {
  scheduleKind: "weekly" | "dates" | "appointment";
  weekdays: number[];
  startTime: string | null;
  endTime: string | null;
  validFrom?: string | null;
  validUntil?: string | null;
  /** The offering's single dates, sorted. */
  dates?: { date: string; startTime: string; endTime: string }[];
}

/** One line for lists: "Di, Do 09:30–10:30", "05.12.2026 10:00–12:00 (+2 weitere)", "nach Vereinbarung". */
export function scheduleSummary(s: ScheduleSummaryInput, t: Translate, locale: Locale, today = berlinToday()): string {
  if (s.scheduleKind === "appointment") return t("offerings.schedule.appointmentShort");
  if (s.scheduleKind === "weekly") {
    const days = s.weekdays.map((d) => t(weekdayShortKey(d))).join(", ");
    const line = [days, timeRange(s.startTime, s.endTime)].filter(Boolean).join(" ");
    if (s.validUntil && s.validUntil < today) return `${line} (${t("offerings.schedule.ended", { date: formatDay(s.validUntil, locale) })})`;
    if (s.validFrom && s.validFrom > today) return `${line} (${t("offerings.schedule.startsOn", { date: formatDay(s.validFrom, locale) })})`;
    return line;
  }
  const dates = s.dates ?? [];
  if (dates.length === 0) return t("offerings.schedule.noDates");
  const upcoming = dates.filter((d) => d.date >= today);
  const next = upcoming[0];
  if (!next) return t("offerings.schedule.datesPast", { date: formatDay(dates[dates.length - 1]!.date, locale) });
  const line = `${formatDay(next.date, locale)} ${timeRange(next.startTime, next.endTime)}`;
  return upcoming.length > 1 ? `${line} ${t("offerings.schedule.more", { count: upcoming.length - 1 })}` : line;
}
