// Form primitives we own: labelled fields with errors wired up for assistive technology.
import { useEffect, useRef, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from "react";
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

interface FieldShell {
  id: string;
  label: string;
  errors?: FieldErrors;
  hint?: string;
}

function describedBy(id: string, errors: FieldErrors, hint?: string) {
  return [errors?.length ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(" ") || undefined;
}

const inputClass =
  "mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700";

export function TextField({ id, label, errors, hint, ...props }: FieldShell & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <div className="mb-4">
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, errors, hint)}
        className={inputClass}
        {...props}
      />
      <ErrorText id={`${id}-error`} errors={errors} />
    </div>
  );
}

export function TextAreaField({ id, label, errors, hint, ...props }: FieldShell & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <div className="mb-4">
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      <textarea
        id={id}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, errors, hint)}
        className={inputClass}
        {...props}
      />
      <ErrorText id={`${id}-error`} errors={errors} />
    </div>
  );
}

export function SelectField({
  id,
  label,
  errors,
  hint,
  children,
  ...props
}: FieldShell & SelectHTMLAttributes<HTMLSelectElement> & { children: ReactNode }) {
  return (
    <div className="mb-4">
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      <select
        id={id}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, errors, hint)}
        className={inputClass}
        {...props}
      >
        {children}
      </select>
      <ErrorText id={`${id}-error`} errors={errors} />
    </div>
  );
}

export function Button({ children, variant = "primary", ...props }: React.ButtonHTMLAttributes<HTMLButtonElement> & { variant?: "primary" | "secondary" | "danger" }) {
  const styles = {
    primary: "bg-brand-700 text-white hover:bg-brand-800",
    secondary: "border border-slate-500 bg-white text-slate-900 hover:bg-slate-100",
    danger: "bg-red-700 text-white hover:bg-red-800",
  }[variant];
  return (
    <button type="submit" className={`rounded px-4 py-2 font-medium ${styles}`} {...props}>
      {children}
    </button>
  );
}

/** A message region for a whole form (errors or success); focused when it appears. */
export function FormMessage({ tone, children }: { tone: "error" | "success"; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [children]);
  const styles = tone === "error" ? "border-red-700 bg-red-50 text-red-900" : "border-green-700 bg-green-50 text-green-900";
  return (
    <div ref={ref} tabIndex={-1} role={tone === "error" ? "alert" : "status"} className={`mb-4 rounded border-l-4 p-3 ${styles}`}>
      {children}
    </div>
  );
}

/** After a server reply with field errors, move focus to the first invalid field. */
export function useFocusFirstInvalid(trigger: unknown) {
  useEffect(() => {
    if (!trigger) return;
    const field = document.querySelector<HTMLElement>("main [aria-invalid='true']");
    field?.focus();
  }, [trigger]);
}

/** Conform's initial value of a field as text for `defaultValue`. */
export function initialText(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

interface FieldMeta {
  id: string;
  name: string;
  initialValue?: unknown;
  errors?: string[];
}

/**
 * A select of named records (neighbourhoods, centres, partners …) for a form field, starting with an
 * empty choice labelled `emptyLabel` ("none" for optional fields, "please choose" for required ones).
 */
export function RecordSelect({
  field,
  label,
  hint,
  records,
  emptyLabel,
  required,
}: {
  field: FieldMeta;
  label: string;
  hint?: string;
  records: { id: number; name: string }[];
  emptyLabel: string;
  required?: boolean;
}) {
  return (
    <SelectField
      id={field.id}
      name={field.name}
      label={label}
      hint={hint}
      defaultValue={initialText(field.initialValue) ?? ""}
      errors={field.errors}
      required={required}
    >
      <option value="">{emptyLabel}</option>
      {records.map((record) => (
        <option key={record.id} value={String(record.id)}>
          {record.name}
        </option>
      ))}
    </SelectField>
  );
}
