// The guide's search form (GET, so it works without JavaScript and results have their own address),
// the result list with the essentials and next dates, and the page links.
import { Form, Link } from "@remix-run/react";
import type { GuideFilter } from "~/modules/guide/filter";
import type { GuideCard } from "~/modules/guide/format";
import type { StartPageData } from "~/modules/guide/pages.server";
import type { Translate } from "~/modules/i18n/translate";
import { useT } from "~/modules/i18n/use-t";

export type GuideOptions = StartPageData["options"];

const fieldClass = "mt-1 block w-full rounded border border-slate-500 bg-white px-3 py-2 text-base";

function Select({ id, label, name, value, children }: { id: string; label: string; name: string; value: string; children: React.ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value} className={fieldClass}>
        {children}
      </select>
    </div>
  );
}

export function GuideSearchForm({ networkSlug, filter, options }: { networkSlug: string; filter: GuideFilter; options: GuideOptions }) {
  const t = useT();
  const any = <option value="">{t("guide.search.any")}</option>;
  return (
    <Form method="get" action={`/guide/${networkSlug}`} role="search" aria-labelledby="guide-search-heading" className="rounded-lg bg-white p-4 shadow sm:p-6">
      <h2 id="guide-search-heading">{t("guide.search.title")}</h2>
      <div className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <div className="sm:col-span-2 lg:col-span-3">
          <label htmlFor="guide-q" className="block font-medium">
            {t("guide.search.q")}
          </label>
          <p id="guide-q-hint" className="text-sm text-slate-700">
            {t("guide.search.qHint")}
          </p>
          <input id="guide-q" type="search" name="q" defaultValue={filter.q} aria-describedby="guide-q-hint" className={fieldClass} />
        </div>
        <Select id="guide-neighbourhood" label={t("guide.search.neighbourhood")} name="neighbourhood" value={filter.neighbourhood}>
          {any}
          {options.neighbourhoods.map((n) => (
            <option key={n.slug} value={n.slug}>
              {n.name}
            </option>
          ))}
        </Select>
        <Select id="guide-category" label={t("guide.search.category")} name="category" value={filter.category}>
          {any}
          {options.categories.map((c) => (
            <option key={c.key} value={c.key}>
              {c.label}
            </option>
          ))}
        </Select>
        <fieldset>
          <legend className="font-medium">{t("guide.search.age")}</legend>
          <div className="flex gap-2">
            <div className="w-24">
              <label htmlFor="guide-age" className="sr-only">
                {t("guide.search.age")}
              </label>
              <input id="guide-age" name="age" type="number" min={0} max={99} inputMode="numeric" defaultValue={filter.age} className={fieldClass} />
            </div>
            <div className="flex-1">
              <label htmlFor="guide-age-unit" className="sr-only">
                {t("guide.search.ageUnit")}
              </label>
              <select id="guide-age-unit" name="ageUnit" defaultValue={filter.ageUnit} className={fieldClass}>
                <option value="years">{t("guide.search.years")}</option>
                <option value="months">{t("guide.search.months")}</option>
              </select>
            </div>
          </div>
        </fieldset>
        <Select id="guide-weekday" label={t("guide.search.weekday")} name="weekday" value={filter.weekday}>
          {any}
          {options.weekdays.map((d) => (
            <option key={d.value} value={d.value}>
              {d.label}
            </option>
          ))}
        </Select>
        <Select id="guide-language" label={t("guide.search.language")} name="language" value={filter.language}>
          {any}
          {options.languages.map((l) => (
            <option key={l.code} value={l.code}>
              {l.label}
            </option>
          ))}
        </Select>
        <div className="flex items-end">
          <label className="flex items-center gap-2 py-2 font-medium">
            <input type="checkbox" name="free" value="1" defaultChecked={filter.free} className="h-5 w-5" />
            {t("guide.search.free")}
          </label>
        </div>
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded bg-brand-700 px-5 py-2 font-medium text-white hover:bg-brand-800">
          {t("guide.search.submit")}
        </button>
        <Link to={`/guide/${networkSlug}`}>{t("guide.search.reset")}</Link>
      </div>
    </Form>
  );
}

function Essentials({ card, t }: { card: GuideCard; t: Translate }) {
  return (
    <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
      <dt className="font-medium">{t("guide.offering.who")}</dt>
      <dd>{card.ages}</dd>
      {card.when ? (
        <>
          <dt className="font-medium">{t("guide.offering.when")}</dt>
          <dd>{card.when}</dd>
        </>
      ) : null}
      {card.nextDates ? (
        <>
          <dt className="font-medium">{t("guide.results.nextDates")}</dt>
          <dd>{card.nextDates.length ? card.nextDates.join(" · ") : t("guide.results.noDates")}</dd>
        </>
      ) : null}
      <dt className="font-medium">{t("guide.offering.cost")}</dt>
      <dd>{card.cost}</dd>
      <dt className="font-medium">{t("guide.offering.languages")}</dt>
      <dd>{card.languages}</dd>
    </dl>
  );
}

/** Offerings as a list of cards; each title links to the offering's page. */
export function GuideOfferingList({ networkSlug, rows, headingLevel = 3 }: { networkSlug: string; rows: GuideCard[]; headingLevel?: 2 | 3 }) {
  const t = useT();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul className="mt-4 space-y-4">
      {rows.map((row) => (
        <li key={row.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <Heading className="text-lg">
            <Link to={`/guide/${networkSlug}/offerings/${row.id}`}>{row.title}</Link>
          </Heading>
          <p className="text-sm text-slate-700">
            {row.category} · {row.centre.name}
            {row.neighbourhood ? ` · ${row.neighbourhood.name}` : ""}
          </p>
          <Essentials card={row} t={t} />
        </li>
      ))}
    </ul>
  );
}

export function GuideResults({
  networkSlug,
  rows,
  total,
  page,
  pages,
  pageHref,
}: {
  networkSlug: string;
  rows: GuideCard[];
  total: number;
  page: number;
  pages: number;
  pageHref: (page: number) => string;
}) {
  const t = useT();
  return (
    <section aria-labelledby="guide-results-heading" className="mt-8">
      <h2 id="guide-results-heading">{t("guide.results.title")}</h2>
      <p role="status" className="mt-2 font-medium">
        {total === 0 ? t("guide.results.none") : total === 1 ? t("guide.results.countOne") : t("guide.results.count", { count: total })}
        {pages > 1 ? ` – ${t("guide.results.page", { page, pages })}` : ""}
      </p>
      <GuideOfferingList networkSlug={networkSlug} rows={rows} />
      {pages > 1 ? (
        <nav aria-label={t("guide.results.pages")} className="mt-6 flex flex-wrap gap-4">
          {page > 1 ? (
            <Link to={pageHref(page - 1)} rel="prev">
              {t("guide.results.previous")}
            </Link>
          ) : null}
          {page < pages ? (
            <Link to={pageHref(page + 1)} rel="next">
              {t("guide.results.next")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </section>
  );
}
