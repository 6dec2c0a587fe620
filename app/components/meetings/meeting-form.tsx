// The form to plan a meeting (with its agenda) or change its details and invitations.
import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Form, Link } from "@remix-run/react";
import { CheckboxField, CheckboxGroup } from "~/components/network/fields";
import { Button, SelectField, TextAreaField, TextField, initialText } from "~/components/ui/form";
import { useT } from "~/modules/i18n/use-t";
import { maxMeetingTitle, maxPlace, meetingDetailsSchema, newMeetingSchema } from "~/modules/meetings/schemas";

export interface MeetingFormValues {
  title: string;
  date: string;
  startTime: string;
  endTime: string;
  place: string;
  host: string;
  invitedCentreIds: string[];
  townInvited: string;
  isPublic: string;
  agenda: string;
}

export function MeetingForm({
  lastResult,
  defaultValue,
  hosts,
  centres,
  withAgenda,
  cancelTo,
}: {
  lastResult?: SubmissionResult<string[]> | null;
  defaultValue: Partial<MeetingFormValues>;
  hosts: { networkWide: boolean; centres: { id: number; name: string }[] };
  centres: { id: number; name: string }[];
  withAgenda: boolean;
  cancelTo: string;
}) {
  const t = useT();
  const schema = withAgenda ? newMeetingSchema : meetingDetailsSchema;
  const [form, fields] = useForm({
    id: "meeting",
    lastResult,
    defaultValue,
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
  });
  const invited = fields.invitedCentreIds.initialValue as string[] | string | undefined;
  const invitedList = invited === undefined ? [] : Array.isArray(invited) ? invited : [invited];
  return (
    <Form method="post" {...getFormProps(form)} className="rounded-lg bg-white p-6 shadow">
      <input type="hidden" name="intent" value="details" />
      <TextField id={fields.title.id} name={fields.title.name} label={t("meetings.field.title")} defaultValue={initialText(fields.title.initialValue)} errors={fields.title.errors} maxLength={maxMeetingTitle} required />
      <div className="grid gap-x-4 sm:grid-cols-3">
        <TextField id={fields.date.id} name={fields.date.name} type="date" label={t("meetings.field.date")} defaultValue={initialText(fields.date.initialValue)} errors={fields.date.errors} required />
        <TextField id={fields.startTime.id} name={fields.startTime.name} type="time" label={t("meetings.field.startTime")} defaultValue={initialText(fields.startTime.initialValue)} errors={fields.startTime.errors} required />
        <TextField id={fields.endTime.id} name={fields.endTime.name} type="time" label={t("meetings.field.endTime")} defaultValue={initialText(fields.endTime.initialValue)} errors={fields.endTime.errors} required />
      </div>
      <TextField id={fields.place.id} name={fields.place.name} label={t("meetings.field.place")} defaultValue={initialText(fields.place.initialValue)} errors={fields.place.errors} maxLength={maxPlace} />
      <SelectField
        id={fields.host.id}
        name={fields.host.name}
        label={t("meetings.field.host")}
        hint={t("meetings.field.hostHint")}
        defaultValue={initialText(fields.host.initialValue) ?? ""}
        errors={fields.host.errors}
        required
      >
        {hosts.networkWide ? <option value="network">{t("meetings.hostNetwork")}</option> : null}
        {hosts.centres.map((c) => (
          <option key={c.id} value={String(c.id)}>
            {c.name}
          </option>
        ))}
      </SelectField>
      <div>
        <CheckboxGroup
          id={fields.invitedCentreIds.id}
          name={fields.invitedCentreIds.name}
          legend={t("meetings.field.invited")}
          hint={t("meetings.field.invitedHint")}
          options={centres.map((c) => ({ value: String(c.id), label: c.name }))}
          checked={invitedList}
          errors={fields.invitedCentreIds.errors}
        />
        <CheckboxField id={fields.townInvited.id} name={fields.townInvited.name} label={t("meetings.field.townInvited")} defaultChecked={fields.townInvited.initialValue === "on"} errors={fields.townInvited.errors} />
      </div>
      {withAgenda ? (
        <TextAreaField
          id={fields.agenda.id}
          name={fields.agenda.name}
          label={t("meetings.field.agenda")}
          hint={t("meetings.field.agendaHint")}
          defaultValue={initialText(fields.agenda.initialValue)}
          errors={fields.agenda.errors}
          rows={6}
        />
      ) : null}
      <div className="mb-4">
        <div className="flex items-start gap-2">
          <input
            type="checkbox"
            id={fields.isPublic.id}
            name={fields.isPublic.name}
            defaultChecked={fields.isPublic.initialValue === "on"}
            aria-describedby={`${fields.isPublic.id}-hint`}
            className="mt-1 h-5 w-5 accent-brand-700"
          />
          <label htmlFor={fields.isPublic.id}>{t("meetings.field.isPublic")}</label>
        </div>
        <p id={`${fields.isPublic.id}-hint`} className="mt-1 text-sm text-slate-700">
          {t("meetings.field.isPublicHint")}
        </p>
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <Button>{t("form.save")}</Button>
        <Link to={cancelTo}>{t("form.cancel")}</Link>
      </div>
    </Form>
  );
}
