// Above the calendar: switching views, paging through months or weeks, and the filter form (GET, so
// the URL holds the filters and the page works without JavaScript).
import { Form, Link } from "@remix-run/react";
import { Button } from "~/components/ui/form";
import { calendarHref, calendarViews, shiftDate, type CalendarQuery, type CalendarView } from "~/modules/calendar/views";
import type { MessageKey } from "~/modules/i18n/translate";
import { useT } from "~/modules/i18n/use-t";

const viewLabels: Record<CalendarView, MessageKey> = {
  month: "calendar.view.month",
  week: "calendar.view.week",
  list: "calendar.view.list",
};

const linkButton =
  "inline-block rounded border border-slate-500 bg-white px-3 py-1.5 font-medium text-slate-900 no-underline hover:bg-slate-100";

export function ViewSwitch({ base, query }: { base: string; query: CalendarQuery }) {
  const t = useT();
  return (
    <nav aria-label={t("calendar.view.label")}>
      <ul className="flex flex-wrap gap-2">
        {calendarViews.map((view) => (
          <li key={view}>
            <Link
              to={calendarHref(base, query, { view })}
              aria-current={view === query.view ? "page" : undefined}
              className={`${linkButton} aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white`}
            >
              {t(viewLabels[view])}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function PeriodNav({ base, query, today }: { base: string; query: CalendarQuery; today: string }) {
  const t = useT();
  const unit = query.view === "week" ? "week" : "month";
  return (
    <nav aria-label={t("calendar.period.label")}>
      <ul className="flex flex-wrap gap-2">
        <li>
          <Link to={calendarHref(base, query, { date: shiftDate(query.view, query.date, -1) })} className={linkButton}>
            <span aria-hidden="true">← </span>
            {t(unit === "week" ? "calendar.period.previousWeek" : "calendar.period.previousMonth")}
          </Link>
        </li>
        <li>
          <Link to={calendarHref(base, query, { date: today })} className={linkButton}>
            {t("calendar.today")}
          </Link>
        </li>
        <li>
          <Link to={calendarHref(base, query, { date: shiftDate(query.view, query.date, 1) })} className={linkButton}>
            {t(unit === "week" ? "calendar.period.nextWeek" : "calendar.period.nextMonth")}
            <span aria-hidden="true"> →</span>
          </Link>
        </li>
      </ul>
    </nav>
  );
}

interface Option {
  value: string;
  label: string;
}

function FilterSelect({ name, label, options, value }: { name: string; label: string; options: Option[]; value: string }) {
  const t = useT();
  return (
    <div>
      <label htmlFor={`filter-${name}`} className="block font-medium">
        {label}
      </label>
      <select
        id={`filter-${name}`}
        name={name}
        defaultValue={value}
        className="mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2"
      >
        <option value="">{t("calendar.filter.all")}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function FilterForm({
  base,
  query,
  options,
}: {
  base: string;
  query: CalendarQuery;
  options: { centres: Option[]; neighbourhoods: Option[]; categories: Option[] };
}) {
  const t = useT();
  const filtered = Boolean(query.centre || query.neighbourhood || query.category);
  return (
    <section aria-labelledby="filter-heading" className="rounded-lg bg-white p-4 shadow">
      <h2 id="filter-heading" className="text-lg">
        {t("calendar.filter.title")}
      </h2>
      {/* key: the selects show the URL's values again after back/forward navigation */}
      <Form method="get" action={base} key={`${query.centre}|${query.neighbourhood}|${query.category}`} className="mt-2">
        <input type="hidden" name="view" value={query.view} />
        <input type="hidden" name="date" value={query.date} />
        <div className="grid gap-4 sm:grid-cols-3">
          <FilterSelect name="centre" label={t("calendar.filter.centre")} options={options.centres} value={query.centre} />
          <FilterSelect
            name="neighbourhood"
            label={t("calendar.filter.neighbourhood")}
            options={options.neighbourhoods}
            value={query.neighbourhood}
          />
          <FilterSelect name="category" label={t("calendar.filter.category")} options={options.categories} value={query.category} />
        </div>
        <p className="mt-1 text-sm text-slate-700">{t("calendar.filter.categoryHint")}</p>
        <div className="mt-3 flex flex-wrap items-center gap-4">
          <Button>{t("calendar.filter.apply")}</Button>
          {filtered ? (
            <Link to={calendarHref(base, query, { centre: "", neighbourhood: "", category: "" })}>{t("calendar.filter.reset")}</Link>
          ) : null}
        </div>
      </Form>
    </section>
  );
}
