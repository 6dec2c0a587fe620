// Every date of the demo network, relative to the day it is seeded: certificates, agreements, meetings,
// actions and review cycles. Pure: the seed writes these dates, and the tests derive the texts they expect
// from the same function and the same clock, so the demo looks alike whenever it is opened.
import { periodContaining, periodTitle, dueDateFor, type Period } from "../../app/modules/reviews/periods";
import { addDays, addMonths, berlinToday, firstOfMonth, isoWeekday, lastOfMonth } from "../../app/modules/time/dates";

export interface DemoCycleDates extends Period {
  title: string;
  due: string;
  /** Epoch milliseconds; always in the past. */
  closedAt: number;
}

export interface DemoCalendar {
  today: string;
  /** Centre slug → [valid from, valid until]. */
  certificates: Record<string, [string, string]>;
  /** "centre|partner" → [starts on, ends on or null]. */
  agreements: Record<string, [string, string | null]>;
  /** The three held meetings (oldest first) and the planned one. */
  meetings: { held: [string, string, string]; planned: string };
  /** Due dates of the demo's actions, by a short name. */
  actionsDue: Record<"cafes" | "consultation" | "survey" | "toddlers" | "agreement" | "languageCafe" | "notice" | "trainingPlan", string>;
  /** The two closed review cycles (older first) and the half-year the coordinator opens next. */
  cycles: { closed: [DemoCycleDates, DemoCycleDates]; next: Period & { title: string; due: string } };
  /** Dates of recertification evidence, by a short name. */
  evidence: Record<"socialSpace" | "survey" | "pusteblumeSocialSpace" | "concept" | "training", string>;
}

const day = 86_400_000;

/** The Wednesday on or before a date (the working group meets on Wednesdays). */
function wednesdayOnOrBefore(iso: string): string {
  return addDays(iso, -((isoWeekday(iso) - 3 + 7) % 7));
}

/** The last day of the month `months` months from `iso`. */
function monthEnd(iso: string, months: number): string {
  return lastOfMonth(addMonths(iso, months));
}

/** The first day of the month `months` months from `iso`. */
function monthStart(iso: string, months: number): string {
  return firstOfMonth(addMonths(iso, months));
}

/** A certificate of four years that runs out at the end of the month `months` months from today. */
function certificate(today: string, months: number): [string, string] {
  const until = monthEnd(today, months);
  return [addDays(addMonths(until, -48), 1), until];
}

function closedCycle(period: Period, closeBy: number, extraDays: number): DemoCycleDates {
  const due = dueDateFor(period);
  const planned = Date.parse(`${addDays(due, extraDays)}T10:00:00Z`);
  return { ...period, title: periodTitle("half-yearly", period.start), due, closedAt: Math.min(planned, closeBy) };
}

export function demoCalendar(today: string = berlinToday()): DemoCalendar {
  // The half-year whose review runs now: the one that contained the day four weeks ago (its
  // self-assessments are due four weeks after it ends). The two before it are closed.
  const next = periodContaining("half-yearly", addDays(today, -28));
  const previous = periodContaining("half-yearly", addDays(next.start, -1));
  const earlier = periodContaining("half-yearly", addDays(previous.start, -1));
  const yesterdayMorning = Date.parse(`${addDays(today, -1)}T10:00:00Z`);
  const closed: [DemoCycleDates, DemoCycleDates] = [closedCycle(earlier, yesterdayMorning - 30 * day, 13), closedCycle(previous, yesterdayMorning, 8)];

  const thirdMeeting = addDays(next.start, 84) < addDays(today, -14) ? addDays(next.start, 84) : addDays(today, -14);
  return {
    today,
    certificates: {
      pusteblume: certificate(today, 2),
      arche: certificate(today, 8),
      "st-martin": certificate(today, 14),
      loewenzahn: certificate(today, 20),
      sonnenblume: certificate(today, 26),
      regenbogen: certificate(today, 32),
      sternschnuppe: certificate(today, 38),
      kunterbunt: certificate(today, 45),
    },
    agreements: {
      "arche|Kita Sonnenschein": [monthStart(today, -39), null],
      "arche|Erziehungsberatungsstelle des Kreises Unna": [monthStart(today, -59), monthEnd(today, 12)],
      "regenbogen|Hebammenpraxis Lebensanfang": [monthStart(today, -33), monthEnd(today, 1)],
      "regenbogen|Jugendamt Unna – Frühe Hilfen": [monthStart(today, -66), null],
      "sternschnuppe|Grundschule Königsborn": [monthStart(today, -76), monthEnd(today, -5)],
      "sternschnuppe|Verbraucherzentrale – Schuldnerberatung": [monthStart(today, -35), monthEnd(today, 24)],
      "loewenzahn|Stadtbibliothek Unna": [monthStart(today, -47), null],
      "sonnenblume|Tagespflegebörse Unna": [monthStart(today, -52), monthEnd(today, 8)],
      "st-martin|Erziehungsberatungsstelle des Kreises Unna": [monthStart(today, -71), monthEnd(today, 1)],
      "kunterbunt|Jugendamt Unna – Frühe Hilfen": [monthStart(today, -43), null],
    },
    meetings: {
      held: [wednesdayOnOrBefore(addDays(earlier.start, 134)), wednesdayOnOrBefore(addDays(previous.start, 76)), wednesdayOnOrBefore(thirdMeeting)],
      planned: wednesdayOnOrBefore(addDays(today, 100)),
    },
    actionsDue: {
      cafes: addDays(earlier.end, 59),
      consultation: addDays(earlier.end, 90),
      survey: previous.end,
      toddlers: addDays(today, 11),
      agreement: addDays(today, -37),
      languageCafe: addDays(today, 53),
      notice: addDays(today, 39),
      trainingPlan: addDays(today, 8),
    },
    cycles: { closed, next: { ...next, title: periodTitle("half-yearly", next.start), due: dueDateFor(next) } },
    evidence: {
      socialSpace: addMonths(today, -9),
      survey: addMonths(today, -5),
      pusteblumeSocialSpace: addMonths(today, -10),
      concept: addMonths(today, -10),
      training: addMonths(today, -103),
    },
  };
}

/** "März 2027": a month as German minutes write it. */
export function germanMonth(iso: string): string {
  return new Intl.DateTimeFormat("de-DE", { month: "long", year: "numeric", timeZone: "UTC" }).format(Date.parse(`${iso}T12:00:00Z`));
}

/** "17.03.2027" */
export function germanDay(iso: string): string {
  return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
}
