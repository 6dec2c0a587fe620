import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { HolidayDataNotice } from "~/components/calendar/holiday-data-notice";
import { SubscribeLinks } from "~/components/calendar/subscribe-links";
import { FilterForm, PeriodNav, ViewSwitch } from "~/components/calendar/toolbar";
import { ListView, MonthView, WeekView } from "~/components/calendar/views";
import { DoneNotice } from "~/components/network/fields";
import { calendarPage } from "~/modules/calendar/page.server";
import { requestI18n } from "~/modules/i18n/request.server";
import { useT } from "~/modules/i18n/use-t";
import { networkAccess } from "~/modules/network/access.server";
import { pageTitle } from "~/modules/network/format";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "calendar.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { network, actor } = networkAccess(request, params, "read:network");
  return calendarPage(request, network, actor, requestI18n(request).locale);
}

export default function CalendarPage() {
  const data = useLoaderData<typeof loader>();
  const t = useT();
  const base = `/n/${data.network.slug}/calendar`;
  const props = { networkSlug: data.network.slug, base, query: data.query, today: data.today, entries: data.entries, holidays: data.holidays };
  return (
    <div className="space-y-6">
      <DoneNotice />
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1>{t("calendar.title")}</h1>
        {data.canCreateEvent ? <Link to={`/n/${data.network.slug}/events/new?date=${data.query.date}`}>{t("calendar.event.new")}</Link> : null}
      </div>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <ViewSwitch base={base} query={data.query} />
        <PeriodNav base={base} query={data.query} today={data.today} />
      </div>
      <FilterForm base={base} query={data.query} options={data.options} />
      <HolidayDataNotice years={data.holidayYearsMissing} audience="calendar" showLink={data.mayEnterHolidays} />
      {data.query.view === "month" ? <MonthView {...props} /> : data.query.view === "week" ? <WeekView {...props} /> : <ListView {...props} />}
      <SubscribeLinks links={data.feed.links} scope={data.feed.scope} />
    </div>
  );
}
