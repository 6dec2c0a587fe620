// Forms of the criteria page (criterion, indicator), used in the browser and on the server.
// Error messages are i18n keys.
import { z } from "zod";
import { indicatorMetrics } from "@db/schema";
import { optionalText, requiredText } from "~/modules/forms/fields";

export const maxCriterionTitle = 160;
export const maxCriterionDescription = 2000;
export const maxIndicatorTitle = 160;
export const indicatorValueTypes = ["number", "percent", "boolean", "scale"] as const;
export type IndicatorValueType = (typeof indicatorValueTypes)[number];

export const criterionSchema = z.object({
  title: requiredText(maxCriterionTitle),
  description: optionalText(maxCriterionDescription).transform((v) => v ?? ""),
  scope: z.enum(["network", "centre"], { required_error: "form.required", message: "form.invalid" }),
});
export type CriterionInput = z.output<typeof criterionSchema>;

/** A decimal written with "," or "." (German or English). */
export function parseDecimal(raw: string): number | null {
  const text = raw.trim().replace(/\s/g, "");
  if (!/^-?\d{1,9}([.,]\d{1,3})?$/.test(text)) return null;
  return Number(text.replace(",", "."));
}

export const indicatorSchema = z
  .object({
    title: requiredText(maxIndicatorTitle),
    description: optionalText(1000).transform((v) => v ?? ""),
    source: z.enum(["computed", "manual"], { required_error: "form.required", message: "form.invalid" }),
    metric: z.enum(indicatorMetrics, { message: "criteria.metricInvalid" }).optional(),
    valueType: z.enum(indicatorValueTypes, { message: "form.invalid" }).optional(),
    target: z.string({ invalid_type_error: "form.invalid" }).optional(),
    direction: z.enum(["higher", "lower"], { message: "form.invalid" }).default("higher"),
  })
  .transform((value, ctx) => {
    if (value.source === "computed" && !value.metric) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["metric"], message: "criteria.metricRequired" });
      return z.NEVER;
    }
    if (value.source === "manual" && !value.valueType) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["valueType"], message: "criteria.valueTypeRequired" });
      return z.NEVER;
    }
    let target: number | null = null;
    if (value.target?.trim()) {
      target = parseDecimal(value.target);
      if (target === null) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["target"], message: "criteria.targetInvalid" });
        return z.NEVER;
      }
    }
    return {
      title: value.title,
      description: value.description,
      source: value.source,
      metric: value.source === "computed" ? value.metric! : null,
      valueType: value.source === "manual" ? value.valueType! : null,
      target,
      direction: value.direction,
    };
  });
export type IndicatorInput = z.output<typeof indicatorSchema>;
