// What the review and criteria pages' actions return when they do not redirect: which form it was for,
// its field errors and a message for the whole form (all i18n keys).
import type { SubmissionResult } from "@conform-to/react";
import { data } from "@remix-run/node";
import type { MessageKey } from "~/modules/i18n/translate";

export interface ReviewReply {
  form: string;
  fieldErrors: Record<string, string[]>;
  formError: MessageKey | null;
}

export function replyFieldErrors(form: string, fieldErrors: Record<string, string[] | null | undefined>, status = 400) {
  const clean = Object.fromEntries(Object.entries(fieldErrors).filter((e): e is [string, string[]] => Array.isArray(e[1]) && e[1].length > 0));
  return data<ReviewReply>({ form, fieldErrors: clean, formError: null }, { status });
}

export function replySubmission(form: string, result: SubmissionResult<string[]>) {
  return replyFieldErrors(form, result.error ?? {});
}

export function replyError(form: string, formError: MessageKey, status = 400) {
  return data<ReviewReply>({ form, fieldErrors: {}, formError }, { status });
}
