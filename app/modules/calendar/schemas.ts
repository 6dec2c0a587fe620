// Form schemas of the calendar: standalone events and school holidays. Messages are i18n keys.
import { z } from "zod";
import { optionalText, recordId, requiredDate, requiredText, requiredTime } from "~/modules/forms/fields";

const time = requiredTime("calendar.form.time");
const id = recordId();

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
