// Form schemas of the categories page (browser and server). Error messages are i18n keys.
import { z } from "zod";

export const categoryAreas = ["LB1", "LB2", "LB3", "LB4"] as const;

const name = (max: number) =>
  z
    .string({ required_error: "form.required", invalid_type_error: "form.invalid" })
    .trim()
    .min(1, "form.required")
    .max(max, "form.tooLong")
    .refine((value) => !/[<>]/.test(value), "form.noMarkup");

const area = z.enum(categoryAreas, { required_error: "form.required", message: "categories.areaInvalid" });

export const categoryKeyPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const newCategorySchema = z.object({
  key: z.string({ invalid_type_error: "form.invalid" }).trim().toLowerCase().max(60, "form.tooLong").regex(categoryKeyPattern, "categories.keyInvalid").optional(),
  area,
  nameDe: name(120),
  nameEn: name(120),
});
export type NewCategoryInput = z.infer<typeof newCategorySchema>;

export const categorySchema = z.object({
  id: z.number({ required_error: "form.invalid", invalid_type_error: "form.invalid" }).int().positive(),
  area,
  nameDe: name(120),
  nameEn: name(120),
});
export type CategoryInput = z.infer<typeof categorySchema>;

export const stalePeriodSchema = z.object({
  staleAfterMonths: z
    .number({ required_error: "form.required", invalid_type_error: "categories.staleInvalid" })
    .int("categories.staleInvalid")
    .min(1, "categories.staleInvalid")
    .max(36, "categories.staleInvalid"),
});
