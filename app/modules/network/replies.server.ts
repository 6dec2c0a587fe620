// The data a network page's action returns when it does not redirect: the form's submission result,
// a message for the whole form or for the delete section.
import type { SubmissionResult } from "@conform-to/react";
import { data } from "@remix-run/node";
import type { MessageKey } from "~/modules/i18n/translate";

export interface ActionReply {
  result: SubmissionResult<string[]> | null;
  formError: MessageKey | null;
  deleteError: MessageKey | null;
}

export function replyInvalid(result: SubmissionResult<string[]>) {
  return data<ActionReply>({ result, formError: null, deleteError: null }, { status: 400 });
}

export function replyFormError(formError: MessageKey, status = 400) {
  return data<ActionReply>({ result: null, formError, deleteError: null }, { status });
}

/** The delete section needs an explicit confirmation (a checkbox), so a stray click deletes nothing. */
export function deleteConfirmed(formData: FormData) {
  return formData.get("confirm") === "yes";
}

export function replyDeleteUnconfirmed() {
  return data<ActionReply>({ result: null, formError: null, deleteError: "network.delete.confirmRequired" }, { status: 400 });
}

export function intentOf(formData: FormData): "update" | "delete" {
  return formData.get("intent") === "delete" ? "delete" : "update";
}
