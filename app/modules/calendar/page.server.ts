// What the calendar page shows for a request: the view and range from the URL, the entries with
// holidays, the filter choices and the subscription links for the same filters.
import type { Locale } from "~/modules/i18n/translate";
import type { Network } from "~/modules/network/networks.server";
import type { Actor } from "~/modules/permissions/permissions";
import { calendarEntries, filterOptions, resolveFilters } from "./calendar.server";
import { mayCreateEvents } from "./events.server";
import { feedLinks } from "./feeds.server";
import { holidaysByDay, schoolHolidayYearsMissing, yearsOf } from "./holidays.server";
import { parseCalendarQuery, viewRange } from "./views";
import { nowDate } from "~/modules/time/clock";
import { berlinDate } from "~/modules/time/dates";

export function calendarPage(request: Request, network: Network, actor: Actor, locale: Locale, now = nowDate()) {
  const today = berlinDate(now);
  const parsed = parseCalendarQuery(new URL(request.url).searchParams, today);
  // Unknown filter values are dropped, so the form and the links show what is applied.
  const resolved = resolveFilters(network.id, parsed);
  const query = { ...parsed, ...resolved.applied };
  const range = viewRange(query.view, query.date);
  const options = filterOptions(network.id, locale);
  // The feed's name in the links: the network, or the chosen centre, neighbourhood and category.
  const chosen = [
    options.centres.find((o) => o.value === query.centre),
    options.neighbourhoods.find((o) => o.value === query.neighbourhood),
    options.categories.find((o) => o.value === query.category),
  ].filter((o) => o !== undefined);
  return {
    network: { slug: network.slug, name: network.name },
    query,
    today,
    entries: calendarEntries(network.id, range, resolved.filters, { locale }),
    holidays: holidaysByDay(range.from, range.to),
    // Years of the shown range without school holiday data: said on the page instead of showing none.
    holidayYearsMissing: schoolHolidayYearsMissing(yearsOf(range.from, range.to)),
    mayEnterHolidays: actor.isAdmin,
    options,
    feed: { links: feedLinks(request, network.slug, query), scope: chosen.length > 0 ? chosen.map((o) => o.label).join(", ") : network.name },
    canCreateEvent: mayCreateEvents(actor, network.id),
  };
}
