// Form schemas of the calendar: standalone events and school holidays. Messages are i18n keys.
// Empty inputs arrive as undefined (Conform strips them), so optional fields are plain `.optional()`.
import { z } from "zod";
import { isCalendarDate } from "./views";

const noMarkup = (value: string) => !/[<>]/.test(value);

const requiredText = (max: number) =>
  z
    .string({ required_error: "form.required", invalid_type_error: "form.invalid" })
    .trim()
    .min(1, "form.required")
    .max(max, "form.tooLong")
    .refine(noMarkup, "form.noMarkup");

const optionalText = (max: number) =>
  z.string({ invalid_type_error: "form.invalid" }).trim().max(max, "form.tooLong").refine(noMarkup, "form.noMarkup").optional();

const requiredDate = z
  .string({ required_error: "form.required", invalid_type_error: "form.invalid" })
  .trim()
  .refine(isCalendarDate, "form.date");

const time = z
  .string({ required_error: "form.required", invalid_type_error: "form.invalid" })
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "calendar.form.time");

const id = z.number({ invalid_type_error: "form.invalid" }).int("form.invalid").positive("form.invalid");

export const eventKinds = ["meeting", "open-day", "other"] as const;

export const eventSchema = z
  .object({
    kind: z.enum(eventKinds, {
      errorMap: (_issue, ctx) => ({ message: ctx.data === undefined ? "form.required" : "form.invalid" }),
    }),
    title: requiredText(160),
    description: optionalText(4000),
    date: requiredDate,
    startTime: time,
    endTime: time,
    place: optionalText(200),
    centreId: id.optional(),
    neighbourhoodId: id.optional(),
    isPublic: z.boolean({ invalid_type_error: "form.invalid" }).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.endTime <= value.startTime) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["endTime"], message: "calendar.form.endBeforeStart" });
    }
  });
export type EventInput = z.infer<typeof eventSchema>;

/** School holidays in NRW last at most about six weeks; a longer span is a typing mistake. */
export const maxHolidayDays = 100;

export const holidaySchema = z
  .object({
    name: requiredText(80),
    startsOn: requiredDate,
    endsOn: requiredDate,
  })
  .superRefine((value, ctx) => {
    if (value.endsOn < value.startsOn) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["endsOn"], message: "calendar.holidays.endBeforeStart" });
    } else if (Date.parse(value.endsOn) - Date.parse(value.startsOn) > maxHolidayDays * 86_400_000) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["endsOn"], message: "calendar.holidays.tooLong" });
    }
  });
export type HolidayInput = z.infer<typeof holidaySchema>;
