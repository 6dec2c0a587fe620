// The offering form's schema (browser and server). Error messages are i18n keys. Checks that need the
// database (category, neighbourhood, partners, focus areas of the centre) are in form.server.ts.
import { z } from "zod";
import { noMarkup, recordId } from "~/modules/forms/fields";
import { audienceOptions, maxAgeMonths, scheduleKinds, statuses } from "./options";

const text = (max: number) =>
  z.string({ invalid_type_error: "form.invalid" }).trim().max(max, "form.tooLong").refine(noMarkup, "form.noMarkup");

const optionalText = (max: number) => text(max).optional().transform((value) => value ?? "");

const id = recordId();

export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  const year = date.getUTCFullYear();
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value && year >= 2000 && year <= 2100;
}

/** "9:30", "09.30" and "09:30" become "09:30"; anything else is null. */
export function normaliseTime(value: string): string | null {
  const match = /^(\d{1,2})[:.](\d{2})$/.exec(value.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, "0")}:${match[2]}`;
}

/** "2026-12-05", "5.12.2026" and "05.12.2026" become "2026-12-05"; anything else is null. */
export function normaliseDate(value: string): string | null {
  const trimmed = value.trim();
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(trimmed);
  const iso = german ? `${german[3]}-${german[2]!.padStart(2, "0")}-${german[1]!.padStart(2, "0")}` : trimmed;
  return isCalendarDate(iso) ? iso : null;
}

/** Euros with comma or point ("12,50", "12.50 €", "3") as cents; null when it is not an amount. */
export function parseEuros(value: string): number | null {
  const normalised = value.replace(/€|eur(o)?/gi, "").replace(/\s/g, "").replace(",", ".");
  if (!/^\d{1,6}(\.\d{1,2})?$/.test(normalised)) return null;
  return Math.round(Number(normalised) * 100);
}

/** A whole number typed into a field, or null when it is not one. */
export function wholeNumber(value: string | undefined): number | null {
  const trimmed = (value ?? "").trim();
  return /^\d{1,6}$/.test(trimmed) ? Number(trimmed) : null;
}

const ageUnit = z.enum(["years", "months"]).default("years");

const optionalString = z.string({ invalid_type_error: "form.invalid" }).optional();

const dateRow = z.object({ date: optionalString, startTime: optionalString, endTime: optionalString }).optional();

/** Age in whole months: "from" counts from the birthday, "to" up to the day before the next one. */
export function toMonths(value: number, unit: "years" | "months", edge: "from" | "to"): number {
  if (unit === "months") return value;
  return edge === "from" ? value * 12 : value * 12 + 11;
}

export const maxDateRows = 60;
export const maxCancelled = 200;

export const offeringSchema = z
  .object({
    version: z.number({ invalid_type_error: "form.invalid" }).int().positive().optional(),
    title: optionalText(200),
    description: optionalText(4000),
    categoryId: z.number({ invalid_type_error: "offerings.categoryUnknown" }).int("offerings.categoryUnknown").positive("offerings.categoryUnknown").optional(),
    ageFrom: optionalString,
    ageFromUnit: ageUnit,
    ageTo: optionalString,
    ageToUnit: ageUnit,
    audiences: z.array(z.enum(audienceOptions, { invalid_type_error: "form.invalid", message: "form.invalid" })).default([]),
    neighbourhoodId: id.optional(),
    place: z.enum(["centre", "other"]).default("centre"),
    placeName: optionalText(120),
    placeAddress: optionalText(200),
    scheduleKind: z.enum(scheduleKinds, { message: "offerings.scheduleRequired" }).optional(),
    weekdays: z.array(z.number({ invalid_type_error: "form.invalid" }).int().min(1, "form.invalid").max(7, "form.invalid")).default([]),
    startTime: optionalString,
    endTime: optionalString,
    validFrom: optionalString,
    validUntil: optionalString,
    dates: z.array(dateRow).max(maxDateRows, "offerings.datesTooMany").default([]),
    cancelled: optionalString,
    languages: z.array(z.string().regex(/^[a-z]{2}$/, "form.invalid")).min(1, "offerings.languagesRequired").max(30, "form.invalid").default([]),
    cost: optionalString,
    costNote: optionalText(200),
    registrationRequired: z.boolean().default(false),
    registrationHow: optionalText(300),
    capacity: optionalString,
    partnerIds: z.array(id).max(200, "form.invalid").default([]),
    contactName: optionalText(120),
    contactEmail: z.string({ invalid_type_error: "form.invalid" }).trim().max(254, "form.tooLong").email("form.email").optional().transform((v) => v ?? ""),
    contactPhone: z
      .string({ invalid_type_error: "form.invalid" })
      .trim()
      .max(40, "form.tooLong")
      .regex(/^[0-9+()/\-.\s]+$/, "network.phoneInvalid")
      .optional()
      .transform((v) => v ?? ""),
    status: z.enum(statuses, { message: "form.invalid" }).optional(),
    focusAreas: z.array(z.string().max(80, "form.tooLong")).max(20, "form.invalid").default([]),
  })
  .superRefine((value, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: z.ZodIssueCode.custom, path, message });
    if (!value.title) issue(["title"], "offerings.titleRequired");
    if (value.categoryId === undefined) issue(["categoryId"], "offerings.categoryRequired");
    if (!value.scheduleKind) issue(["scheduleKind"], "offerings.scheduleRequired");
    if (!value.status) issue(["status"], "form.required");
    const from = checkAge(value.ageFrom, value.ageFromUnit, "from", ["ageFrom"], issue);
    const to = checkAge(value.ageTo, value.ageToUnit, "to", ["ageTo"], issue);
    if (from !== null && to !== null && to < from) issue(["ageTo"], "offerings.ageOrder");
    if (value.capacity && !(wholeNumber(value.capacity)! >= 1 && wholeNumber(value.capacity)! <= 100_000)) issue(["capacity"], "offerings.capacityInvalid");
    if (value.place === "other" && !value.placeName && !value.placeAddress) issue(["placeAddress"], "offerings.placeRequired");
    if (value.cost && parseEuros(value.cost) === null) issue(["cost"], "offerings.costInvalid");
    for (const line of cancelledLines(value.cancelled)) {
      if (normaliseDate(line) === null) {
        issue(["cancelled"], "offerings.cancelledInvalid");
        break;
      }
    }
    if (cancelledLines(value.cancelled).length > maxCancelled) issue(["cancelled"], "offerings.cancelledTooMany");
    if (value.scheduleKind === "weekly") checkWeekly(value, issue);
    if (value.scheduleKind === "dates") checkDates(value.dates, issue);
  })
  .transform((value) => {
    const weekly = value.scheduleKind === "weekly";
    const dates = value.scheduleKind === "dates" ? filledRows(value.dates) : [];
    return {
      version: value.version,
      title: value.title,
      description: value.description,
      categoryId: value.categoryId!,
      ageFromMonths: toMonths(wholeNumber(value.ageFrom)!, value.ageFromUnit, "from"),
      ageToMonths: Math.min(maxAgeMonths, toMonths(wholeNumber(value.ageTo)!, value.ageToUnit, "to")),
      audiences: [...new Set(value.audiences)],
      neighbourhoodId: value.neighbourhoodId ?? null,
      placeName: value.place === "other" ? value.placeName : "",
      placeAddress: value.place === "other" ? value.placeAddress : "",
      scheduleKind: value.scheduleKind!,
      weekdays: weekly ? [...new Set(value.weekdays)].sort((a, b) => a - b) : [],
      startTime: weekly ? normaliseTime(value.startTime ?? "") : null,
      endTime: weekly ? normaliseTime(value.endTime ?? "") : null,
      validFrom: weekly ? normaliseDate(value.validFrom ?? "") : null,
      validUntil: weekly ? normaliseDate(value.validUntil ?? "") : null,
      dates: dates.map((row) => ({ date: normaliseDate(row.date ?? "")!, startTime: normaliseTime(row.startTime ?? "")!, endTime: normaliseTime(row.endTime ?? "")! })),
      cancelled: value.scheduleKind === "appointment" ? [] : [...new Set(cancelledLines(value.cancelled).map((line) => normaliseDate(line)!))].sort(),
      languages: [...new Set(value.languages)],
      costCents: value.cost ? parseEuros(value.cost)! : 0,
      costNote: value.costNote,
      registrationRequired: value.registrationRequired,
      registrationHow: value.registrationHow,
      capacity: value.capacity ? wholeNumber(value.capacity) : null,
      partnerIds: [...new Set(value.partnerIds)],
      contactName: value.contactName,
      contactEmail: value.contactEmail,
      contactPhone: value.contactPhone,
      status: value.status!,
      focusAreas: [...new Set(value.focusAreas)],
    };
  });

export type OfferingInput = z.output<typeof offeringSchema>;

type Issue = (path: (string | number)[], message: string) => void;
type Row = z.infer<typeof dateRow>;

function checkAge(value: string | undefined, unit: "years" | "months", edge: "from" | "to", path: string[], issue: Issue): number | null {
  if (!value?.trim()) {
    issue(path, "form.required");
    return null;
  }
  const number = wholeNumber(value);
  if (number === null || number > (unit === "years" ? 99 : maxAgeMonths)) {
    issue(path, "offerings.ageInvalid");
    return null;
  }
  return toMonths(number, unit, edge);
}

function cancelledLines(text: string | undefined): string[] {
  return (text ?? "")
    .split(/[\r\n,;]+/)
    .map((line) => line.trim())
    .filter(Boolean);
}

function filledRows(rows: Row[]): NonNullable<Row>[] {
  return rows.filter((row): row is NonNullable<Row> => Boolean(row && (row.date?.trim() || row.startTime?.trim() || row.endTime?.trim())));
}

function checkTimes(start: string | undefined, end: string | undefined, issue: Issue, path: (string | number)[]) {
  const from = start ? normaliseTime(start) : null;
  const to = end ? normaliseTime(end) : null;
  if (!start) issue([...path, "startTime"], "offerings.timeRequired");
  else if (!from) issue([...path, "startTime"], "offerings.timeInvalid");
  if (!end) issue([...path, "endTime"], "offerings.timeRequired");
  else if (!to) issue([...path, "endTime"], "offerings.timeInvalid");
  if (from && to && to <= from) issue([...path, "endTime"], "offerings.timeOrder");
}

function checkWeekly(value: { weekdays: number[]; startTime?: string; endTime?: string; validFrom?: string; validUntil?: string }, issue: Issue) {
  if (value.weekdays.length === 0) issue(["weekdays"], "offerings.weekdaysRequired");
  checkTimes(value.startTime, value.endTime, issue, []);
  const from = value.validFrom ? normaliseDate(value.validFrom) : null;
  const until = value.validUntil ? normaliseDate(value.validUntil) : null;
  if (value.validFrom && !from) issue(["validFrom"], "form.date");
  if (value.validUntil && !until) issue(["validUntil"], "form.date");
  if (from && until && until < from) issue(["validUntil"], "offerings.dateOrder");
}

function checkDates(rows: Row[], issue: Issue) {
  let filled = 0;
  rows.forEach((row, index) => {
    if (!row || !(row.date?.trim() || row.startTime?.trim() || row.endTime?.trim())) return;
    filled++;
    if (!row.date?.trim()) issue(["dates", index, "date"], "offerings.dateRequired");
    else if (!normaliseDate(row.date)) issue(["dates", index, "date"], "form.date");
    checkTimes(row.startTime?.trim(), row.endTime?.trim(), issue, ["dates", index]);
  });
  if (filled === 0) issue(["dates"], "offerings.datesRequired");
}
