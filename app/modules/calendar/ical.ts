// iCalendar (RFC 5545) writer for offerings and events: Europe/Berlin local times with a VTIMEZONE,
// weekly recurrence as RRULE, cancelled dates as EXDATE, text escaped and lines folded at 75 octets.
import { TZDate } from "@date-fns/tz";
import { nowDate } from "~/modules/time/clock";

export const calendarTimeZone = "Europe/Berlin";

export type IcsWeekday = "MO" | "TU" | "WE" | "TH" | "FR" | "SA" | "SU";

export interface IcsEvent {
  uid: string;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  /** Local date and times in Europe/Berlin. */
  date: string; // YYYY-MM-DD of the first occurrence
  start: string; // HH:MM
  end: string; // HH:MM
  weekly?: { days: IcsWeekday[]; until?: string | null };
  /** Dates (YYYY-MM-DD) on which a recurring event does not take place. */
  exdates?: string[];
  lastModified?: Date;
  categories?: string[];
}

const vtimezone = [
  "BEGIN:VTIMEZONE",
  "TZID:Europe/Berlin",
  "X-LIC-LOCATION:Europe/Berlin",
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0200",
  "TZNAME:CEST",
  "DTSTART:19700329T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0200",
  "TZOFFSETTO:+0100",
  "TZNAME:CET",
  "DTSTART:19701025T030000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
];

/** TEXT value escaping (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n?/g, "\n")
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\n/g, "\\n");
}

/** Folds a content line into chunks of at most 75 octets, never splitting a UTF-8 character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = "";
  let size = 0;
  let limit = 75;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    if (size + bytes > limit) {
      parts.push(current);
      current = "";
      size = 0;
      limit = 74; // continuation lines begin with a space
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

function localDateTime(date: string, time: string): string {
  return `${date.replace(/-/g, "")}T${time.replace(":", "")}00`;
}

function utcStamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

/** The last moment of a local day in Berlin, as a UTC timestamp (UNTIL must be UTC with a TZID start). */
function endOfLocalDayUtc(date: string): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const local = new TZDate(y, m - 1, d, 23, 59, 59, calendarTimeZone);
  return utcStamp(new Date(local.getTime()));
}

function eventLines(event: IcsEvent, stamp: Date): string[] {
  const lines = [
    "BEGIN:VEVENT",
    `UID:${event.uid}`,
    `DTSTAMP:${utcStamp(stamp)}`,
    `DTSTART;TZID=${calendarTimeZone}:${localDateTime(event.date, event.start)}`,
    `DTEND;TZID=${calendarTimeZone}:${localDateTime(event.date, event.end)}`,
    `SUMMARY:${escapeText(event.summary)}`,
  ];
  if (event.weekly) {
    let rule = `RRULE:FREQ=WEEKLY;BYDAY=${event.weekly.days.join(",")}`;
    if (event.weekly.until) rule += `;UNTIL=${endOfLocalDayUtc(event.weekly.until)}`;
    lines.push(rule);
    for (const date of [...new Set(event.exdates ?? [])].sort()) {
      lines.push(`EXDATE;TZID=${calendarTimeZone}:${localDateTime(date, event.start)}`);
    }
  }
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.url) lines.push(`URL:${event.url}`);
  if (event.categories?.length) lines.push(`CATEGORIES:${event.categories.map(escapeText).join(",")}`);
  // Never ahead of the feed itself (a record stamped in the future would confuse calendar clients).
  if (event.lastModified) lines.push(`LAST-MODIFIED:${utcStamp(event.lastModified > stamp ? stamp : event.lastModified)}`);
  lines.push("END:VEVENT");
  return lines;
}

export function buildCalendar(input: { name: string; events: IcsEvent[]; now?: Date }): string {
  const stamp = input.now ?? nowDate();
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//familiennetz//Kalender//DE",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(input.name)}`,
    `X-WR-TIMEZONE:${calendarTimeZone}`,
    ...vtimezone,
    // With METHOD:PUBLISH, DTSTAMP is when this calendar object was made: the time the feed is generated.
    ...input.events.flatMap((event) => eventLines(event, stamp)),
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join("\r\n") + "\r\n";
}
