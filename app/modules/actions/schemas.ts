// Form schemas of agreed actions (Maßnahmen). Messages are i18n keys; whether centre and owner belong to the
// network is checked on the server (checkActionReferences).
import { z } from "zod";
import { actionStatuses } from "@db/schema";
import { optionalDate, optionalText, recordId, requiredText } from "~/modules/forms/fields";

export const maxActionTitle = 200;
export const maxActionDescription = 4000;

const id = recordId;
const title = requiredText(maxActionTitle);
const description = optionalText(maxActionDescription);
const dueOn = optionalDate;

const status = z.enum(actionStatuses, {
  errorMap: (_issue, ctx) => ({ message: ctx.data === undefined ? "form.required" : "form.invalid" }),
});

/** A new action agreed in a meeting (per agenda item or for the whole meeting). */
export const meetingActionSchema = z.object({
  title,
  description,
  centreId: id("actions.centreUnknown").optional(),
  ownerId: id("actions.ownerUnknown").optional(),
  dueOn,
  meetingItemId: id("meetings.itemUnknown").optional(),
});
export type MeetingActionInput = z.output<typeof meetingActionSchema>;

/** Everything of an action that whoever manages it may change. */
export const actionUpdateSchema = z.object({
  title,
  description,
  ownerId: id("actions.ownerUnknown").optional(),
  dueOn,
  status,
});
export type ActionUpdateInput = z.output<typeof actionUpdateSchema>;

/** What the owner of an action may change: its status. */
export const actionStatusSchema = z.object({ status });
