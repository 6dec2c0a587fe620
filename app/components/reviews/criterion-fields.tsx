// Form fields of a criterion and of an indicator (criteria pages). Errors come from the server reply.
import { indicatorMetrics } from "@db/schema";
import { SelectField, TextAreaField, TextField } from "~/components/ui/form";
import { maxCriterionDescription, maxCriterionTitle, maxIndicatorTitle } from "~/modules/criteria/schemas";
import type { MessageKey } from "~/modules/i18n/translate";
import { useT } from "~/modules/i18n/use-t";

type Errors = Record<string, string[]> | undefined;

export function CriterionFields({ prefix, errors, values }: { prefix: string; errors: Errors; values?: { title: string; description: string; scope: string } }) {
  const t = useT();
  return (
    <>
      <TextField id={`${prefix}-title`} name="title" label={t("criteria.field.title")} defaultValue={values?.title} errors={errors?.title} maxLength={maxCriterionTitle} required />
      <TextAreaField
        id={`${prefix}-description`}
        name="description"
        label={t("criteria.field.description")}
        defaultValue={values?.description}
        errors={errors?.description}
        maxLength={maxCriterionDescription}
        rows={3}
      />
      <SelectField id={`${prefix}-scope`} name="scope" label={t("criteria.field.scope")} defaultValue={values?.scope ?? "centre"} errors={errors?.scope}>
        <option value="centre">{t("criteria.scope.centre")}</option>
        <option value="network">{t("criteria.scope.network")}</option>
      </SelectField>
    </>
  );
}

export interface IndicatorValues {
  title: string;
  description: string;
  source: "computed" | "manual";
  metric: string | null;
  valueType: string;
  target: number | null;
  direction: "higher" | "lower";
}

export function IndicatorFields({ prefix, errors, values }: { prefix: string; errors: Errors; values?: IndicatorValues }) {
  const t = useT();
  return (
    <>
      <TextField id={`${prefix}-title`} name="title" label={t("criteria.indicator.title")} defaultValue={values?.title} errors={errors?.title} maxLength={maxIndicatorTitle} required />
      <TextAreaField id={`${prefix}-description`} name="description" label={t("criteria.indicator.description")} defaultValue={values?.description} errors={errors?.description} maxLength={1000} rows={2} />
      <SelectField id={`${prefix}-source`} name="source" label={t("criteria.indicator.source")} defaultValue={values?.source ?? "computed"} errors={errors?.source}>
        <option value="computed">{t("criteria.indicator.source.computed")}</option>
        <option value="manual">{t("criteria.indicator.source.manual")}</option>
      </SelectField>
      <SelectField id={`${prefix}-metric`} name="metric" label={t("criteria.indicator.metric")} defaultValue={values?.metric ?? ""} errors={errors?.metric}>
        <option value="">{t("criteria.choose")}</option>
        {indicatorMetrics.map((m) => (
          <option key={m} value={m}>
            {t(`criteria.metric.${m}` as MessageKey)}
          </option>
        ))}
      </SelectField>
      <SelectField id={`${prefix}-valueType`} name="valueType" label={t("criteria.indicator.valueType")} defaultValue={values?.source === "manual" ? values.valueType : ""} errors={errors?.valueType}>
        <option value="">{t("criteria.choose")}</option>
        {(["number", "percent", "boolean", "scale"] as const).map((v) => (
          <option key={v} value={v}>
            {t(`criteria.valueType.${v}`)}
          </option>
        ))}
      </SelectField>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField
          id={`${prefix}-target`}
          name="target"
          label={t("criteria.indicator.target")}
          hint={t("criteria.indicator.targetHint")}
          inputMode="decimal"
          defaultValue={values?.target === null || values?.target === undefined ? "" : String(values.target)}
          errors={errors?.target}
          maxLength={12}
        />
        <SelectField id={`${prefix}-direction`} name="direction" label={t("criteria.indicator.direction")} defaultValue={values?.direction ?? "higher"} errors={errors?.direction}>
          <option value="higher">{t("criteria.direction.higher")}</option>
          <option value="lower">{t("criteria.direction.lower")}</option>
        </SelectField>
      </div>
    </>
  );
}
