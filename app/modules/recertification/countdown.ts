// Certificate countdown: how long a centre's Gütesiegel is still valid, which calendar year its
// recertification reviews and how urgent a warning is. Pure (dates as YYYY-MM-DD), used by server and browser.
import { addMonths, daysUntil } from "~/modules/time/dates";

/** Warnings go out when a certificate enters these many months before it runs out. */
export const warningMonths = [18, 12, 6] as const;
export type WarningMonths = (typeof warningMonths)[number];
export type WarningLevel = WarningMonths | "expired" | null;

function parts(iso: string): [number, number, number] {
  return [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
}

export function addYears(iso: string, years: number): string {
  return addMonths(iso, years * 12);
}

/** Whole calendar months from `today` until `until` (0 when less than a month is left; negative when passed). */
export function monthsUntil(today: string, until: string): number {
  if (until < today) return -monthsUntil(until, today);
  const [ay, am] = parts(today);
  const [by, bm] = parts(until);
  let months = (by - ay) * 12 + (bm - am);
  if (addMonths(today, months) > until) months -= 1;
  return months;
}

/** The calendar year the recertification reviews: the one set for the centre, else the year before the certificate ends. */
export function reviewYear(validUntil: string | null, recertificationYear: number | null): number | null {
  if (recertificationYear) return recertificationYear;
  if (!validUntil) return null;
  return Number(validUntil.slice(0, 4)) - 1;
}

export function reviewPeriod(year: number): { from: string; to: string } {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** The most urgent warning threshold the certificate has entered, "expired" after its last day, null before 18 months. */
export function warningLevel(today: string, validUntil: string | null): WarningLevel {
  if (!validUntil) return null;
  if (validUntil < today) return "expired";
  for (const months of [...warningMonths].reverse()) {
    if (today >= addMonths(validUntil, -months)) return months;
  }
  return null;
}

export interface Countdown {
  validUntil: string | null;
  reviewYear: number | null;
  days: number | null;
  months: number | null;
  level: WarningLevel;
}

export function countdown(today: string, validUntil: string | null, recertificationYear: number | null): Countdown {
  return {
    validUntil,
    reviewYear: reviewYear(validUntil, recertificationYear),
    days: validUntil ? daysUntil(today, validUntil) : null,
    months: validUntil ? monthsUntil(today, validUntil) : null,
    level: warningLevel(today, validUntil),
  };
}

/** The countdown as a message key and its values, e.g. recert.countdown.months {count: 8} → "läuft ab in 8 Monaten". */
export function countdownMessage(c: Pick<Countdown, "validUntil" | "days" | "months">):
  | { key: "recert.countdown.none" | "recert.countdown.today"; vars: Record<string, number> }
  | { key: "recert.countdown.expired" | "recert.countdown.days" | "recert.countdown.day" | "recert.countdown.months" | "recert.countdown.month"; vars: { count: number } } {
  if (!c.validUntil || c.days === null || c.months === null) return { key: "recert.countdown.none", vars: {} };
  if (c.days < 0) return { key: "recert.countdown.expired", vars: { count: -c.days } };
  if (c.days === 0) return { key: "recert.countdown.today", vars: {} };
  if (c.months >= 1) return { key: c.months === 1 ? "recert.countdown.month" : "recert.countdown.months", vars: { count: c.months } };
  return { key: c.days === 1 ? "recert.countdown.day" : "recert.countdown.days", vars: { count: c.days } };
}
