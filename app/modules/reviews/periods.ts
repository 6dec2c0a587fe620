// Review periods: calendar quarters, half-years and years, their German titles, due dates and the
// suggestion for the next cycle. Pure functions on ISO dates (YYYY-MM-DD), shared by server and browser.

import { addDays, lastDayOfMonth } from "~/modules/time/dates";

export type Cadence = "quarterly" | "half-yearly" | "yearly";
export const cadences = ["none", "quarterly", "half-yearly", "yearly"] as const;
export type CadenceSetting = (typeof cadences)[number];

export interface Period {
  start: string;
  end: string;
}

/** Days between a period's end and the cycle's due date. */
export const dueDaysAfterPeriod = 28;

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function monthsOf(cadence: Cadence): number {
  return cadence === "quarterly" ? 3 : cadence === "half-yearly" ? 6 : 12;
}

/** The calendar quarter, half-year or year that contains `iso`. */
export function periodContaining(cadence: Cadence, iso: string): Period {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  const length = monthsOf(cadence);
  const first = Math.floor((month - 1) / length) * length + 1;
  const last = first + length - 1;
  return { start: `${year}-${pad(first)}-01`, end: lastDayOfMonth(year, last) };
}

/** The period of the cadence that follows directly after `previousEnd`. */
export function periodAfter(cadence: Cadence, previousEnd: string): Period {
  const start = addDays(previousEnd, 1);
  return { start, end: periodContaining(cadence, start).end };
}

/** "1. Halbjahr 2027", "3. Quartal 2027", "Jahr 2027" for the period starting at `start`. */
export function periodTitle(cadence: Cadence, start: string): string {
  const year = start.slice(0, 4);
  const month = Number(start.slice(5, 7));
  if (cadence === "yearly") return `Jahr ${year}`;
  if (cadence === "quarterly") return `${Math.floor((month - 1) / 3) + 1}. Quartal ${year}`;
  return `${month <= 6 ? 1 : 2}. Halbjahr ${year}`;
}

export function dueDateFor(period: Period): string {
  return addDays(period.end, dueDaysAfterPeriod);
}

/**
 * The next cycle of a cadence: the period following the latest cycle's period, or the current period when
 * there is none. When the following period has ended too (nobody ran the jobs for a long time), the
 * current period is taken instead, so no backlog of stale cycles appears.
 */
export function nextCyclePeriod(cadence: Cadence, latestEnd: string | null, today: string): Period {
  if (latestEnd === null) return periodContaining(cadence, today);
  const next = periodAfter(cadence, latestEnd);
  if (next.end < today) return periodContaining(cadence, today);
  return next;
}

/** The suggestion on the new-cycle form: the half-year after the latest cycle, or the current one. */
export function suggestedCycle(latestEnd: string | null, today: string): Period & { title: string; dueOn: string } {
  const period = latestEnd === null ? periodContaining("half-yearly", today) : periodAfter("half-yearly", latestEnd);
  return { ...period, title: periodTitle("half-yearly", period.start), dueOn: dueDateFor(period) };
}
