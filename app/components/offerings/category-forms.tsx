// The forms of the categories page: add, edit (rename, area) and the network's stale period.
import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Form, Link } from "@remix-run/react";
import { Button, SelectField, TextField } from "~/components/ui/form";
import { useT } from "~/modules/i18n/use-t";
import { categorySchema, newCategorySchema, stalePeriodSchema } from "~/modules/offerings/taxonomy-schemas";

type Result = SubmissionResult<string[]> | null | undefined;
const text = (value: unknown) => (typeof value === "string" ? value : undefined);

function AreaSelect({ id, name, value, errors, areas }: { id: string; name: string; value: string | undefined; errors?: string[]; areas: { id: string; name: string }[] }) {
  const t = useT();
  return (
    <SelectField id={id} name={name} label={t("categories.area")} defaultValue={value ?? ""} errors={errors} required>
      <option value="">{t("categories.chooseArea")}</option>
      {areas.map((a) => (
        <option key={a.id} value={a.id}>
          {a.id} – {a.name}
        </option>
      ))}
    </SelectField>
  );
}

export function NewCategoryForm({ lastResult, areas }: { lastResult: Result; areas: { id: string; name: string }[] }) {
  const t = useT();
  const [form, fields] = useForm({
    id: "new-category",
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: newCategorySchema }),
    shouldRevalidate: "onInput",
  });
  return (
    <Form method="post" {...getFormProps(form)} className="rounded-lg bg-white p-6 shadow">
      <input type="hidden" name="intent" value="add" />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField id={fields.nameDe.id} name={fields.nameDe.name} label={t("categories.nameDe")} defaultValue={text(fields.nameDe.initialValue)} errors={fields.nameDe.errors} maxLength={120} required />
        <TextField id={fields.nameEn.id} name={fields.nameEn.name} label={t("categories.nameEn")} defaultValue={text(fields.nameEn.initialValue)} errors={fields.nameEn.errors} maxLength={120} required />
        <AreaSelect id={fields.area.id} name={fields.area.name} value={text(fields.area.initialValue)} errors={fields.area.errors} areas={areas} />
        <TextField id={fields.key.id} name={fields.key.name} label={t("categories.key")} hint={t("categories.keyHint")} defaultValue={text(fields.key.initialValue)} errors={fields.key.errors} maxLength={60} autoComplete="off" />
      </div>
      <Button>{t("categories.add")}</Button>
    </Form>
  );
}

export function EditCategoryForm({
  lastResult,
  areas,
  category,
  cancelTo,
}: {
  lastResult: Result;
  areas: { id: string; name: string }[];
  category: { id: number; key: string; area: string; nameDe: string; nameEn: string };
  cancelTo: string;
}) {
  const t = useT();
  const [form, fields] = useForm({
    id: `category-${category.id}`,
    lastResult,
    defaultValue: { id: String(category.id), area: category.area, nameDe: category.nameDe, nameEn: category.nameEn },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: categorySchema }),
    shouldRevalidate: "onInput",
  });
  return (
    <Form method="post" {...getFormProps(form)} className="rounded-lg bg-white p-6 shadow">
      <input type="hidden" name="intent" value="update" />
      <input type="hidden" name="id" value={String(category.id)} />
      <p className="mb-4">
        {t("categories.key")}: <code>{category.key}</code>
      </p>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField id={fields.nameDe.id} name={fields.nameDe.name} label={t("categories.nameDe")} defaultValue={text(fields.nameDe.initialValue)} errors={fields.nameDe.errors} maxLength={120} required />
        <TextField id={fields.nameEn.id} name={fields.nameEn.name} label={t("categories.nameEn")} defaultValue={text(fields.nameEn.initialValue)} errors={fields.nameEn.errors} maxLength={120} required />
        <AreaSelect id={fields.area.id} name={fields.area.name} value={text(fields.area.initialValue)} errors={fields.area.errors} areas={areas} />
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <Button>{t("form.save")}</Button>
        <Link to={cancelTo}>{t("form.cancel")}</Link>
      </div>
    </Form>
  );
}

export function StalePeriodForm({ lastResult, months }: { lastResult: Result; months: number }) {
  const t = useT();
  const [form, fields] = useForm({
    id: "stale-period",
    lastResult,
    defaultValue: { staleAfterMonths: String(months) },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: stalePeriodSchema }),
    shouldRevalidate: "onInput",
  });
  return (
    <Form method="post" {...getFormProps(form)} className="rounded-lg bg-white p-6 shadow">
      <input type="hidden" name="intent" value="stale" />
      <div className="max-w-xs">
        <TextField
          id={fields.staleAfterMonths.id}
          name={fields.staleAfterMonths.name}
          label={t("categories.staleAfterMonths")}
          hint={t("categories.staleHint")}
          inputMode="numeric"
          maxLength={2}
          defaultValue={text(fields.staleAfterMonths.initialValue)}
          errors={fields.staleAfterMonths.errors}
          required
        />
      </div>
      <Button>{t("form.save")}</Button>
    </Form>
  );
}
