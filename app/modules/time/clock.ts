// The one clock of familiennetz. Everything that asks "what time is it?" – today's date, countdowns, next
// dates, due dates, reminders, stale checks, timestamps written to the database, the demo seed – reads it.
//
// Production reads the system time. `APP_NOW` (an ISO date-time, e.g. `2029-02-01T09:00:00+01:00`) starts the
// clock of a process at that moment; it then runs on in real time (a demo or a browser test "on another
// day"). In-process tests may pin it with `setClock` and release it with `setClock(null)`.
// Durations (timeouts, throttles, benchmarks) measure elapsed time and use `performance.now()` instead.

function offsetFromEnvironment(): number {
  const value = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.APP_NOW;
  if (!value) return 0;
  const at = Date.parse(value);
  if (Number.isNaN(at)) throw new Error(`APP_NOW is not a date-time: ${value}`);
  return at - Date.now();
}

const offset = offsetFromEnvironment();
let pinned: number | null = null;

/** The current moment in epoch milliseconds. */
export function nowMs(): number {
  return pinned ?? Date.now() + offset;
}

/** The current moment as a Date. */
export function nowDate(): Date {
  return new Date(nowMs());
}

/** Tests only: pins the clock to a moment (a Date, epoch milliseconds or an ISO string); null releases it. */
export function setClock(at: Date | number | string | null): void {
  if (at === null) {
    pinned = null;
    return;
  }
  const ms = typeof at === "number" ? at : typeof at === "string" ? Date.parse(at) : at.getTime();
  if (Number.isNaN(ms)) throw new Error(`setClock: not a date-time: ${String(at)}`);
  pinned = ms;
}
