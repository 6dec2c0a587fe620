// Expands an offering's schedule into dated occurrences within a range (local Berlin dates and times).
import { formatIsoDate, isoWeekday, parseIsoDate } from "~/modules/time/dates";

export interface Schedule {
  kind: "weekly" | "dates" | "appointment";
  /** ISO weekdays, 1 = Monday … 7 = Sunday (weekly only). */
  weekdays: number[];
  startTime: string | null;
  endTime: string | null;
  validFrom: string | null;
  validUntil: string | null;
  dates: { date: string; start: string; end: string }[];
  cancelled: string[];
}

export interface Occurrence {
  date: string;
  start: string;
  end: string;
}

const DAY = 86_400_000;

/** Occurrences between `from` and `to` (inclusive), sorted, without cancelled dates. */
export function expandOccurrences(schedule: Schedule, from: string, to: string): Occurrence[] {
  const cancelled = new Set(schedule.cancelled);
  const result: Occurrence[] = [];
  if (schedule.kind === "weekly" && schedule.startTime && schedule.endTime && schedule.weekdays.length > 0) {
    const first = schedule.validFrom && schedule.validFrom > from ? schedule.validFrom : from;
    const last = schedule.validUntil && schedule.validUntil < to ? schedule.validUntil : to;
    const days = new Set(schedule.weekdays);
    for (let t = parseIsoDate(first), end = parseIsoDate(last); t <= end; t += DAY) {
      const date = formatIsoDate(t);
      if (days.has(isoWeekday(date)) && !cancelled.has(date)) {
        result.push({ date, start: schedule.startTime, end: schedule.endTime });
      }
    }
  } else if (schedule.kind === "dates") {
    for (const occurrence of schedule.dates) {
      if (occurrence.date >= from && occurrence.date <= to && !cancelled.has(occurrence.date)) result.push({ ...occurrence });
    }
  }
  return result.sort((a, b) => a.date.localeCompare(b.date) || a.start.localeCompare(b.start));
}
