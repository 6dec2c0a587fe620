// Form schemas of the recertification pages, used in the browser and on the server. Messages are i18n keys.
import { z } from "zod";
import type { EvidenceSuggestionRule } from "@db/schema";
import { isWebAddress, noMarkup, optionalDate, optionalText, requiredText } from "~/modules/forms/fields";

/** Checkboxes arrive as "on" when ticked and are missing otherwise. */
const checkbox = z
  .union([z.literal("on"), z.literal("true"), z.boolean()])
  .optional()
  .transform((value) => value === "on" || value === "true" || value === true);

/** A recertification year on the centre form: empty (the year before the certificate ends) or 2000 … 2100. */
export const recertificationYearField = z
  .string({ invalid_type_error: "form.invalid" })
  .trim()
  .optional()
  .transform((value, ctx) => {
    if (!value) return null;
    const year = /^\d{4}$/.test(value) ? Number(value) : NaN;
    if (!(year >= 2000 && year <= 2100)) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: "recert.yearInvalid" });
      return z.NEVER;
    }
    return year;
  });

export const maxLabel = 200;

/** Metadata of an upload (the file itself is checked by content in the action). */
export const uploadMetaSchema = z.object({
  label: optionalText(maxLabel),
  evidenceDate: optionalDate,
  isTraining: checkbox,
});
export type UploadMeta = z.output<typeof uploadMetaSchema>;

export const linkSchema = z.object({
  url: z
    .string({ required_error: "form.required", invalid_type_error: "form.invalid" })
    .trim()
    .min(1, "form.required")
    .max(500, "form.tooLong")
    .transform((value) => (/^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`))
    .refine(isWebAddress, "recert.link.invalid"),
  label: requiredText(maxLabel),
  evidenceDate: optionalDate,
  isTraining: checkbox,
});
export type LinkInput = z.output<typeof linkSchema>;

export const appEvidenceKinds = ["offering", "meeting", "agreement", "assessment"] as const;
export type AppEvidenceKind = (typeof appEvidenceKinds)[number];

export const appEvidenceSchema = z.object({
  kind: z.enum(appEvidenceKinds, { message: "recert.evidence.unknown" }),
  refId: z.number({ required_error: "recert.evidence.pickRequired", invalid_type_error: "recert.evidence.unknown" }).int("recert.evidence.unknown").positive("recert.evidence.unknown"),
});

export const areaSchema = z.object({
  areaId: z.number({ invalid_type_error: "form.invalid" }).int().positive(),
  nameDe: requiredText(160),
  nameEn: requiredText(160),
});
export type AreaInput = z.output<typeof areaSchema>;

const ruleSources = ["offerings", "meetings", "agreements", "assessments"] as const;

const list = (max: number) =>
  z
    .string({ invalid_type_error: "form.invalid" })
    .optional()
    .transform((text) => [...new Set((text ?? "").split(",").map((w) => w.trim().toLowerCase()).filter(Boolean))])
    .refine((words) => words.length <= max && words.every((w) => w.length <= 60 && noMarkup(w)), "recert.checklist.listInvalid");

const optionalWhole = (min: number, max: number) =>
  z
    .string({ invalid_type_error: "form.invalid" })
    .trim()
    .optional()
    .transform((value, ctx) => {
      if (!value) return undefined;
      const n = /^\d{1,4}$/.test(value) ? Number(value) : NaN;
      if (!(n >= min && n <= max)) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: "recert.checklist.numberInvalid" });
        return z.NEVER;
      }
      return n;
    });

export const itemSchema = z
  .object({
    areaId: z.number({ required_error: "form.required", invalid_type_error: "recert.checklist.areaUnknown" }).int().positive(),
    code: z
      .string({ required_error: "form.required", invalid_type_error: "form.invalid" })
      .trim()
      .min(1, "form.required")
      .max(20, "form.tooLong")
      .regex(/^[0-9A-Za-z][0-9A-Za-z.-]*$/, "recert.checklist.codeInvalid"),
    text: requiredText(600),
    level: z.enum(["basic", "advanced"], { message: "form.invalid" }).optional(),
    note: optionalText(1000),
    source: z.enum(ruleSources, { message: "form.invalid" }).optional(),
    categoryKeys: z.array(z.string().regex(/^[a-z0-9-]{1,80}$/, "form.invalid")).max(100, "form.invalid").default([]),
    maxIntervalDays: optionalWhole(1, 366),
    keywords: list(30),
    ageFromBelowMonths: optionalWhole(1, 1199),
    partnerKinds: list(30),
  })
  .transform((value) => {
    let suggestion: EvidenceSuggestionRule | null = null;
    if (value.source === "offerings") {
      suggestion = { source: "offerings" };
      if (value.categoryKeys.length) suggestion.categoryKeys = [...new Set(value.categoryKeys)];
      if (value.keywords.length) suggestion.keywords = value.keywords;
      if (value.maxIntervalDays !== undefined) suggestion.maxIntervalDays = value.maxIntervalDays;
      if (value.ageFromBelowMonths !== undefined) suggestion.ageFromBelowMonths = value.ageFromBelowMonths;
    } else if (value.source === "agreements") {
      suggestion = { source: "agreements" };
      if (value.partnerKinds.length) suggestion.partnerKinds = value.partnerKinds.map((k) => k);
    } else if (value.source) {
      suggestion = { source: value.source };
    }
    return {
      areaId: value.areaId,
      code: value.code,
      text: value.text,
      level: value.level ?? null,
      note: value.note ?? "",
      suggestion,
    };
  });
export type ItemInput = z.output<typeof itemSchema>;
