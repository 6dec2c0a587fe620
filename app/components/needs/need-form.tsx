// The form to report or edit a need (Bedarf).
import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Form, Link } from "@remix-run/react";
import { CheckboxGroup, Fieldset } from "~/components/network/fields";
import { Button, RecordSelect, SelectField, TextAreaField, TextField } from "~/components/ui/form";
import { useLocale, useT } from "~/modules/i18n/use-t";
import { maxNeedDescription, maxNeedSource, maxNeedTitle, needSchema, needStatuses } from "~/modules/needs/schemas";
import { audienceKey, audienceOptions } from "~/modules/offerings/options";

export interface NeedFormValues {
  neighbourhoodId: string;
  categoryId: string;
  title: string;
  description: string;
  source: string;
  ageFrom: string;
  ageTo: string;
  ageUnit: string;
  audiences: string[];
  status: string;
}

export interface NeedFormOptions {
  neighbourhoods: { id: number; name: string }[];
  categories: { id: number; area: string; nameDe: string; nameEn: string }[];
}

export function NeedForm({
  lastResult,
  defaultValue,
  options,
  withStatus,
  cancelTo,
}: {
  lastResult?: SubmissionResult<string[]> | null;
  defaultValue?: Partial<NeedFormValues>;
  options: NeedFormOptions;
  withStatus?: boolean;
  cancelTo: string;
}) {
  const t = useT();
  const locale = useLocale();
  const [form, fields] = useForm({
    id: "need",
    lastResult,
    defaultValue,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: needSchema }),
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
  });
  const text = (value: unknown) => value as string | undefined;
  const audiences = (fields.audiences.initialValue as string[] | string | undefined) ?? [];
  return (
    <Form method="post" {...getFormProps(form)} className="rounded-lg bg-white p-6 shadow">
      <input type="hidden" name="intent" value="update" />
      <RecordSelect
        field={fields.neighbourhoodId}
        label={t("needs.field.neighbourhood")}
        records={options.neighbourhoods}
        emptyLabel={t("network.choose")}
        required
      />
      <SelectField
        id={fields.categoryId.id}
        name={fields.categoryId.name}
        label={t("needs.field.category")}
        hint={t("needs.field.categoryHint")}
        defaultValue={text(fields.categoryId.initialValue) ?? ""}
        errors={fields.categoryId.errors}
      >
        <option value="">{t("needs.field.noCategory")}</option>
        {options.categories.map((c) => (
          <option key={c.id} value={String(c.id)}>
            {c.area ? `${c.area}: ` : ""}
            {locale === "en" ? c.nameEn : c.nameDe}
          </option>
        ))}
      </SelectField>
      <TextField
        id={fields.title.id}
        name={fields.title.name}
        label={t("needs.field.title")}
        defaultValue={text(fields.title.initialValue)}
        errors={fields.title.errors}
        maxLength={maxNeedTitle}
        required
      />
      <TextAreaField
        id={fields.description.id}
        name={fields.description.name}
        label={t("needs.field.description")}
        defaultValue={text(fields.description.initialValue)}
        errors={fields.description.errors}
        maxLength={maxNeedDescription}
        rows={4}
      />
      <TextField
        id={fields.source.id}
        name={fields.source.name}
        label={t("needs.field.source")}
        hint={t("needs.field.sourceHint")}
        defaultValue={text(fields.source.initialValue)}
        errors={fields.source.errors}
        maxLength={maxNeedSource}
      />
      <Fieldset legend={t("needs.field.ages")}>
        <p className="mb-2 text-sm text-slate-700">{t("needs.field.agesHint")}</p>
        <div className="grid gap-x-4 sm:grid-cols-3">
          <TextField
            id={fields.ageFrom.id}
            name={fields.ageFrom.name}
            label={t("needs.field.ageFrom")}
            inputMode="numeric"
            defaultValue={text(fields.ageFrom.initialValue)}
            errors={fields.ageFrom.errors}
            maxLength={4}
          />
          <TextField
            id={fields.ageTo.id}
            name={fields.ageTo.name}
            label={t("needs.field.ageTo")}
            inputMode="numeric"
            defaultValue={text(fields.ageTo.initialValue)}
            errors={fields.ageTo.errors}
            maxLength={4}
          />
          <SelectField
            id={fields.ageUnit.id}
            name={fields.ageUnit.name}
            label={t("needs.field.ageUnit")}
            defaultValue={text(fields.ageUnit.initialValue) ?? "years"}
            errors={fields.ageUnit.errors}
          >
            <option value="years">{t("needs.unit.years")}</option>
            <option value="months">{t("needs.unit.months")}</option>
          </SelectField>
        </div>
      </Fieldset>
      <CheckboxGroup
        id={fields.audiences.id}
        name={fields.audiences.name}
        legend={t("needs.field.audiences")}
        options={audienceOptions.map((a) => ({ value: a, label: t(audienceKey(a)) }))}
        checked={Array.isArray(audiences) ? audiences : [audiences]}
        errors={fields.audiences.errors}
      />
      {withStatus ? (
        <SelectField
          id={fields.status.id}
          name={fields.status.name}
          label={t("needs.field.status")}
          defaultValue={text(fields.status.initialValue) ?? "open"}
          errors={fields.status.errors}
        >
          {needStatuses.map((s) => (
            <option key={s} value={s}>
              {t(`needs.status.${s}`)}
            </option>
          ))}
        </SelectField>
      ) : null}
      <div className="flex flex-wrap items-center gap-4">
        <Button>{t("form.save")}</Button>
        <Link to={cancelTo}>{t("form.cancel")}</Link>
      </div>
    </Form>
  );
}
