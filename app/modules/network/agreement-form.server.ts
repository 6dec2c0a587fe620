// Reading the agreement form (fields and optional file) the same way for creating and editing.
import { parseWithZod } from "@conform-to/zod";
import { agreementSchema } from "./schemas";
import { checkUpload, chosenFile, type CheckedUpload } from "~/modules/uploads/uploads.server";

/** Parses the fields and checks the file; both are checked so all problems show at once. */
export async function parseAgreementForm(formData: FormData) {
  const submission = parseWithZod(formData, { schema: agreementSchema });
  const file = chosenFile(formData.get("file"));
  let upload: CheckedUpload | null = null;
  let fileError: string | null = null;
  if (file) {
    const checked = await checkUpload(file);
    if (checked.ok) upload = checked.upload;
    else fileError = checked.error;
  }
  if (submission.status !== "success" || fileError) {
    return {
      ok: false as const,
      result: fileError ? submission.reply({ fieldErrors: { file: [fileError] } }) : submission.reply(),
    };
  }
  return { ok: true as const, submission, value: submission.value, upload };
}
