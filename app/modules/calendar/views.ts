// The calendar page's state in the URL (view, date, filters) and the date ranges the views cover.
// Pure: used by the loader and by the components.
import { isCalendarDate } from "~/modules/forms/fields";
import { addDays, addMonths, firstOfMonth, isoWeekday, lastOfMonth, parseIsoDate } from "~/modules/time/dates";

export const calendarViews = ["month", "week", "list"] as const;
export type CalendarView = (typeof calendarViews)[number];

export interface CalendarQuery {
  view: CalendarView;
  /** Any day inside the shown month or week (YYYY-MM-DD). */
  date: string;
  /** Filters by slug (centre, neighbourhood) and category key; empty: no filter. */
  centre: string;
  neighbourhood: string;
  category: string;
}

const shortText = (value: string | null) => (value && /^[a-z0-9][a-z0-9-]{0,79}$/.test(value) ? value : "");

/** Reads the query string; unknown or malformed values fall back to the defaults. */
export function parseCalendarQuery(params: URLSearchParams, today: string): CalendarQuery {
  const view = params.get("view");
  const date = params.get("date");
  return {
    view: calendarViews.includes(view as CalendarView) ? (view as CalendarView) : "month",
    date: date && isCalendarDate(date) ? date : today,
    centre: shortText(params.get("centre")),
    neighbourhood: shortText(params.get("neighbourhood")),
    category: shortText(params.get("category")),
  };
}

/** The Monday of the date's ISO week. */
export function startOfWeek(date: string): string {
  return addDays(date, 1 - isoWeekday(date));
}

/** ISO 8601 week number. */
export function isoWeekNumber(date: string): number {
  const thursday = addDays(date, 4 - isoWeekday(date));
  const yearStart = `${thursday.slice(0, 4)}-01-01`;
  return Math.floor((parseIsoDate(thursday) - parseIsoDate(yearStart)) / 86_400_000 / 7) + 1;
}

/** The days a view shows entries for (inclusive). The month and list views cover the month, the week view its week. */
export function viewRange(view: CalendarView, date: string): { from: string; to: string } {
  if (view === "week") {
    const from = startOfWeek(date);
    return { from, to: addDays(from, 6) };
  }
  return { from: firstOfMonth(date), to: lastOfMonth(date) };
}

/** The date the previous (-1) or next (+1) page of a view starts at. */
export function shiftDate(view: CalendarView, date: string, direction: -1 | 1): string {
  if (view === "week") return addDays(startOfWeek(date), 7 * direction);
  return firstOfMonth(addMonths(date, direction));
}

/** The month as weeks of seven days (Monday first); days of neighbouring months are null. */
export function monthGrid(date: string): (string | null)[][] {
  const first = firstOfMonth(date);
  const last = lastOfMonth(date);
  const weeks: (string | null)[][] = [];
  for (let monday = startOfWeek(first); monday <= last; monday = addDays(monday, 7)) {
    const week: (string | null)[] = [];
    for (let i = 0; i < 7; i++) {
      const day = addDays(monday, i);
      week.push(day >= first && day <= last ? day : null);
    }
    weeks.push(week);
  }
  return weeks;
}

/** Every day from `from` to `to` (inclusive). */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
}

/** The calendar page's URL for a query, leaving out defaults and empty filters. */
export function calendarHref(base: string, query: CalendarQuery, changes: Partial<CalendarQuery> = {}): string {
  const next = { ...query, ...changes };
  const params = new URLSearchParams();
  params.set("view", next.view);
  params.set("date", next.date);
  if (next.centre) params.set("centre", next.centre);
  if (next.neighbourhood) params.set("neighbourhood", next.neighbourhood);
  if (next.category) params.set("category", next.category);
  return `${base}?${params.toString()}`;
}
