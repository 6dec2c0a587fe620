// Forms of the review pages (new cycle, cadence, self-assessment, coordinator assessment, evidence,
// indicator values), used in the browser and on the server. Error messages are i18n keys.
import { z } from "zod";
import { assessmentStatuses } from "@db/schema";
import { isWebAddress, noMarkup } from "~/modules/forms/fields";
import { cadences } from "./periods";
import { isIsoDate } from "~/modules/time/dates";

export const maxAssessmentText = 2000;

const isoDate = z
  .string({ required_error: "form.required", invalid_type_error: "form.invalid" })
  .trim()
  .min(1, "form.required")
  .refine(isIsoDate, "reviews.dateInvalid");

const optionalText = (max: number) =>
  z
    .string({ invalid_type_error: "form.invalid" })
    .trim()
    .max(max, "form.tooLong")
    .refine(noMarkup, "form.noMarkup")
    .optional()
    .transform((v) => v ?? "");

export const cycleSchema = z
  .object({
    title: z
      .string({ required_error: "form.required", invalid_type_error: "form.invalid" })
      .trim()
      .min(1, "form.required")
      .max(120, "form.tooLong")
      .refine(noMarkup, "form.noMarkup"),
    periodStart: isoDate,
    periodEnd: isoDate,
    dueOn: isoDate,
    criterionIds: z.array(z.coerce.number({ message: "form.invalid" }).int().positive()).min(1, "reviews.criteriaRequired").default([]),
  })
  .superRefine((value, ctx) => {
    if (![value.periodStart, value.periodEnd, value.dueOn].every(isIsoDate)) return;
    if (value.periodEnd < value.periodStart) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["periodEnd"], message: "reviews.periodOrder" });
    if (value.dueOn < value.periodStart) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["dueOn"], message: "reviews.dueOrder" });
  });
export type CycleInput = z.output<typeof cycleSchema>;

export const cadenceSchema = z.object({
  cadence: z.enum(cadences, { required_error: "form.required", message: "form.invalid" }),
});

/** A self-assessment: a draft may be incomplete; a submitted one needs status and confidence. */
export const selfAssessmentSchema = z
  .object({
    criterionId: z.coerce.number({ message: "form.invalid" }).int().positive("form.invalid"),
    mode: z.enum(["draft", "submit"]).default("draft"),
    status: z.enum(assessmentStatuses, { message: "form.invalid" }).optional(),
    confidence: z.coerce.number({ message: "form.invalid" }).int("form.invalid").min(1, "reviews.confidenceRange").max(4, "reviews.confidenceRange").optional(),
    changes: optionalText(maxAssessmentText),
    nextSteps: optionalText(maxAssessmentText),
  })
  .superRefine((value, ctx) => {
    if (value.mode !== "submit") return;
    if (!value.status) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["status"], message: "reviews.statusRequired" });
    if (value.confidence === undefined) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["confidence"], message: "reviews.confidenceRequired" });
  });
export type SelfAssessmentInput = z.output<typeof selfAssessmentSchema>;

export const coordinatorAssessmentSchema = z.object({
  criterionId: z.coerce.number({ message: "form.invalid" }).int().positive("form.invalid"),
  status: z.enum(assessmentStatuses, { required_error: "reviews.statusRequired", message: "reviews.statusRequired" }),
  comment: optionalText(maxAssessmentText),
});
export type CoordinatorAssessmentInput = z.output<typeof coordinatorAssessmentSchema>;

export const actionSchema = z.object({
  criterionId: z.coerce.number({ message: "form.invalid" }).int().positive("form.invalid"),
  title: z
    .string({ required_error: "form.required", invalid_type_error: "form.invalid" })
    .trim()
    .min(1, "form.required")
    .max(160, "form.tooLong")
    .refine(noMarkup, "form.noMarkup"),
  ownerId: z.coerce.number({ message: "form.invalid" }).int().positive("form.invalid").optional(),
  dueOn: isoDate.optional(),
});
export type ReviewActionInput = z.output<typeof actionSchema>;

export const linkSchema = z.object({
  criterionId: z.coerce.number({ message: "form.invalid" }).int().positive("form.invalid"),
  url: z
    .string({ required_error: "form.required", invalid_type_error: "form.invalid" })
    .trim()
    .min(1, "form.required")
    .max(500, "form.tooLong")
    .refine(isWebAddress, "reviews.linkInvalid"),
  label: optionalText(160),
});

/** A manual value from a form: empty clears it; otherwise a decimal with "," or "."; "invalid" else. */
export function parseManualValue(raw: FormDataEntryValue | null): number | null | "invalid" {
  const text = typeof raw === "string" ? raw.trim() : "";
  if (text === "") return null;
  if (!/^-?\d{1,9}([.,]\d{1,3})?$/.test(text)) return "invalid";
  return Number(text.replace(",", "."));
}
