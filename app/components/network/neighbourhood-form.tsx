import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Form, Link } from "@remix-run/react";
import { Button, FormMessage, TextAreaField, TextField } from "~/components/ui/form";
import type { MessageKey } from "~/modules/i18n/translate";
import { useT } from "~/modules/i18n/use-t";
import { neighbourhoodSchema } from "~/modules/network/schemas";

export interface NeighbourhoodFormProps {
  lastResult?: SubmissionResult<string[]> | null;
  formError?: MessageKey | null;
  defaultValue?: { name: string; population: string; geojson: string };
  /** Edit forms send intent=update (the same action also deletes). */
  intent?: "update";
  cancelTo: string;
}

export function NeighbourhoodForm({ lastResult, formError, defaultValue, intent, cancelTo }: NeighbourhoodFormProps) {
  const t = useT();
  const [form, fields] = useForm({
    id: "neighbourhood",
    lastResult,
    defaultValue,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: neighbourhoodSchema }),
    shouldRevalidate: "onInput",
  });
  return (
    <Form method="post" encType="multipart/form-data" {...getFormProps(form)} className="rounded-lg bg-white p-6 shadow">
      {formError ? <FormMessage tone="error">{t(formError)}</FormMessage> : null}
      {intent ? <input type="hidden" name="intent" value={intent} /> : null}
      <TextField
        id={fields.name.id}
        name={fields.name.name}
        label={t("neighbourhood.name")}
        defaultValue={fields.name.initialValue as string | undefined}
        errors={fields.name.errors}
        maxLength={80}
        required
      />
      <TextField
        id={fields.population.id}
        name={fields.population.name}
        label={t("neighbourhood.population")}
        hint={t("neighbourhood.populationHint")}
        inputMode="numeric"
        defaultValue={fields.population.initialValue as string | undefined}
        errors={fields.population.errors}
      />
      <TextAreaField
        id={fields.geojson.id}
        name={fields.geojson.name}
        label={t("neighbourhood.geojson")}
        hint={t("neighbourhood.geojsonHint")}
        rows={6}
        spellCheck={false}
        defaultValue={fields.geojson.initialValue as string | undefined}
        errors={fields.geojson.errors}
      />
      <TextField
        id="neighbourhood-geojsonFile"
        name="geojsonFile"
        type="file"
        accept=".geojson,.json,application/geo+json,application/json"
        label={t("neighbourhood.geojsonFile")}
        hint={t("neighbourhood.geojsonFileHint")}
        errors={lastResult?.error?.geojsonFile ?? undefined}
      />
      <div className="flex flex-wrap items-center gap-4">
        <Button>{t("form.save")}</Button>
        <Link to={cancelTo}>{t("form.cancel")}</Link>
      </div>
    </Form>
  );
}
