// Holidays in the calendar: NRW public holidays (computed) and school holidays (school_holidays
// table, instance-wide: seeded for the known years, admins add later years).
import { and, asc, eq, gte, lte, sql } from "drizzle-orm";
import { getDb } from "@db/client.server";
import { schoolHolidays } from "@db/schema";
import { recordAudit } from "~/modules/audit/audit.server";
import { isUniqueViolation, refused, type Mutation } from "~/modules/network/result";
import type { Actor } from "~/modules/permissions/permissions";
import { nrwPublicHolidaysBetween } from "./public-holidays";
import type { HolidayInput } from "./schemas";
import { daysBetween } from "./views";
import { berlinToday } from "~/modules/time/dates";

export type SchoolHoliday = typeof schoolHolidays.$inferSelect;

export interface DayHoliday {
  kind: "public" | "school";
  name: string;
}

export function listSchoolHolidays(): SchoolHoliday[] {
  return getDb().select().from(schoolHolidays).orderBy(asc(schoolHolidays.startsOn), asc(schoolHolidays.name)).all();
}

/** Public and school holidays of every day in the range that has any, public holidays first. */
export function holidaysByDay(from: string, to: string): Record<string, DayHoliday[]> {
  const result: Record<string, DayHoliday[]> = {};
  const add = (date: string, holiday: DayHoliday) => {
    (result[date] ??= []).push(holiday);
  };
  for (const holiday of nrwPublicHolidaysBetween(from, to)) add(holiday.date, { kind: "public", name: holiday.name });
  const rows = getDb()
    .select()
    .from(schoolHolidays)
    .where(and(lte(schoolHolidays.startsOn, to), gte(schoolHolidays.endsOn, from)))
    .orderBy(asc(schoolHolidays.startsOn))
    .all();
  for (const row of rows) {
    const first = row.startsOn > from ? row.startsOn : from;
    const last = row.endsOn < to ? row.endsOn : to;
    for (const day of daysBetween(first, last)) add(day, { kind: "school", name: row.name });
  }
  return result;
}

/**
 * Of these years, the ones for which no school holidays are entered (none starting or ending in them).
 * The data covers the years the ministry has published; later ones wait for an admin to enter them.
 */
export function schoolHolidayYearsMissing(years: number[]): number[] {
  if (years.length === 0) return [];
  const known = new Set(
    getDb()
      .select({ first: sql<string>`substr(${schoolHolidays.startsOn}, 1, 4)`, last: sql<string>`substr(${schoolHolidays.endsOn}, 1, 4)` })
      .from(schoolHolidays)
      .where(and(lte(schoolHolidays.startsOn, `${Math.max(...years)}-12-31`), gte(schoolHolidays.endsOn, `${Math.min(...years)}-01-01`)))
      .all()
      .flatMap((row) => [Number(row.first), Number(row.last)]),
  );
  return [...new Set(years)].filter((year) => !known.has(year)).sort((a, b) => a - b);
}

/** This year and the next without school holiday data: what admins are asked to enter. */
export function upcomingHolidayYearsMissing(): number[] {
  const year = Number(berlinToday().slice(0, 4));
  return schoolHolidayYearsMissing([year, year + 1]);
}

/** The calendar years a date range touches. */
export function yearsOf(from: string, to: string): number[] {
  const years: number[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) years.push(year);
  return years;
}

function auditView(row: SchoolHoliday) {
  return { name: row.name, startsOn: row.startsOn, endsOn: row.endsOn };
}

export function createSchoolHoliday(actor: Actor, input: HolidayInput): Mutation<SchoolHoliday> {
  try {
    return getDb().transaction((tx) => {
      const row = tx.insert(schoolHolidays).values(input).returning().get();
      recordAudit({ actor, networkId: null, entity: "school-holiday", entityId: row.id, action: "create", after: auditView(row) }, tx);
      return { ok: true as const, value: row };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return refused("name", "calendar.holidays.duplicate");
    throw error;
  }
}

/** Deletes a school holiday; false when there is no such row. */
export function deleteSchoolHoliday(actor: Actor, id: number): boolean {
  return getDb().transaction((tx) => {
    const row = tx.select().from(schoolHolidays).where(eq(schoolHolidays.id, id)).get();
    if (!row) return false;
    tx.delete(schoolHolidays).where(eq(schoolHolidays.id, id)).run();
    recordAudit({ actor, networkId: null, entity: "school-holiday", entityId: id, action: "delete", before: auditView(row) }, tx);
    return true;
  });
}
