// Form schemas of the admin area. Messages are i18n keys; the UI translates them.
import { z } from "zod";
import { nameSchema } from "~/modules/accounts/schemas";

export const createNetworkSchema = z.object({
  slug: z
    .string({ required_error: "form.required" })
    .trim()
    .max(60, "form.tooLong")
    .regex(/^[a-z0-9][a-z0-9-]*$/, "admin.slugFormat"),
  name: nameSchema,
});

export const setAdminSchema = z.object({
  userId: z.number({ required_error: "form.required", invalid_type_error: "form.invalid" }).int().positive(),
  admin: z.enum(["true", "false"], { required_error: "form.required", invalid_type_error: "form.invalid" }),
});

export const deleteAccountSchema = z.object({
  userId: z.number({ required_error: "form.required", invalid_type_error: "form.invalid" }).int().positive(),
  confirm: z.literal("yes", { errorMap: () => ({ message: "admin.confirmRequired" }) }),
});

export const legalPageSchema = z.object({
  key: z.enum(["impressum", "datenschutz"], { required_error: "form.required", invalid_type_error: "form.invalid" }),
  // Browsers send line breaks in form fields as CRLF; store plain LF.
  body: z
    .string()
    .max(50_000, "form.tooLong")
    .optional()
    .default("")
    .transform((value) => value.replace(/\r\n?/g, "\n").trim()),
});

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => !Number.isNaN(Date.parse(value)));

/** Filters of the audit log from the query string; invalid values are dropped, not reported. */
export const auditFilterSchema = z.object({
  entity: z.string().trim().max(60).optional().catch(undefined),
  actor: z.string().trim().max(120).optional().catch(undefined),
  from: isoDate.optional().catch(undefined),
  to: isoDate.optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});
