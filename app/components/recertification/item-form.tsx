// The checklist item form (coordinators): code, text, level, note, area and the suggestion rule.
import { Form, Link } from "@remix-run/react";
import { CheckboxGroup } from "~/components/network/fields";
import { Button, SelectField, TextAreaField, TextField } from "~/components/ui/form";
import { useLocale, useT } from "~/modules/i18n/use-t";

export interface ItemFormValues {
  areaId: string;
  code: string;
  text: string;
  level: string;
  note: string;
  source: string;
  categoryKeys: string[];
  maxIntervalDays: string;
  keywords: string;
  ageFromBelowMonths: string;
  partnerKinds: string;
}

export const emptyItem: ItemFormValues = { areaId: "", code: "", text: "", level: "", note: "", source: "", categoryKeys: [], maxIntervalDays: "", keywords: "", ageFromBelowMonths: "", partnerKinds: "" };

export function ItemForm({
  prefix,
  intent,
  itemId,
  values,
  errors,
  areas,
  categories,
  submitLabel,
  cancelTo,
}: {
  prefix: string;
  intent: "create" | "update";
  itemId?: number;
  values: ItemFormValues;
  errors: Record<string, string[]> | undefined;
  areas: { id: number; number: string; nameDe: string; nameEn: string }[];
  categories: { key: string; nameDe: string; nameEn: string }[];
  submitLabel: string;
  cancelTo?: string;
}) {
  const t = useT();
  const locale = useLocale();
  const id = (name: string) => `${prefix}-${name}`;
  return (
    <Form method="post" noValidate>
      <input type="hidden" name="intent" value={intent} />
      {itemId ? <input type="hidden" name="itemId" value={itemId} /> : null}
      <div className="grid gap-x-4 sm:grid-cols-3">
        <SelectField id={id("area")} name="areaId" label={t("recert.checklist.area")} defaultValue={values.areaId} errors={errors?.areaId}>
          <option value="">{t("recert.picker.choose")}</option>
          {areas.map((a) => (
            <option key={a.id} value={a.id}>
              {a.number} {locale === "en" ? a.nameEn : a.nameDe}
            </option>
          ))}
        </SelectField>
        <TextField id={id("code")} name="code" label={t("recert.checklist.code")} defaultValue={values.code} maxLength={20} errors={errors?.code} />
        <SelectField id={id("level")} name="level" label={t("recert.checklist.level")} defaultValue={values.level} errors={errors?.level}>
          <option value="">{t("recert.checklist.levelNone")}</option>
          <option value="basic">{t("recert.level.basic")}</option>
          <option value="advanced">{t("recert.level.advanced")}</option>
        </SelectField>
      </div>
      <TextAreaField id={id("text")} name="text" label={t("recert.checklist.text")} defaultValue={values.text} rows={2} maxLength={600} errors={errors?.text} />
      <TextAreaField id={id("note")} name="note" label={t("recert.checklist.note")} defaultValue={values.note} rows={2} maxLength={1000} errors={errors?.note} />
      <fieldset className="mb-4 rounded border border-slate-300 p-4">
        <legend className="px-1 font-semibold">{t("recert.checklist.rule")}</legend>
        <p className="mb-2 text-sm text-slate-700">{t("recert.checklist.ruleHint")}</p>
        <SelectField id={id("source")} name="source" label={t("recert.checklist.source")} defaultValue={values.source} errors={errors?.source}>
          <option value="">{t("recert.checklist.source.none")}</option>
          <option value="offerings">{t("recert.checklist.source.offerings")}</option>
          <option value="meetings">{t("recert.checklist.source.meetings")}</option>
          <option value="agreements">{t("recert.checklist.source.agreements")}</option>
          <option value="assessments">{t("recert.checklist.source.assessments")}</option>
        </SelectField>
        <CheckboxGroup
          id={id("categories")}
          name="categoryKeys"
          legend={t("recert.checklist.categories")}
          options={categories.map((c) => ({ value: c.key, label: locale === "en" ? c.nameEn : c.nameDe }))}
          checked={values.categoryKeys}
          errors={errors?.categoryKeys}
        />
        <div className="grid gap-x-4 sm:grid-cols-2">
          <TextField id={id("interval")} name="maxIntervalDays" label={t("recert.checklist.interval")} inputMode="numeric" defaultValue={values.maxIntervalDays} errors={errors?.maxIntervalDays} />
          <TextField id={id("age")} name="ageFromBelowMonths" label={t("recert.checklist.ageBelow")} inputMode="numeric" defaultValue={values.ageFromBelowMonths} errors={errors?.ageFromBelowMonths} />
        </div>
        <TextField id={id("keywords")} name="keywords" label={t("recert.checklist.keywords")} defaultValue={values.keywords} errors={errors?.keywords} />
        <TextField id={id("partners")} name="partnerKinds" label={t("recert.checklist.partnerKinds")} defaultValue={values.partnerKinds} errors={errors?.partnerKinds} />
      </fieldset>
      <div className="flex flex-wrap items-center gap-4">
        <Button>{submitLabel}</Button>
        {cancelTo ? <Link to={cancelTo}>{t("recert.checklist.cancel")}</Link> : null}
      </div>
    </Form>
  );
}
