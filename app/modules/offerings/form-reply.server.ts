// What the create and edit actions answer when they do not redirect: the form's submission result (the
// person's input and field errors), the single-date rows as submitted, and a conflict if there was one.
import type { SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data } from "@remix-run/node";
import { changedDateRows, submittedDateRows, type DateRow } from "./date-rows";
import type { ConflictView } from "./manage.server";
import { offeringSchema } from "./schemas";

export interface OfferingFormReply {
  result: SubmissionResult<string[]> | null;
  dateRows: DateRow[] | null;
  conflict: ConflictView | null;
  /** The version the next save is based on (after a conflict: the current one). */
  version: number | null;
}

export function formReply(reply: Partial<OfferingFormReply>, status: number) {
  return data<OfferingFormReply>({ result: null, dateRows: null, conflict: null, version: null, ...reply }, { status });
}

/**
 * Reads the offering form. An add/remove-row button gives `rows` (answer with them, save nothing);
 * otherwise the parsed submission and the rows as submitted, so that errors stay next to their row.
 */
export function readOfferingForm(formData: FormData) {
  const submission = parseWithZod(formData, { schema: offeringSchema });
  const changed = changedDateRows(formData);
  if (changed) {
    return { kind: "rows" as const, reply: formReply({ result: { initialValue: submission.payload as NonNullable<SubmissionResult<string[]>["initialValue"]> }, dateRows: changed }, 200) };
  }
  return { kind: "submission" as const, submission, dateRows: submittedDateRows(formData) };
}
