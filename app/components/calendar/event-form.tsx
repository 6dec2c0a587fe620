import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Form, Link } from "@remix-run/react";
import { CheckboxField } from "~/components/network/fields";
import { Button, RecordSelect, SelectField, TextAreaField, TextField } from "~/components/ui/form";
import { eventKinds, eventSchema } from "~/modules/calendar/schemas";
import { useT } from "~/modules/i18n/use-t";
import { eventKindLabel } from "./entries";

export interface EventFormValues {
  kind: string;
  title: string;
  description: string;
  date: string;
  startTime: string;
  endTime: string;
  place: string;
  centreId: string;
  neighbourhoodId: string;
  isPublic: string;
}

export function EventForm({
  lastResult,
  defaultValue,
  centres,
  networkWide,
  neighbourhoods,
  intent,
  cancelTo,
}: {
  lastResult?: SubmissionResult<string[]> | null;
  defaultValue?: Partial<EventFormValues>;
  /** Centres the person may hold events for. */
  centres: { id: number; name: string }[];
  /** May the person hold events of the whole network (no centre)? */
  networkWide: boolean;
  neighbourhoods: { id: number; name: string }[];
  intent?: "update";
  cancelTo: string;
}) {
  const t = useT();
  const [form, fields] = useForm({
    id: "event",
    lastResult,
    defaultValue,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: eventSchema }),
    shouldRevalidate: "onInput",
  });
  const text = (value: unknown) => value as string | undefined;
  const centreDefault = text(fields.centreId.initialValue) ?? (networkWide ? "" : String(centres[0]?.id ?? ""));
  return (
    <Form method="post" {...getFormProps(form)} className="rounded-lg bg-white p-6 shadow">
      {intent ? <input type="hidden" name="intent" value={intent} /> : null}
      <SelectField
        id={fields.kind.id}
        name={fields.kind.name}
        label={t("calendar.event.kind")}
        defaultValue={text(fields.kind.initialValue) ?? ""}
        errors={fields.kind.errors}
        required
      >
        <option value="">{t("calendar.event.chooseKind")}</option>
        {eventKinds.map((kind) => (
          <option key={kind} value={kind}>
            {t(eventKindLabel[kind])}
          </option>
        ))}
      </SelectField>
      <TextField
        id={fields.title.id}
        name={fields.title.name}
        label={t("calendar.event.titleField")}
        defaultValue={text(fields.title.initialValue)}
        errors={fields.title.errors}
        maxLength={160}
        required
      />
      <TextAreaField
        id={fields.description.id}
        name={fields.description.name}
        label={t("calendar.event.description")}
        defaultValue={text(fields.description.initialValue)}
        errors={fields.description.errors}
        maxLength={4000}
        rows={4}
      />
      <div className="grid gap-x-4 sm:grid-cols-3">
        <TextField
          id={fields.date.id}
          name={fields.date.name}
          type="date"
          label={t("calendar.event.date")}
          defaultValue={text(fields.date.initialValue)}
          errors={fields.date.errors}
          required
        />
        <TextField
          id={fields.startTime.id}
          name={fields.startTime.name}
          type="time"
          label={t("calendar.event.startTime")}
          defaultValue={text(fields.startTime.initialValue)}
          errors={fields.startTime.errors}
          required
        />
        <TextField
          id={fields.endTime.id}
          name={fields.endTime.name}
          type="time"
          label={t("calendar.event.endTime")}
          defaultValue={text(fields.endTime.initialValue)}
          errors={fields.endTime.errors}
          required
        />
      </div>
      <TextField
        id={fields.place.id}
        name={fields.place.name}
        label={t("calendar.event.place")}
        hint={t("calendar.event.placeHint")}
        defaultValue={text(fields.place.initialValue)}
        errors={fields.place.errors}
        maxLength={200}
      />
      <SelectField
        id={fields.centreId.id}
        name={fields.centreId.name}
        label={t("calendar.event.centre")}
        hint={networkWide ? t("calendar.event.centreHintCoordinator") : t("calendar.event.centreHintLead")}
        defaultValue={centreDefault}
        errors={fields.centreId.errors}
        required={!networkWide}
      >
        {networkWide ? <option value="">{t("calendar.event.networkWide")}</option> : null}
        {centres.map((c) => (
          <option key={c.id} value={String(c.id)}>
            {c.name}
          </option>
        ))}
      </SelectField>
      <RecordSelect
        field={fields.neighbourhoodId}
        label={t("calendar.event.neighbourhood")}
        hint={t("calendar.event.neighbourhoodHint")}
        records={neighbourhoods}
        emptyLabel={t("network.chooseNone")}
      />
      <CheckboxField
        id={fields.isPublic.id}
        name={fields.isPublic.name}
        label={t("calendar.event.isPublic")}
        defaultChecked={fields.isPublic.initialValue === "on"}
        errors={fields.isPublic.errors}
      />
      <div className="flex flex-wrap items-center gap-4">
        <Button>{t("form.save")}</Button>
        <Link to={cancelTo}>{t("form.cancel")}</Link>
      </div>
    </Form>
  );
}
