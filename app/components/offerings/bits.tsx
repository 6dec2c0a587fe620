// Small pieces of the offering pages: badges, radio groups, change lists, the conflict notice,
// confirmation messages after a change, and the pagination of lists.
import { Link, useSearchParams } from "@remix-run/react";
import { FormMessage } from "~/components/ui/form";
import type { MessageKey } from "~/modules/i18n/translate";
import { useT } from "~/modules/i18n/use-t";
import { statusKey, type OfferingStatus } from "~/modules/offerings/options";

export function StatusBadge({ status }: { status: OfferingStatus }) {
  const t = useT();
  const styles = {
    draft: "border-amber-700 bg-amber-50 text-amber-900",
    published: "border-green-700 bg-green-50 text-green-900",
    archived: "border-slate-500 bg-slate-100 text-slate-800",
  }[status];
  return <span className={`inline-block rounded border px-1.5 py-0.5 text-xs font-medium ${styles}`}>{t(statusKey(status))}</span>;
}

export function StaleBadge() {
  const t = useT();
  return <span className="inline-block rounded border border-red-700 bg-red-50 px-1.5 py-0.5 text-xs font-medium text-red-900">{t("offerings.stale")}</span>;
}

type FieldErrors = string[] | undefined;

/** Radio buttons with one name; the fieldset's legend labels the group. */
export function RadioGroup({
  id,
  name,
  legend,
  hint,
  options,
  value,
  errors,
  inline = false,
}: {
  id: string;
  name: string;
  legend: string;
  hint?: string;
  options: { value: string; label: string }[];
  value: string | undefined;
  errors?: FieldErrors;
  inline?: boolean;
}) {
  const t = useT();
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
      <ul className={inline ? "mt-2 flex flex-wrap gap-x-6 gap-y-1" : "mt-2 space-y-1"}>
        {options.map((option, index) => (
          <li key={option.value} className="flex items-center gap-2">
            <input
              type="radio"
              id={`${id}-${index}`}
              name={name}
              value={option.value}
              defaultChecked={value === option.value}
              aria-invalid={invalid || undefined}
              className="h-5 w-5 accent-brand-700"
            />
            <label htmlFor={`${id}-${index}`}>{option.label}</label>
          </li>
        ))}
      </ul>
      {invalid ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-700">
          {errors!.map((e) => t(e as MessageKey)).join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}

export interface ChangeLineView {
  field: string;
  label: string;
  from: string;
  to: string;
}

/** "Field: old → new" lines; the arrow is read as "changed to". */
export function ChangeList({ lines }: { lines: ChangeLineView[] }) {
  const t = useT();
  return (
    <ul className="space-y-1">
      {lines.map((line) => (
        <li key={line.field} className="break-words">
          <span className="font-medium">{line.label}</span>: {line.from} <span aria-hidden="true">→</span>
          <span className="sr-only"> {t("offerings.changedTo")} </span> {line.to}
        </li>
      ))}
    </ul>
  );
}

export interface ConflictViewData {
  version: number;
  by: string;
  at: string;
  lines: ChangeLineView[];
}

/** The refusal of a save based on an older version: who changed what since, and what to do now. */
export function ConflictNotice({ conflict, kept = true }: { conflict: ConflictViewData; kept?: boolean }) {
  const t = useT();
  return (
    <FormMessage tone="error">
      <h2 className="text-lg">{t("offerings.conflict.title")}</h2>
      <p className="mt-1">
        {t("offerings.conflict.explain", { name: conflict.by, at: conflict.at })} {kept ? t("offerings.conflict.kept") : null}
      </p>
      <p className="mt-2 font-medium">{t("offerings.conflict.changes")}</p>
      {conflict.lines.length > 0 ? <ChangeList lines={conflict.lines} /> : <p>{t("offerings.conflict.noChanges")}</p>}
      <p className="mt-2">{kept ? t("offerings.conflict.again") : t("offerings.conflict.retry")}</p>
    </FormMessage>
  );
}

const doneKeys: Record<string, MessageKey> = {
  created: "offerings.done.created",
  saved: "offerings.done.saved",
  unchanged: "offerings.done.unchanged",
  copied: "offerings.done.copied",
  verified: "offerings.done.verified",
  status: "offerings.done.status",
  restored: "offerings.done.restored",
  "category-created": "categories.done.created",
  "category-saved": "categories.done.saved",
  "category-retired": "categories.done.retired",
  "category-reactivated": "categories.done.reactivated",
  stale: "categories.done.stale",
};

/** After a change the offering pages redirect with ?done=…; this announces it. */
export function OfferingDone() {
  const [params] = useSearchParams();
  const t = useT();
  const key = doneKeys[params.get("done") ?? ""];
  return key ? <FormMessage tone="success">{t(key)}</FormMessage> : null;
}

/** Previous / next links and "Seite x von y". */
export function Pagination({ page, pages, href }: { page: number; pages: number; href: (page: number) => string }) {
  const t = useT();
  if (pages <= 1) return null;
  return (
    <nav aria-label={t("offerings.pagination")} className="flex flex-wrap items-center gap-4">
      {page > 1 ? (
        <Link to={href(page - 1)} rel="prev">
          {t("offerings.previous")}
        </Link>
      ) : null}
      <span aria-current="page">{t("offerings.pageOf", { page, pages })}</span>
      {page < pages ? (
        <Link to={href(page + 1)} rel="next">
          {t("offerings.next")}
        </Link>
      ) : null}
    </nav>
  );
}
