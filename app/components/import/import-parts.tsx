// Pieces of the import pages: the counts of a preview or result, the table of per-row errors, the
// progress of a running job, and the links to import and export that the offering list shows.
import { useEffect } from "react";
import { Link, useRevalidator } from "@remix-run/react";
import type { CsvError } from "~/modules/offerings/csv-format";
import type { MessageKey } from "~/modules/i18n/translate";
import { useLocale, useT } from "~/modules/i18n/use-t";
import { formatNumber } from "~/modules/network/format";

export interface Counts {
  total: number;
  created: number;
  updated: number;
  unchanged: number;
  createdCentres: string[];
  createdNeighbourhoods: string[];
}

export function ImportCounts({ counts, heading }: { counts: Counts; heading: string }) {
  const t = useT();
  const locale = useLocale();
  const n = (value: number) => formatNumber(value, locale);
  const names = (list: string[]) => (list.length > 0 ? `: ${list.join(", ")}` : "");
  const items: [MessageKey, string][] = [
    ["import.count.rows", n(counts.total)],
    ["import.count.created", n(counts.created)],
    ["import.count.updated", n(counts.updated)],
    ["import.count.unchanged", n(counts.unchanged)],
    ["import.count.createdCentres", n(counts.createdCentres.length) + names(counts.createdCentres)],
    ["import.count.createdNeighbourhoods", n(counts.createdNeighbourhoods.length) + names(counts.createdNeighbourhoods)],
  ];
  return (
    <section aria-labelledby="import-counts" className="mb-6 rounded-lg bg-white p-4 shadow">
      <h2 id="import-counts" className="mb-2">
        {heading}
      </h2>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1">
        {items.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-medium">{t(label)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export function ImportErrors({ errors, errorCount, errorRows }: { errors: CsvError[]; errorCount: number; errorRows: number }) {
  const t = useT();
  const locale = useLocale();
  return (
    <section aria-labelledby="import-errors" className="mb-6">
      <div role="alert" className="mb-4 rounded border-l-4 border-red-700 bg-red-50 p-3 text-red-900">
        {t("import.errorsSummary", { errors: formatNumber(errorCount, locale), rows: formatNumber(errorRows, locale) })}
      </div>
      <h2 id="import-errors">{t("import.errorsTitle")}</h2>
      {errors.length < errorCount ? (
        <p className="text-sm text-slate-700">{t("import.errorsShown", { shown: formatNumber(errors.length, locale), errors: formatNumber(errorCount, locale) })}</p>
      ) : null}
      <table className="mt-3 w-full border-collapse bg-white text-left text-sm shadow">
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="p-2">{t("import.errorRow")}</th>
            <th scope="col" className="p-2">{t("import.errorColumn")}</th>
            <th scope="col" className="p-2">{t("import.errorMessage")}</th>
          </tr>
        </thead>
        <tbody>
          {errors.map((e, i) => (
            <tr key={i} className="border-t border-slate-200">
              <td className="p-2">{e.row}</td>
              <td className="p-2">{e.column ? <code>{e.column}</code> : t("import.wholeFile")}</td>
              <td className="p-2">{e.key ? t(e.key, e.vars) : e.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export interface Progress {
  step: "reading" | "checking" | "writing";
  done: number;
  rows: number;
  value: number;
  max: number;
}

/** A running job: a progress bar and a polite live text; the page reloads its data every second. */
export function ImportProgress({ title, progress, refreshTo }: { title: string; progress: Progress; refreshTo: string }) {
  const t = useT();
  const locale = useLocale();
  const revalidator = useRevalidator();
  useEffect(() => {
    const timer = setInterval(() => {
      if (revalidator.state === "idle") revalidator.revalidate();
    }, 1000);
    return () => clearInterval(timer);
  }, [revalidator]);
  const text =
    progress.step === "reading"
      ? t("import.progress.reading")
      : t(progress.step === "checking" ? "import.progress.checking" : "import.progress.writing", {
          done: formatNumber(progress.done, locale),
          rows: formatNumber(progress.rows, locale),
        });
  return (
    <section aria-labelledby="import-progress" className="mb-6 rounded-lg bg-white p-4 shadow">
      <h2 id="import-progress" className="mb-2">
        {title}
      </h2>
      <label htmlFor="import-progress-bar" className="block font-medium">
        {t("import.progressLabel")}
      </label>
      <progress id="import-progress-bar" className="mt-1 h-4 w-full" value={progress.value} max={progress.max} aria-describedby="import-progress-text">
        {Math.round((progress.value / progress.max) * 100)} %
      </progress>
      <p id="import-progress-text" aria-live="polite" className="mt-2">
        {text}
      </p>
      <p className="mt-2 text-sm text-slate-700">
        {t("import.progressWait")} <Link to={refreshTo}>{t("import.refresh")}</Link>
      </p>
    </section>
  );
}

/** For the offering list: download all as CSV (members), import (who may edit offerings). */
export function OfferingCsvLinks({ network, canImport }: { network: string; canImport: boolean }) {
  const t = useT();
  return (
    <p className="flex flex-wrap gap-x-4 gap-y-2">
      <a href={`/n/${network}/offerings/export`} download className="rounded border border-slate-500 bg-white px-3 py-1 font-medium hover:bg-slate-100">
        {t("import.exportLink")}
      </a>
      {canImport ? <Link to={`/n/${network}/offerings/import`}>{t("import.importLink")}</Link> : null}
    </p>
  );
}
