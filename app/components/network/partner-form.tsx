import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Form, Link } from "@remix-run/react";
import { Button, RecordSelect, TextField } from "~/components/ui/form";
import { useT } from "~/modules/i18n/use-t";
import { partnerKinds, partnerSchema } from "~/modules/network/schemas";

export interface PartnerFormValues {
  name: string;
  kind: string;
  neighbourhoodId: string;
  contactName: string;
  email: string;
  phone: string;
}

export function PartnerForm({
  lastResult,
  defaultValue,
  neighbourhoods,
  intent,
  cancelTo,
}: {
  lastResult?: SubmissionResult<string[]> | null;
  defaultValue?: PartnerFormValues;
  neighbourhoods: { id: number; name: string }[];
  intent?: "update";
  cancelTo: string;
}) {
  const t = useT();
  const [form, fields] = useForm({
    id: "partner",
    lastResult,
    defaultValue,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: partnerSchema }),
    shouldRevalidate: "onInput",
  });
  const text = (value: unknown) => value as string | undefined;
  return (
    <Form method="post" {...getFormProps(form)} className="rounded-lg bg-white p-6 shadow">
      {intent ? <input type="hidden" name="intent" value={intent} /> : null}
      <TextField
        id={fields.name.id}
        name={fields.name.name}
        label={t("partner.name")}
        defaultValue={text(fields.name.initialValue)}
        errors={fields.name.errors}
        maxLength={160}
        required
      />
      <TextField
        id={fields.kind.id}
        name={fields.kind.name}
        label={t("partner.kind")}
        hint={t("partner.kindHint")}
        list="partner-kinds"
        defaultValue={text(fields.kind.initialValue)}
        errors={fields.kind.errors}
        maxLength={80}
        required
      />
      <datalist id="partner-kinds">
        {partnerKinds.map((kind) => (
          <option key={kind} value={kind} />
        ))}
      </datalist>
      <RecordSelect field={fields.neighbourhoodId} label={t("partner.neighbourhood")} records={neighbourhoods} emptyLabel={t("network.chooseNone")} />
      <TextField
        id={fields.contactName.id}
        name={fields.contactName.name}
        label={t("partner.contactName")}
        autoComplete="off"
        defaultValue={text(fields.contactName.initialValue)}
        errors={fields.contactName.errors}
        maxLength={120}
      />
      <TextField
        id={fields.email.id}
        name={fields.email.name}
        type="email"
        label={t("partner.email")}
        autoComplete="off"
        defaultValue={text(fields.email.initialValue)}
        errors={fields.email.errors}
        maxLength={254}
      />
      <TextField
        id={fields.phone.id}
        name={fields.phone.name}
        type="tel"
        label={t("partner.phone")}
        autoComplete="off"
        defaultValue={text(fields.phone.initialValue)}
        errors={fields.phone.errors}
        maxLength={40}
      />
      <div className="flex flex-wrap items-center gap-4">
        <Button>{t("form.save")}</Button>
        <Link to={cancelTo}>{t("form.cancel")}</Link>
      </div>
    </Form>
  );
}
