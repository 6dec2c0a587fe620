import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Form, Link } from "@remix-run/react";
import { Button, TextAreaField, TextField, RecordSelect } from "~/components/ui/form";
import { useT } from "~/modules/i18n/use-t";
import { centreSchema } from "~/modules/network/schemas";
import { CheckboxGroup, Fieldset } from "./fields";

export interface CentreFormValues {
  name: string;
  provider: string;
  street: string;
  postalCode: string;
  city: string;
  latitude: string;
  longitude: string;
  contactName: string;
  email: string;
  phone: string;
  website: string;
  homeNeighbourhoodId: string;
  servedNeighbourhoodIds: string[];
  focusAreas: string;
  certificateValidFrom: string;
  certificateValidUntil: string;
  recertificationYear?: string;
}

function asList(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string");
  return typeof value === "string" ? [value] : [];
}

export function CentreForm({
  lastResult,
  defaultValue,
  neighbourhoods,
  intent,
  cancelTo,
}: {
  lastResult?: SubmissionResult<string[]> | null;
  defaultValue?: CentreFormValues;
  neighbourhoods: { id: number; name: string }[];
  intent?: "update";
  cancelTo: string;
}) {
  const t = useT();
  const [form, fields] = useForm({
    id: "centre",
    lastResult,
    defaultValue,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: centreSchema }),
    shouldRevalidate: "onInput",
  });
  const text = (value: unknown) => value as string | undefined;
  const field = (name: Exclude<keyof CentreFormValues, "servedNeighbourhoodIds" | "homeNeighbourhoodId" | "focusAreas">) => ({
    id: fields[name].id,
    name: fields[name].name,
    defaultValue: text(fields[name].initialValue),
    errors: fields[name].errors,
  });
  const options = neighbourhoods.map((n) => ({ value: String(n.id), label: n.name }));
  return (
    <Form method="post" {...getFormProps(form)} className="rounded-lg bg-white p-6 shadow">
      {intent ? <input type="hidden" name="intent" value={intent} /> : null}
      <Fieldset legend={t("centre.sectionBasics")}>
        <TextField {...field("name")} label={t("centre.name")} maxLength={120} required />
        <TextField {...field("provider")} label={t("centre.provider")} maxLength={120} />
      </Fieldset>
      <Fieldset legend={t("centre.sectionAddress")}>
        <TextField {...field("street")} label={t("centre.street")} autoComplete="off" maxLength={120} />
        <div className="grid gap-x-4 sm:grid-cols-3">
          <TextField {...field("postalCode")} label={t("centre.postalCode")} inputMode="numeric" autoComplete="off" maxLength={5} />
          <div className="sm:col-span-2">
            <TextField {...field("city")} label={t("centre.city")} autoComplete="off" maxLength={80} />
          </div>
        </div>
        <div className="grid gap-x-4 sm:grid-cols-2">
          <TextField {...field("latitude")} label={t("centre.latitude")} hint={t("centre.coordinatesHint")} inputMode="decimal" />
          <TextField {...field("longitude")} label={t("centre.longitude")} hint={t("centre.coordinatesHint")} inputMode="decimal" />
        </div>
      </Fieldset>
      <Fieldset legend={t("centre.sectionContact")}>
        <TextField {...field("contactName")} label={t("centre.contactName")} autoComplete="off" maxLength={120} />
        <TextField {...field("email")} label={t("centre.email")} type="email" autoComplete="off" maxLength={254} />
        <TextField {...field("phone")} label={t("centre.phone")} type="tel" autoComplete="off" maxLength={40} />
        <TextField {...field("website")} label={t("centre.website")} type="text" inputMode="url" autoComplete="off" maxLength={300} />
      </Fieldset>
      <Fieldset legend={t("centre.sectionNeighbourhoods")}>
        <RecordSelect
          field={fields.homeNeighbourhoodId}
          label={t("centre.homeNeighbourhoodLabel")}
          records={neighbourhoods}
          emptyLabel={t("network.chooseNone")}
        />
        <CheckboxGroup
          id={fields.servedNeighbourhoodIds.id}
          name={fields.servedNeighbourhoodIds.name}
          legend={t("centre.served")}
          hint={t("centre.servedHint")}
          options={options}
          checked={asList(fields.servedNeighbourhoodIds.initialValue)}
          errors={[...new Set(Object.values(fields.servedNeighbourhoodIds.allErrors).flat())]}
        />
      </Fieldset>
      <Fieldset legend={t("centre.sectionConcept")}>
        <TextAreaField
          id={fields.focusAreas.id}
          name={fields.focusAreas.name}
          label={t("centre.focusAreas")}
          hint={t("centre.focusAreasHint")}
          rows={5}
          defaultValue={text(fields.focusAreas.initialValue)}
          errors={fields.focusAreas.errors}
        />
      </Fieldset>
      <Fieldset legend={t("centre.sectionCertificate")}>
        <div className="grid gap-x-4 sm:grid-cols-2">
          <TextField {...field("certificateValidFrom")} label={t("centre.certificateValidFrom")} type="date" />
          <TextField {...field("certificateValidUntil")} label={t("centre.certificateValidUntil")} type="date" />
        </div>
        <TextField {...field("recertificationYear")} label={t("recert.yearLabel")} hint={t("recert.yearHint")} inputMode="numeric" maxLength={4} />
      </Fieldset>
      <div className="flex flex-wrap items-center gap-4">
        <Button>{t("form.save")}</Button>
        <Link to={cancelTo}>{t("form.cancel")}</Link>
      </div>
    </Form>
  );
}
