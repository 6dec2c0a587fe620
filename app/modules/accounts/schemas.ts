// Form schemas for accounts. Messages are i18n keys; the UI translates them.
import { z } from "zod";
import { maxPasswordLengthValue, minPasswordLengthValue } from "./password-rules";

export const emailSchema = z
  .string({ required_error: "form.required" })
  .trim()
  .max(254, "form.tooLong")
  .email("form.email");

export const newPasswordSchema = z
  .string({ required_error: "form.required" })
  .min(minPasswordLengthValue, "account.passwordTooShort")
  .max(maxPasswordLengthValue, "form.tooLong");

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string({ required_error: "form.required" }).max(maxPasswordLengthValue, "form.tooLong"),
  redirectTo: z.string().optional(),
});

export const nameSchema = z.string({ required_error: "form.required" }).trim().min(1, "form.required").max(120, "form.tooLong");

const passwordInput = z.string({ required_error: "form.required" }).max(maxPasswordLengthValue, "form.tooLong");

/** A new password typed twice; the second entry must match the first. */
function withConfirmation<T extends z.ZodRawShape>(shape: T) {
  return z
    .object({ ...shape, newPassword: newPasswordSchema, confirmPassword: passwordInput })
    .refine((value) => value.newPassword === value.confirmPassword, {
      message: "account.passwordMismatch",
      path: ["confirmPassword"],
    });
}

export const displayNameSchema = z.object({ name: nameSchema });

export const localeSchema = z.object({
  locale: z.enum(["de", "en"], { required_error: "form.required", invalid_type_error: "form.invalid" }),
});

export const changePasswordSchema = withConfirmation({ currentPassword: passwordInput });

export const sessionIdSchema = z.object({
  sessionId: z.string({ required_error: "form.required" }).regex(/^[0-9a-f]{64}$/, "form.invalid"),
});

export const forgotPasswordSchema = z.object({ email: emailSchema });

export const resetPasswordSchema = withConfirmation({});

export const memberRoleSchema = z.enum(["coordinator", "lead", "staff"], {
  required_error: "form.required",
  invalid_type_error: "form.invalid",
});

export const inviteSchema = z
  .object({
    email: emailSchema,
    role: memberRoleSchema,
    centreId: z.number({ invalid_type_error: "form.invalid" }).int("form.invalid").positive("form.invalid").optional(),
  })
  .refine((value) => value.role === "coordinator" || value.centreId !== undefined, {
    message: "members.centreRequired",
    path: ["centreId"],
  });

export const membershipIdSchema = z.object({
  membershipId: z.number({ required_error: "form.required", invalid_type_error: "form.invalid" }).int().positive(),
});

export const invitationIdSchema = z.object({
  invitationId: z.string({ required_error: "form.required" }).regex(/^[0-9a-f]{64}$/, "form.invalid"),
});

export const acceptNewAccountSchema = withConfirmation({ name: nameSchema });

export const acceptExistingAccountSchema = z.object({ password: passwordInput.optional() });
