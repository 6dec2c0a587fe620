// An offering list: the filter form (a GET form, so it works without JavaScript and the URL holds the
// filters), the result count, the table and the pagination. Used network-wide and per centre.
import { Form, Link, useLocation, useNavigation } from "@remix-run/react";
import { Button } from "~/components/ui/form";
import { useLocale, useT } from "~/modules/i18n/use-t";
import { formatAges, scheduleSummary } from "~/modules/offerings/format";
import { commonLanguages, languageKey, weekdayKey, weekdayNumbers } from "~/modules/offerings/options";
import type { OfferingFilter, OfferingListRow } from "~/modules/offerings/queries.server";
import { Pagination, StaleBadge, StatusBadge } from "./bits";

export interface OfferingListData {
  network: { slug: string; staleAfterMonths: number };
  filter: OfferingFilter;
  choices: {
    neighbourhoods: { slug: string; name: string }[];
    categories: { key: string; nameDe: string; nameEn: string; retired: boolean }[];
    centres: { slug: string; name: string }[];
  };
  rows: OfferingListRow[];
  total: number;
  page: number;
  pages: number;
  today: string;
  /** Query strings for the pages (computed on the server from the filter). */
  pageQueries: Record<number, string>;
}

const inputClass = "mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2";

function Select({ id, name, label, value, children }: { id: string; name: string; label: string; value: string; children: React.ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value} className={inputClass}>
        {children}
      </select>
    </div>
  );
}

export function OfferingFilters({ data, showCentre }: { data: OfferingListData; showCentre: boolean }) {
  const t = useT();
  const locale = useLocale();
  const location = useLocation();
  const { filter, choices } = data;
  // The common languages, and the one in the URL if it is another.
  const languages = [...new Set([...commonLanguages, ...(filter.language ? [filter.language] : [])])];
  const languageName = (code: string) => {
    const key = languageKey(code);
    return key ? t(key) : code;
  };
  return (
    <Form method="get" className="rounded-lg bg-white p-4 shadow" aria-labelledby="offering-filters">
      <h2 id="offering-filters" className="mb-3 text-lg">
        {t("offerings.filters")}
      </h2>
      {/* key: the inputs start again from the URL's values when it changes (e.g. "reset filters"). */}
      <div key={location.search} className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <div className="sm:col-span-2">
          <label htmlFor="filter-q" className="block font-medium">
            {t("offerings.search")}
          </label>
          <p id="filter-q-hint" className="text-sm text-slate-700">
            {t("offerings.searchHint")}
          </p>
          <input id="filter-q" name="q" type="search" defaultValue={filter.q} aria-describedby="filter-q-hint" maxLength={200} className={inputClass} />
        </div>
        <Select id="filter-neighbourhood" name="neighbourhood" label={t("offerings.filter.neighbourhood")} value={filter.neighbourhood}>
          <option value="">{t("offerings.filter.all")}</option>
          {choices.neighbourhoods.map((n) => (
            <option key={n.slug} value={n.slug}>
              {n.name}
            </option>
          ))}
        </Select>
        <Select id="filter-category" name="category" label={t("offerings.filter.category")} value={filter.category}>
          <option value="">{t("offerings.filter.all")}</option>
          {choices.categories.map((c) => (
            <option key={c.key} value={c.key}>
              {locale === "en" ? c.nameEn : c.nameDe}
              {c.retired ? ` ${t("offerings.form.retired")}` : ""}
            </option>
          ))}
        </Select>
        {showCentre ? (
          <Select id="filter-centre" name="centre" label={t("offerings.filter.centre")} value={filter.centre}>
            <option value="">{t("offerings.filter.all")}</option>
            {choices.centres.map((c) => (
              <option key={c.slug} value={c.slug}>
                {c.name}
              </option>
            ))}
          </Select>
        ) : null}
        <div className="grid grid-cols-2 gap-2">
          <div>
            <label htmlFor="filter-age" className="block font-medium">
              {t("offerings.filter.age")}
            </label>
            <input id="filter-age" name="age" inputMode="numeric" defaultValue={filter.age} maxLength={4} className={inputClass} />
          </div>
          <Select id="filter-age-unit" name="ageUnit" label={t("offerings.filter.ageUnit")} value={filter.ageUnit}>
            <option value="years">{t("offerings.form.years")}</option>
            <option value="months">{t("offerings.form.months")}</option>
          </Select>
        </div>
        <Select id="filter-weekday" name="weekday" label={t("offerings.filter.weekday")} value={filter.weekday}>
          <option value="">{t("offerings.filter.all")}</option>
          {weekdayNumbers.map((d) => (
            <option key={d} value={String(d)}>
              {t(weekdayKey(d))}
            </option>
          ))}
        </Select>
        <Select id="filter-language" name="language" label={t("offerings.filter.language")} value={filter.language}>
          <option value="">{t("offerings.filter.all")}</option>
          {languages.map((code) => (
            <option key={code} value={code}>
              {languageName(code)}
            </option>
          ))}
        </Select>
        <Select id="filter-status" name="status" label={t("offerings.filter.status")} value={filter.status}>
          <option value="active">{t("offerings.filter.statusActive")}</option>
          <option value="published">{t("offerings.status.published")}</option>
          <option value="draft">{t("offerings.status.draft")}</option>
          <option value="archived">{t("offerings.status.archived")}</option>
          <option value="all">{t("offerings.filter.statusAll")}</option>
        </Select>
        <Select id="filter-sort" name="sort" label={t("offerings.filter.sort")} value={filter.sort}>
          <option value="title">{t("offerings.sort.title")}</option>
          <option value="centre">{t("offerings.sort.centre")}</option>
          <option value="updated">{t("offerings.sort.updated")}</option>
          <option value="verified">{t("offerings.sort.verified")}</option>
        </Select>
        <div className="flex items-end gap-2 pb-2">
          <input id="filter-stale" type="checkbox" name="stale" value="1" defaultChecked={filter.stale} className="h-5 w-5 accent-brand-700" />
          <label htmlFor="filter-stale">{t("offerings.filter.stale")}</label>
        </div>
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <Button>{t("offerings.apply")}</Button>
        <Link to={location.pathname}>{t("offerings.reset")}</Link>
      </div>
    </Form>
  );
}

export function OfferingTable({ data, showCentre, caption }: { data: OfferingListData; showCentre: boolean; caption: string }) {
  const t = useT();
  const locale = useLocale();
  const location = useLocation();
  const navigation = useNavigation();
  const base = `/n/${data.network.slug}/offerings`;
  return (
    <div className="space-y-4">
      <p role="status" aria-busy={navigation.state === "loading"} className="font-medium">
        {data.total === 1 ? t("offerings.countOne") : t("offerings.countOther", { total: data.total })}
      </p>
      {data.rows.length === 0 ? (
        <p>{t("offerings.empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse bg-white text-left text-sm shadow">
            <caption className="sr-only">{caption}</caption>
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="p-2">{t("offerings.col.title")}</th>
                {showCentre ? <th scope="col" className="p-2">{t("offerings.col.centre")}</th> : null}
                <th scope="col" className="p-2">{t("offerings.col.neighbourhood")}</th>
                <th scope="col" className="p-2">{t("offerings.col.category")}</th>
                <th scope="col" className="p-2">{t("offerings.col.ages")}</th>
                <th scope="col" className="p-2">{t("offerings.col.schedule")}</th>
                <th scope="col" className="p-2">{t("offerings.col.status")}</th>
              </tr>
            </thead>
            <tbody>
              {data.rows.map((row) => (
                <tr key={row.id} className="border-t border-slate-200 align-top">
                  <th scope="row" className="p-2 font-normal">
                    <Link to={`${base}/${row.id}`}>{row.title}</Link>
                  </th>
                  {showCentre ? <td className="p-2">{row.centreName}</td> : null}
                  <td className="p-2">{row.neighbourhood ?? "–"}</td>
                  <td className="p-2">{locale === "en" ? row.categoryEn : row.categoryDe}</td>
                  <td className="whitespace-nowrap p-2">{formatAges(row.ageFromMonths, row.ageToMonths, t)}</td>
                  <td className="p-2">{scheduleSummary(row, t, locale, data.today)}</td>
                  <td className="p-2">
                    <span className="flex flex-wrap gap-1">
                      <StatusBadge status={row.status} />
                      {row.stale ? <StaleBadge /> : null}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={data.page} pages={data.pages} href={(page) => `${location.pathname}${data.pageQueries[page] ?? ""}`} />
    </div>
  );
}
