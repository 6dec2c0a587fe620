// Date labels of the calendar views in the page's language (server and browser render the same text).
import type { Locale } from "~/modules/i18n/translate";

const intlLocale = (locale: Locale) => (locale === "en" ? "en-GB" : "de-DE");

function utc(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

function format(date: string, locale: Locale, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { ...options, timeZone: "UTC" }).format(utc(date));
}

/** "März 2026" */
export function monthTitle(date: string, locale: Locale): string {
  return format(date, locale, { month: "long", year: "numeric" });
}

/** "Dienstag, 3. März 2026" */
export function dayTitle(date: string, locale: Locale): string {
  return format(date, locale, { weekday: "long", day: "numeric", month: "long", year: "numeric" });
}

/** "Di., 3. März" */
export function shortDayTitle(date: string, locale: Locale): string {
  return format(date, locale, { weekday: "short", day: "numeric", month: "long" });
}

/** "3. März 2026" */
export function longDate(date: string, locale: Locale): string {
  return format(date, locale, { day: "numeric", month: "long", year: "numeric" });
}

/** Weekday names from Monday to Sunday, long and short. */
export function weekdayNames(locale: Locale): { long: string; short: string }[] {
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, i) => {
    const date = `2024-01-0${i + 1}`;
    return { long: format(date, locale, { weekday: "long" }), short: format(date, locale, { weekday: "short" }) };
  });
}

export function dayOfMonth(date: string): number {
  return Number(date.slice(8, 10));
}
