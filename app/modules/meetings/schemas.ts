// Form schemas of working-group meetings (Arbeitskreis). Messages are i18n keys. Whether the host and the
// invited centres belong to the network (and whether the actor may host there) is checked on the server.
import { z } from "zod";
import { isCalendarDate, noMarkup, optionalText, recordId, requiredText, requiredTime } from "~/modules/forms/fields";

export const maxMeetingTitle = 160;
export const maxPlace = 200;
export const maxItemTitle = 200;
export const maxAgendaItems = 30;
export const maxMinutesText = 20_000;

const time = requiredTime("calendar.form.time");
const id = recordId();

/** Agenda items typed one per line; empty lines are skipped. */
export function agendaLines(text: string | undefined): string[] {
  return (text ?? "")
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:[-*•]|\d+[.)])\s*/, "").trim())
    .filter(Boolean);
}

const agendaText = z
  .string({ invalid_type_error: "form.invalid" })
  .optional()
  .superRefine((value, ctx) => {
    const lines = agendaLines(value);
    if (lines.length > maxAgendaItems) ctx.addIssue({ code: z.ZodIssueCode.custom, message: "meetings.agendaTooMany" });
    else if (lines.some((line) => line.length > maxItemTitle)) ctx.addIssue({ code: z.ZodIssueCode.custom, message: "meetings.agendaLineTooLong" });
    else if (lines.some((line) => !noMarkup(line))) ctx.addIssue({ code: z.ZodIssueCode.custom, message: "form.noMarkup" });
  });

const details = {
  title: requiredText(maxMeetingTitle),
  date: z
    .string({ required_error: "form.required", invalid_type_error: "form.invalid" })
    .trim()
    .refine(isCalendarDate, "form.date"),
  startTime: time,
  endTime: time,
  place: optionalText(maxPlace),
  // "network" (hosted by the network coordination) or a centre id.
  host: z.union([z.literal("network"), z.coerce.number().int().positive()], {
    errorMap: (_issue, ctx) => ({ message: ctx.data === undefined ? "form.required" : "meetings.hostUnknown" }),
  }),
  invitedCentreIds: z.array(id).max(500, "form.invalid").default([]),
  townInvited: z.boolean({ invalid_type_error: "form.invalid" }).default(false),
  isPublic: z.boolean({ invalid_type_error: "form.invalid" }).default(false),
};

function timesInOrder(value: { startTime: string; endTime: string }, ctx: z.RefinementCtx) {
  if (value.endTime <= value.startTime) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["endTime"], message: "calendar.form.endBeforeStart" });
  }
}

function someoneInvited(value: { invitedCentreIds: number[]; townInvited: boolean }, ctx: z.RefinementCtx) {
  if (value.invitedCentreIds.length === 0) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["invitedCentreIds"], message: "meetings.noneInvited" });
  }
}

/** A new meeting: details, invitations and the agenda (one item per line). */
export const newMeetingSchema = z
  .object({ ...details, agenda: agendaText })
  .superRefine(timesInOrder)
  .superRefine(someoneInvited);
export type NewMeetingInput = z.output<typeof newMeetingSchema>;

/** Changing a meeting's details and invitations (the agenda has its own form). */
export const meetingDetailsSchema = z.object(details).superRefine(timesInOrder).superRefine(someoneInvited);
export type MeetingDetailsInput = z.output<typeof meetingDetailsSchema>;

export const itemTitleSchema = requiredText(maxItemTitle);
