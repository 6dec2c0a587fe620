// Fixed choices of the offering forms and filters (pure: shared by server and browser).
import type { Audience } from "@db/schema";
import type { MessageKey } from "~/modules/i18n/translate";

export type { Audience };

/** The same list as `audiences` in db/schema.ts (that module is server-only: drizzle). */
export const audienceOptions = ["parents", "mothers", "fathers", "pregnant", "children", "childminders", "professionals"] as const satisfies readonly Audience[];

export const statuses = ["draft", "published", "archived"] as const;
export type OfferingStatus = (typeof statuses)[number];

export const scheduleKinds = ["weekly", "dates", "appointment"] as const;
export type ScheduleKind = (typeof scheduleKinds)[number];

/** ISO weekdays 1 (Monday) … 7 (Sunday). */
export const weekdayNumbers = [1, 2, 3, 4, 5, 6, 7] as const;

/** The languages offered as checkboxes (ISO 639-1); an offering may hold others from an import. */
export const commonLanguages = ["de", "en", "tr", "ar", "ru", "uk", "pl", "fa", "ku", "ro", "bg", "it", "es", "fr"] as const;

export const ageUnits = ["years", "months"] as const;
export type AgeUnit = (typeof ageUnits)[number];

/** The highest age in months (99 years and 11 months): "and older". */
export const maxAgeMonths = 1199;

export const statusKey = (status: OfferingStatus): MessageKey => `offerings.status.${status}`;
export const audienceKey = (audience: Audience): MessageKey => `offerings.audience.${audience}`;
export const weekdayShortKey = (day: number): MessageKey => `offerings.weekdayShort.${day}` as MessageKey;
export const weekdayKey = (day: number): MessageKey => `offerings.weekday.${day}` as MessageKey;
export const scheduleKindKey = (kind: ScheduleKind): MessageKey => `offerings.schedule.${kind}`;

/** The language's name in the UI language when we know it, else the code itself. */
export function languageKey(code: string): MessageKey | null {
  return (commonLanguages as readonly string[]).includes(code) ? (`offerings.lang.${code}` as MessageKey) : null;
}
