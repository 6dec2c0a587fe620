// Form pieces for the network pages that the shared primitives do not cover: checkboxes, checkbox
// groups, grouped fieldsets, the confirmation notice after a change and the delete section.
import type { ReactNode } from "react";
import { Form, useSearchParams } from "@remix-run/react";
import { Button, FormMessage } from "~/components/ui/form";
import { useT } from "~/modules/i18n/use-t";
import type { MessageKey } from "~/modules/i18n/translate";

type FieldErrors = string[] | undefined;

function ErrorText({ id, errors }: { id: string; errors: FieldErrors }) {
  const t = useT();
  if (!errors?.length) return null;
  return (
    <p id={id} className="mt-1 text-sm font-medium text-red-700">
      {errors.map((e) => t(e as MessageKey)).join(" ")}
    </p>
  );
}

export function CheckboxField({
  id,
  name,
  label,
  value = "on",
  defaultChecked,
  errors,
}: {
  id: string;
  name: string;
  label: string;
  value?: string;
  defaultChecked?: boolean;
  errors?: FieldErrors;
}) {
  const invalid = Boolean(errors?.length);
  return (
    <div className="mb-4">
      <div className="flex items-start gap-2">
        <input
          type="checkbox"
          id={id}
          name={name}
          value={value}
          defaultChecked={defaultChecked}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? `${id}-error` : undefined}
          className="mt-1 h-5 w-5 accent-brand-700"
        />
        <label htmlFor={id}>{label}</label>
      </div>
      <ErrorText id={`${id}-error`} errors={errors} />
    </div>
  );
}

/** Several checkboxes with one name; the fieldset's legend labels the group. */
export function CheckboxGroup({
  id,
  name,
  legend,
  hint,
  options,
  checked,
  errors,
}: {
  id: string;
  name: string;
  legend: string;
  hint?: string;
  options: { value: string; label: string }[];
  checked: string[];
  errors?: FieldErrors;
}) {
  const invalid = Boolean(errors?.length);
  const describedBy = [invalid ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset id={id} className="mb-4" aria-describedby={describedBy}>
      <legend className="font-medium">{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      <ul className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-2 md:grid-cols-3">
        {options.map((option, index) => (
          <li key={option.value} className="flex items-center gap-2">
            <input
              type="checkbox"
              id={`${id}-${index}`}
              name={name}
              value={option.value}
              defaultChecked={checked.includes(option.value)}
              aria-invalid={invalid || undefined}
              className="h-5 w-5 accent-brand-700"
            />
            <label htmlFor={`${id}-${index}`}>{option.label}</label>
          </li>
        ))}
      </ul>
      <ErrorText id={`${id}-error`} errors={errors} />
    </fieldset>
  );
}

export function Fieldset({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="mb-6 rounded border border-slate-300 p-4">
      <legend className="px-1 text-lg font-semibold">{legend}</legend>
      {children}
    </fieldset>
  );
}

const doneKeys: Record<string, MessageKey> = {
  created: "network.done.created",
  saved: "network.done.saved",
  deleted: "network.done.deleted",
};

/** After a change the pages redirect with ?done=created|saved|deleted; this announces it. */
export function DoneNotice() {
  const [params] = useSearchParams();
  const t = useT();
  const key = doneKeys[params.get("done") ?? ""];
  return key ? <FormMessage tone="success">{t(key)}</FormMessage> : null;
}

/** The section at the end of an edit page that deletes the entity after an explicit confirmation. */
export function DeleteSection({
  title,
  explanation,
  confirmLabel,
  error,
}: {
  title: string;
  explanation: string;
  confirmLabel: string;
  error?: MessageKey | null;
}) {
  return (
    <section aria-labelledby="delete-heading" className="mt-10 rounded border border-red-300 bg-white p-6">
      <h2 id="delete-heading">{title}</h2>
      <p className="mt-2">{explanation}</p>
      <Form method="post" className="mt-4">
        <input type="hidden" name="intent" value="delete" />
        <CheckboxField id="delete-confirm" name="confirm" value="yes" label={confirmLabel} errors={error ? [error] : undefined} />
        <Button variant="danger">{title}</Button>
      </Form>
    </section>
  );
}

/** One term and its value in a description list; empty values show "not given". */
export function Detail({ term, children }: { term: string; children: ReactNode }) {
  const t = useT();
  const empty = children === null || children === undefined || children === "";
  return (
    <div className="grid gap-1 py-2 sm:grid-cols-3">
      <dt className="font-medium">{term}</dt>
      <dd className="sm:col-span-2">{empty ? <span className="text-slate-700">{t("network.none")}</span> : children}</dd>
    </div>
  );
}
