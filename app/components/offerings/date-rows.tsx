// The single dates of an offering: rows of date, start and end. Adding and removing rows are submit
// buttons (the server answers with one row more or less), so they work without JavaScript; with it, the
// rows change in place.
import { useEffect, useRef, useState } from "react";
import { TextField } from "~/components/ui/form";
import { useT } from "~/modules/i18n/use-t";
import { addDateIntent, removeDatePrefix, type DateRow } from "~/modules/offerings/date-rows";

export type { DateRow };


export function DateRows({
  rows: initialRows,
  errors,
  listErrors,
}: {
  rows: DateRow[];
  /** Errors by field name, e.g. "dates[0].date". */
  errors: Record<string, string[] | undefined>;
  listErrors?: string[];
}) {
  const t = useT();
  // Rows start from the server's values (stable keys: their positions). Later server replies come from
  // what the rows already hold, so the rows are not reset by them.
  const [rows, setRows] = useState(() => initialRows.map((row, index) => ({ ...row, key: index })));
  const nextKey = useRef(initialRows.length + 1000);
  const [focusKey, setFocusKey] = useState<number | null>(null);
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusKey === null) return;
    container.current?.querySelector<HTMLElement>(`[data-row="${focusKey}"] input`)?.focus();
    setFocusKey(null);
  }, [focusKey]);
  const invalid = Boolean(listErrors?.length);
  return (
    <div
      ref={container}
      id="offering-dates"
      role="group"
      aria-labelledby="offering-dates-heading"
      tabIndex={-1}
      aria-invalid={invalid || undefined}
      aria-describedby={invalid ? "offering-dates-error" : undefined}
    >
      <ol className="space-y-3">
        {rows.map((row, index) => {
          const name = (field: keyof DateRow) => `dates[${index}].${field}`;
          const id = (field: keyof DateRow) => `offering-date-${row.key}-${field}`;
          return (
            <li key={row.key} data-row={row.key}>
              <fieldset className="rounded border border-slate-200 p-3">
                <legend className="px-1 font-medium">{t("offerings.form.dateRow", { n: index + 1 })}</legend>
                <div className="grid gap-x-4 sm:grid-cols-3">
                  <TextField id={id("date")} name={name("date")} type="date" label={t("offerings.form.date")} defaultValue={row.date} errors={errors[name("date")]} />
                  <TextField id={id("startTime")} name={name("startTime")} type="time" label={t("offerings.form.startTime")} defaultValue={row.startTime} errors={errors[name("startTime")]} />
                  <TextField id={id("endTime")} name={name("endTime")} type="time" label={t("offerings.form.endTime")} defaultValue={row.endTime} errors={errors[name("endTime")]} />
                </div>
                <button
                  type="submit"
                  name="intent"
                  value={`${removeDatePrefix}${index}`}
                  formNoValidate
                  className="text-sm text-brand-700 underline"
                  onClick={(event) => {
                    event.preventDefault();
                    const next = rows.filter((r) => r.key !== row.key);
                    setRows(next);
                    const neighbour = next[Math.min(index, next.length - 1)];
                    if (neighbour) setFocusKey(neighbour.key);
                  }}
                >
                  {t("offerings.form.removeDate", { n: index + 1 })}
                </button>
              </fieldset>
            </li>
          );
        })}
      </ol>
      {invalid ? (
        <p id="offering-dates-error" className="mt-1 text-sm font-medium text-red-700">
          {listErrors!.map((e) => t(e as never)).join(" ")}
        </p>
      ) : null}
      <button
        type="submit"
        name="intent"
        value={addDateIntent}
        formNoValidate
        className="mt-3 rounded border border-slate-500 bg-white px-3 py-1.5 font-medium hover:bg-slate-100"
        onClick={(event) => {
          event.preventDefault();
          const row = { date: "", startTime: "", endTime: "", key: nextKey.current++ };
          setRows([...rows, row]);
          setFocusKey(row.key);
        }}
      >
        {t("offerings.form.addDate")}
      </button>
    </div>
  );
}
