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
