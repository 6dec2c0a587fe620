import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Form, Link } from "@remix-run/react";
import { Button, FormMessage, SelectField, TextField } from "~/components/ui/form";
import type { MessageKey } from "~/modules/i18n/translate";
import { useLocale, useT } from "~/modules/i18n/use-t";
import { formatBytes } from "~/modules/network/format";
import { agreementSchema } from "~/modules/network/schemas";
import { CheckboxField } from "./fields";

export interface AgreementFormValues {
  partnerId: string;
  startsOn: string;
  endsOn: string;
}

export interface CurrentFile {
  name: string;
  size: number;
  href: string;
}

export function AgreementForm({
  lastResult,
  formError,
  defaultValue,
  partners,
  currentFile,
  intent,
  cancelTo,
}: {
  lastResult?: SubmissionResult<string[]> | null;
  formError?: MessageKey | null;
  defaultValue?: AgreementFormValues;
  partners: { id: number; name: string }[];
  currentFile?: CurrentFile | null;
  intent?: "update";
  cancelTo: string;
}) {
  const t = useT();
  const locale = useLocale();
  const [form, fields] = useForm({
    id: "agreement",
    lastResult,
    defaultValue,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: agreementSchema }),
    shouldRevalidate: "onInput",
  });
  const text = (value: unknown) => value as string | undefined;
  return (
    <Form method="post" encType="multipart/form-data" {...getFormProps(form)} className="rounded-lg bg-white p-6 shadow">
      {formError ? <FormMessage tone="error">{t(formError)}</FormMessage> : null}
      {intent ? <input type="hidden" name="intent" value={intent} /> : null}
      <SelectField
        id={fields.partnerId.id}
        name={fields.partnerId.name}
        label={t("agreement.partner")}
        defaultValue={text(fields.partnerId.initialValue) ?? ""}
        errors={fields.partnerId.errors}
        required
      >
        <option value="">{t("network.choose")}</option>
        {partners.map((p) => (
          <option key={p.id} value={String(p.id)}>
            {p.name}
          </option>
        ))}
      </SelectField>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField
          id={fields.startsOn.id}
          name={fields.startsOn.name}
          type="date"
          label={t("agreement.startsOn")}
          defaultValue={text(fields.startsOn.initialValue)}
          errors={fields.startsOn.errors}
          required
        />
        <TextField
          id={fields.endsOn.id}
          name={fields.endsOn.name}
          type="date"
          label={t("agreement.endsOn")}
          hint={t("agreement.endsOnHint")}
          defaultValue={text(fields.endsOn.initialValue)}
          errors={fields.endsOn.errors}
        />
      </div>
      {currentFile ? (
        <div className="mb-4">
          <p className="font-medium">{t("agreement.currentFile")}</p>
          <p>
            <a href={currentFile.href}>{t("agreement.download", { name: currentFile.name, size: formatBytes(currentFile.size, locale) })}</a>
          </p>
          <div className="mt-2">
            <CheckboxField id="agreement-removeFile" name="removeFile" label={t("agreement.removeFile")} />
          </div>
        </div>
      ) : null}
      <TextField
        id="agreement-file"
        name="file"
        type="file"
        accept=".pdf,.png,.jpg,.jpeg,.gif,.webp,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.odp"
        label={t("agreement.file")}
        hint={t(currentFile ? "agreement.replaceFileHint" : "agreement.fileHint")}
        errors={lastResult?.error?.file ?? undefined}
      />
      <div className="flex flex-wrap items-center gap-4">
        <Button>{t("form.save")}</Button>
        <Link to={cancelTo}>{t("form.cancel")}</Link>
      </div>
    </Form>
  );
}
