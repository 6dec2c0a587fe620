// Forms shared by the cycle page and a centre's page: the coordinator's assessment, an agreed action,
// a manual indicator value; and the list of agreed actions.
import { Form, Link } from "@remix-run/react";
import { Button, SelectField, TextAreaField, TextField } from "~/components/ui/form";
import type { MessageKey } from "~/modules/i18n/translate";
import { useLocale, useT } from "~/modules/i18n/use-t";
import { formatDate } from "~/modules/network/format";
import { StatusText, type StatusValue } from "./status";

type Errors = Record<string, string[]> | undefined;
const statuses = ["met", "partly", "not-met"] as const;

/** Radio buttons for a status (erfüllt / teilweise / nicht erfüllt) in a fieldset. */
export function StatusRadios({ id, legend, value, errors }: { id: string; legend: string; value: StatusValue; errors?: string[] }) {
  const t = useT();
  const invalid = Boolean(errors?.length);
  return (
    <fieldset className="mb-4" aria-describedby={invalid ? `${id}-error` : undefined}>
      <legend className="font-medium">{legend}</legend>
      <div className="mt-1 flex flex-wrap gap-x-6 gap-y-1">
        {statuses.map((s) => (
          <div key={s} className="flex items-center gap-2">
            <input type="radio" id={`${id}-${s}`} name="status" value={s} defaultChecked={value === s} aria-invalid={invalid || undefined} className="h-5 w-5 accent-brand-700" />
            <label htmlFor={`${id}-${s}`}>{t(`reviews.status.${s}`)}</label>
          </div>
        ))}
      </div>
      {invalid ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-700">
          {errors!.map((e) => t(e as MessageKey)).join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}

export function CoordinatorForm({
  id,
  intent,
  criterionId,
  status,
  comment,
  errors,
}: {
  id: string;
  intent: string;
  criterionId: number;
  status: StatusValue;
  comment: string;
  errors: Errors;
}) {
  const t = useT();
  return (
    <Form method="post" className="mt-2 print:hidden">
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="criterionId" value={criterionId} />
      <StatusRadios id={`${id}-status`} legend={t("reviews.field.coordinatorStatus")} value={status} errors={errors?.status} />
      <TextAreaField id={`${id}-comment`} name="comment" label={t("reviews.field.comment")} defaultValue={comment} errors={errors?.comment} maxLength={2000} rows={3} />
      <Button>{t("reviews.assess")}</Button>
    </Form>
  );
}

export interface ActionView {
  id: number;
  title: string;
  dueOn: string | null;
  status: "open" | "in-progress" | "done" | "dropped";
  ownerName: string | null;
  criterionId: number | null;
}

export function ActionList({ actions, network }: { actions: ActionView[]; network: string }) {
  const t = useT();
  const locale = useLocale();
  if (actions.length === 0) return <p>{t("reviews.noActions")}</p>;
  return (
    <ul className="list-disc space-y-1 pl-5">
      {actions.map((a) => (
        <li key={a.id}>
          <Link to={`/n/${network}/actions/${a.id}`}>{a.title}</Link> –{" "}
          {t("reviews.action.summary", {
            owner: a.ownerName ?? t("reviews.action.noOwner"),
            due: a.dueOn ? formatDate(a.dueOn, locale) : t("reviews.action.noDue"),
            status: t(`reviews.action.status.${a.status}`),
          })}
        </li>
      ))}
    </ul>
  );
}

export function ActionForm({
  id,
  intent,
  criterionId,
  owners,
  errors,
}: {
  id: string;
  intent: string;
  criterionId: number;
  owners: { id: number; name: string; centreName: string | null }[];
  errors: Errors;
}) {
  const t = useT();
  return (
    <Form method="post" className="mt-2 rounded border border-slate-300 p-3 print:hidden">
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="criterionId" value={criterionId} />
      <TextField id={`${id}-title`} name="title" label={t("reviews.action.title")} errors={errors?.title} maxLength={160} required />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <SelectField id={`${id}-owner`} name="ownerId" label={t("reviews.action.owner")} defaultValue="" errors={errors?.ownerId}>
          <option value="">{t("reviews.action.noOwner")}</option>
          {owners.map((o) => (
            <option key={o.id} value={String(o.id)}>
              {o.centreName ? `${o.name} (${o.centreName})` : o.name}
            </option>
          ))}
        </SelectField>
        <TextField id={`${id}-due`} name="dueOn" type="date" label={t("reviews.action.dueOn")} errors={errors?.dueOn} />
      </div>
      <Button variant="secondary">{t("reviews.action.add")}</Button>
    </Form>
  );
}

/** A manual indicator's value: yes/no and scale as a select, numbers as text. */
export function ManualValueForm({
  id,
  intent,
  indicator,
  value,
  errors,
}: {
  id: string;
  intent: string;
  indicator: { id: number; title: string; valueType: "number" | "percent" | "boolean" | "scale" };
  value: number | null;
  errors: Errors;
}) {
  const t = useT();
  const label = indicator.valueType === "percent" ? `${indicator.title} (%)` : indicator.title;
  const current = value === null ? "" : String(value);
  return (
    <Form method="post" className="flex flex-wrap items-end gap-3 print:hidden">
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="indicatorId" value={indicator.id} />
      <div className="min-w-64 flex-1">
        {indicator.valueType === "boolean" || indicator.valueType === "scale" ? (
          <SelectField id={id} name="value" label={label} defaultValue={current} errors={errors?.value}>
            <option value="">{t("reviews.manualNone")}</option>
            {indicator.valueType === "boolean" ? (
              <>
                <option value="1">{t("reviews.yes")}</option>
                <option value="0">{t("reviews.no")}</option>
              </>
            ) : (
              [1, 2, 3, 4].map((n) => (
                <option key={n} value={String(n)}>
                  {n}
                </option>
              ))
            )}
          </SelectField>
        ) : (
          <TextField id={id} name="value" label={label} inputMode="decimal" defaultValue={current} errors={errors?.value} maxLength={12} />
        )}
      </div>
      <div className="mb-4">
        <Button variant="secondary">{t("reviews.manualSave")}</Button>
      </div>
    </Form>
  );
}

export { StatusText };
