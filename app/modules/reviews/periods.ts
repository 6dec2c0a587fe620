// Review periods: calendar quarters, half-years and years, their German titles, due dates and the
// suggestion for the next cycle. Pure functions on ISO dates (YYYY-MM-DD), shared by server and browser.

export type Cadence = "quarterly" | "half-yearly" | "yearly";
export const cadences = ["none", "quarterly", "half-yearly", "yearly"] as const;
export type CadenceSetting = (typeof cadences)[number];

export interface Period {
  start: string;
  end: string;
}

/** Days between a period's end and the cycle's due date. */
export const dueDaysAfterPeriod = 28;

const isoPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written as YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const match = isoPattern.exec(value);
  if (!match) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function lastDayOfMonth(year: number, month: number): string {
  const date = new Date(Date.UTC(year, month, 0));
  return `${year}-${pad(month)}-${pad(date.getUTCDate())}`;
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

/** Today in Europe/Berlin as YYYY-MM-DD. */
export function berlinToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Berlin", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/** Epoch milliseconds of midnight at the start of `iso` in Europe/Berlin. */
export function berlinMidnight(iso: string): number {
  const utc = Date.parse(`${iso}T00:00:00Z`);
  // The offset of Berlin at that moment (1 or 2 hours); midnight Berlin is that much earlier in UTC.
  const parts = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Berlin", hour: "2-digit", hourCycle: "h23" }).formatToParts(new Date(utc));
  const hour = Number(parts.find((p) => p.type === "hour")?.value ?? "0");
  return utc - hour * 3600_000;
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
