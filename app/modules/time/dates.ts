// Calendar dates of familiennetz: ISO strings (YYYY-MM-DD) in Europe/Berlin, where the networks live.
// Date arithmetic on such strings is done on UTC midnights (no daylight-saving surprises); the only
// conversions between a moment and a Berlin date are here. Shared by server and browser.
import { TZDate } from "@date-fns/tz";
import { addMonths as addMonthsToDate, differenceInCalendarDays } from "date-fns";
import { nowMs } from "./clock";

export const timeZone = "Europe/Berlin";

// One formatter for all calls: building an Intl formatter per call costs more than a whole guide query.
const berlinFormatter = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });

/** The Berlin calendar date (YYYY-MM-DD) of a moment (epoch milliseconds or Date). */
export function berlinDate(at: number | Date): string {
  return berlinFormatter.format(at);
}

/** Today in Berlin by the app's clock. */
export function berlinToday(): string {
  return berlinDate(nowMs());
}

/** Epoch milliseconds of midnight at the start of `iso` in Berlin. */
export function berlinMidnight(iso: string): number {
  const [year, month, day] = splitIso(iso);
  return new TZDate(year, month - 1, day, timeZone).getTime();
}

/** The moment of a Berlin wall-clock date and time ("HH:MM"). */
export function berlinMoment(iso: string, time: string): number {
  const [year, month, day] = splitIso(iso);
  const [hours, minutes] = time.split(":").map(Number);
  return new TZDate(year, month - 1, day, hours ?? 0, minutes ?? 0, timeZone).getTime();
}

const isoPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written as YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  if (!isoPattern.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function splitIso(iso: string): [number, number, number] {
  return [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
}

/** UTC midnight of an ISO date, in epoch milliseconds. */
export function parseIsoDate(iso: string): number {
  const [year, month, day] = splitIso(iso);
  return Date.UTC(year, month - 1, day);
}

/** The ISO date of a UTC midnight (or any moment, read in UTC). */
export function formatIsoDate(time: number | Date): string {
  return new Date(time).toISOString().slice(0, 10);
}

function utc(iso: string): TZDate {
  const [year, month, day] = splitIso(iso);
  return new TZDate(year, month - 1, day, "UTC");
}

const day = 86_400_000;

/** Adds calendar days (plain arithmetic on UTC midnights: this runs in the guide's and the scan's loops). */
export function addDays(iso: string, days: number): string {
  return formatIsoDate(parseIsoDate(iso) + days * day);
}

/** Adds calendar months; the day is clamped to the month's length (31 January + 1 month = 28/29 February). */
export function addMonths(iso: string, months: number): string {
  return formatIsoDate(addMonthsToDate(utc(iso), months));
}

/** Calendar days from `from` until `to` (negative when `to` lies before). */
export function daysUntil(from: string, to: string): number {
  return differenceInCalendarDays(utc(to), utc(from));
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a YYYY-MM-DD date. */
export function isoWeekday(iso: string): number {
  const day = new Date(parseIsoDate(iso)).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The last day of a month (month 1 … 12) as YYYY-MM-DD. */
export function lastDayOfMonth(year: number, month: number): string {
  return formatIsoDate(Date.UTC(year, month, 0));
}

/** The first day of the date's month. */
export function firstOfMonth(iso: string): string {
  return `${iso.slice(0, 7)}-01`;
}

/** The last day of the date's month. */
export function lastOfMonth(iso: string): string {
  const [year, month] = splitIso(iso);
  return lastDayOfMonth(year, month);
}
