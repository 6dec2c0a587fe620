// The form to add an action agreed in a meeting: title, agenda item, concerning centre, owner, due date.
import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Form } from "@remix-run/react";
import { Button, SelectField, TextAreaField, TextField, initialText } from "~/components/ui/form";
import { maxActionDescription, maxActionTitle, meetingActionSchema } from "~/modules/actions/schemas";
import { useT } from "~/modules/i18n/use-t";

export interface OwnerChoice {
  id: number;
  name: string;
  centreName: string | null;
}

export function ownerLabel(owner: OwnerChoice, networkLabel: string): string {
  return `${owner.name} (${owner.centreName ?? networkLabel})`;
}

export function MeetingActionForm({
  lastResult,
  items,
  centres,
  owners,
}: {
  lastResult?: SubmissionResult<string[]> | null;
  items: { id: number; title: string }[];
  centres: { id: number; name: string }[];
  owners: OwnerChoice[];
}) {
  const t = useT();
  const [form, fields] = useForm({
    id: "action",
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: meetingActionSchema }),
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
  });
  return (
    <Form method="post" {...getFormProps(form)} className="rounded-lg bg-white p-6 shadow">
      <input type="hidden" name="intent" value="add-action" />
      <TextField id={fields.title.id} name={fields.title.name} label={t("actions.field.title")} defaultValue={initialText(fields.title.initialValue)} errors={fields.title.errors} maxLength={maxActionTitle} required />
      <SelectField id={fields.meetingItemId.id} name={fields.meetingItemId.name} label={t("meetings.action.item")} defaultValue={initialText(fields.meetingItemId.initialValue) ?? ""} errors={fields.meetingItemId.errors}>
        <option value="">{t("meetings.action.noItem")}</option>
        {items.map((item, index) => (
          <option key={item.id} value={String(item.id)}>
            {t("meetings.item", { number: index + 1, title: item.title })}
          </option>
        ))}
      </SelectField>
      <SelectField id={fields.centreId.id} name={fields.centreId.name} label={t("actions.field.concerns")} defaultValue={initialText(fields.centreId.initialValue) ?? ""} errors={fields.centreId.errors}>
        <option value="">{t("actions.networkWide")}</option>
        {centres.map((c) => (
          <option key={c.id} value={String(c.id)}>
            {c.name}
          </option>
        ))}
      </SelectField>
      <SelectField id={fields.ownerId.id} name={fields.ownerId.name} label={t("actions.field.owner")} hint={t("actions.field.ownerHint")} defaultValue={initialText(fields.ownerId.initialValue) ?? ""} errors={fields.ownerId.errors}>
        <option value="">{t("actions.noOwner")}</option>
        {owners.map((o) => (
          <option key={o.id} value={String(o.id)}>
            {ownerLabel(o, t("meetings.hostNetwork"))}
          </option>
        ))}
      </SelectField>
      <TextField id={fields.dueOn.id} name={fields.dueOn.name} type="date" label={t("actions.field.due")} defaultValue={initialText(fields.dueOn.initialValue)} errors={fields.dueOn.errors} />
      <TextAreaField id={fields.description.id} name={fields.description.name} label={t("actions.field.description")} defaultValue={initialText(fields.description.initialValue)} errors={fields.description.errors} maxLength={maxActionDescription} rows={3} />
      <Button>{t("meetings.action.save")}</Button>
    </Form>
  );
}
