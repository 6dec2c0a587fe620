// Zod building blocks shared by every form schema (browser and server). Messages are i18n keys.
// Empty inputs arrive as undefined (Conform strips them), so optional fields are plain `.optional()`.
import { z } from "zod";

/** Free text may not contain angle brackets: no markup in anything we show to others. */
export const noMarkup = (value: string) => !/[<>]/.test(value);

/** Text up to `max` characters, without markup; optional. */
export const optionalText = (max: number) =>
  z
    .string({ invalid_type_error: "form.invalid" })
    .trim()
    .max(max, "form.tooLong")
    .refine(noMarkup, "form.noMarkup")
    .optional();

/** Text of 1 to `max` characters, without markup. */
export const requiredText = (max: number) =>
  z
    .string({
      required_error: "form.required",
      invalid_type_error: "form.invalid",
    })
    .trim()
    .min(1, "form.required")
    .max(max, "form.tooLong")
    .refine(noMarkup, "form.noMarkup");

/** A positive database id from a select, checkbox or hidden field. */
export const recordId = (message = "form.invalid") =>
  z
    .number({ required_error: "form.required", invalid_type_error: message })
    .int(message)
    .positive(message);

/** An existing calendar day as YYYY-MM-DD between 1900 and 2200. */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  const year = date.getUTCFullYear();
  return (
    !Number.isNaN(date.getTime()) &&
    date.toISOString().slice(0, 10) === value &&
    year >= 1900 &&
    year <= 2200
  );
}

export const requiredDate = z
  .string({
    required_error: "form.required",
    invalid_type_error: "form.invalid",
  })
  .trim()
  .refine(isCalendarDate, "form.date");
export const optionalDate = requiredDate.optional();

/** A time of day as HH:MM. */
export const requiredTime = (message: string) =>
  z
    .string({
      required_error: "form.required",
      invalid_type_error: "form.invalid",
    })
    .trim()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, message);

/** An http(s) address with a dotted host name. */
export function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return (
      (url.protocol === "https:" || url.protocol === "http:") &&
      url.hostname.includes(".")
    );
  } catch {
    return false;
  }
}

/** A web address; "www.example.org" becomes "https://www.example.org". Only http(s) is accepted. */
export const optionalWebAddress = (message: string, max = 300) =>
  z
    .string({ invalid_type_error: "form.invalid" })
    .trim()
    .max(max, "form.tooLong")
    .transform((value) =>
      /^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`
    )
    .refine(isWebAddress, message)
    .optional();
