// The calendar's three views: a month grid (a real table), a week of day sections and a list by day.
import { Link } from "@remix-run/react";
import { dayOfMonth, dayTitle, monthTitle, shortDayTitle, weekdayNames } from "~/modules/calendar/format";
import { calendarHref, daysBetween, isoWeekNumber, monthGrid, viewRange, type CalendarQuery } from "~/modules/calendar/views";
import { useLocale, useT } from "~/modules/i18n/use-t";
import { EntryDetails, EntryLink, HolidayBadges, TimeRange, TodayBadge, type ViewEntry, type ViewHoliday } from "./entries";

export interface ViewProps {
  networkSlug: string;
  base: string;
  query: CalendarQuery;
  today: string;
  entries: ViewEntry[];
  holidays: Record<string, ViewHoliday[]>;
}

/** Entries per day; the loader sends them sorted. */
function byDay(entries: ViewEntry[]): Map<string, ViewEntry[]> {
  const map = new Map<string, ViewEntry[]>();
  for (const entry of entries) {
    const list = map.get(entry.date) ?? [];
    list.push(entry);
    map.set(entry.date, list);
  }
  return map;
}

const entriesPerCell = 4;

export function MonthView({ networkSlug, base, query, today, entries, holidays }: ViewProps) {
  const t = useT();
  const locale = useLocale();
  const days = byDay(entries);
  const names = weekdayNames(locale);
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[44rem] table-fixed border-collapse bg-white text-sm shadow">
        <caption className="mb-2 text-left">
          <h2 id="period-heading">{monthTitle(query.date, locale)}</h2>
        </caption>
        <thead className="bg-slate-100">
          <tr>
            {names.map((name) => (
              <th key={name.long} scope="col" className="p-2 text-left">
                <span aria-hidden="true">{name.short}</span>
                <span className="sr-only">{name.long}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthGrid(query.date).map((week) => (
            <tr key={week.find(Boolean)} className="align-top">
              {week.map((day, index) => {
                if (!day) return <td key={`empty-${index}`} className="border border-slate-200 bg-slate-100" />;
                const list = days.get(day) ?? [];
                const isToday = day === today;
                const weekHref = `${calendarHref(base, query, { view: "week", date: day })}#day-${day}`;
                return (
                  <td
                    key={day}
                    aria-current={isToday ? "date" : undefined}
                    className={`h-28 border p-1.5 ${isToday ? "border-2 border-brand-700 bg-brand-50" : "border-slate-200"}`}
                  >
                    <div className="flex flex-wrap items-center justify-between gap-1">
                      <Link to={weekHref} className="font-semibold">
                        <span aria-hidden="true">{dayOfMonth(day)}</span>
                        <span className="sr-only">{t("calendar.month.showDay", { day: dayTitle(day, locale) })}</span>
                      </Link>
                      {isToday ? <TodayBadge /> : null}
                    </div>
                    <HolidayBadges holidays={holidays[day]} className="mt-1" />
                    {list.length > 0 ? (
                      <ul className="mt-1 space-y-1">
                        {list.slice(0, entriesPerCell).map((entry) => (
                          <li key={entry.key} className="leading-snug">
                            <EntryLink networkSlug={networkSlug} entry={entry} withTime />
                          </li>
                        ))}
                      </ul>
                    ) : null}
                    {list.length > entriesPerCell ? (
                      <Link to={weekHref} className="mt-1 block text-xs">
                        {t("calendar.month.more", { count: list.length - entriesPerCell })}
                        <span className="sr-only"> {t("calendar.month.moreOn", { day: dayTitle(day, locale) })}</span>
                      </Link>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function DayEntries({ networkSlug, list }: { networkSlug: string; list: ViewEntry[] }) {
  const t = useT();
  if (list.length === 0) return <p className="mt-2 text-sm text-slate-700">{t("calendar.day.empty")}</p>;
  return (
    <ul className="mt-2 gap-x-6 sm:columns-2 xl:columns-3">
      {list.map((entry) => (
        <li key={entry.key} className="mb-3 break-inside-avoid">
          <p className="text-sm font-medium tabular-nums">
            <TimeRange date={entry.date} start={entry.start} end={entry.end} />
          </p>
          <p>
            <EntryLink networkSlug={networkSlug} entry={entry} />
          </p>
          <EntryDetails entry={entry} />
        </li>
      ))}
    </ul>
  );
}

export function WeekView({ networkSlug, query, today, entries, holidays }: ViewProps) {
  const t = useT();
  const locale = useLocale();
  const days = byDay(entries);
  const { from, to } = viewRange("week", query.date);
  return (
    <div>
      <h2 id="period-heading" className="mb-3">
        {t("calendar.week.title", { week: isoWeekNumber(from), from: dayTitle(from, locale), to: dayTitle(to, locale) })}
      </h2>
      <div className="space-y-3">
        {daysBetween(from, to).map((day) => {
          const isToday = day === today;
          return (
            <section
              key={day}
              id={`day-${day}`}
              aria-labelledby={`day-${day}-heading`}
              aria-current={isToday ? "date" : undefined}
              className={`rounded bg-white p-3 shadow md:grid md:grid-cols-[11rem_1fr] md:gap-4 ${isToday ? "border-2 border-brand-700" : ""}`}
            >
              <div>
                <h3 id={`day-${day}-heading`} className="text-base">
                  <span aria-hidden="true">{shortDayTitle(day, locale)}</span>
                  <span className="sr-only">{dayTitle(day, locale)}</span>
                </h3>
                {isToday ? <TodayBadge /> : null}
                <HolidayBadges holidays={holidays[day]} className="mt-1" />
              </div>
              <DayEntries networkSlug={networkSlug} list={days.get(day) ?? []} />
            </section>
          );
        })}
      </div>
    </div>
  );
}

export function ListView({ networkSlug, query, today, entries, holidays }: ViewProps) {
  const t = useT();
  const locale = useLocale();
  const days = byDay(entries);
  const { from, to } = viewRange("list", query.date);
  const shown = daysBetween(from, to).filter((day) => days.has(day) || holidays[day]?.length);
  return (
    <div>
      <h2 id="period-heading" className="mb-3">
        {monthTitle(query.date, locale)}
      </h2>
      {entries.length === 0 ? <p className="mb-3">{t("calendar.empty")}</p> : null}
      <div className="space-y-4">
        {shown.map((day) => {
          const isToday = day === today;
          return (
            <section
              key={day}
              id={`day-${day}`}
              aria-labelledby={`day-${day}-heading`}
              aria-current={isToday ? "date" : undefined}
              className={`rounded bg-white p-4 shadow ${isToday ? "border-2 border-brand-700" : ""}`}
            >
              <div className="flex flex-wrap items-center gap-2">
                <h3 id={`day-${day}-heading`}>{dayTitle(day, locale)}</h3>
                {isToday ? <TodayBadge /> : null}
                <HolidayBadges holidays={holidays[day]} />
              </div>
              <DayEntries networkSlug={networkSlug} list={days.get(day) ?? []} />
            </section>
          );
        })}
      </div>
    </div>
  );
}
