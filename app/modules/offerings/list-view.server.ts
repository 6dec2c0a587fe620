// The data of both offering lists (network-wide and per centre) from the request's query string.
import type { Network } from "~/modules/network/networks.server";

import { filterChoices, filterQuery, listOfferings, parseOfferingFilter } from "./queries.server";
import { berlinToday } from "~/modules/time/dates";

export function offeringListView(request: Request, network: Network, centreId?: number) {
  const filter = parseOfferingFilter(new URL(request.url).searchParams);
  if (centreId !== undefined) filter.centre = "";
  const result = listOfferings(filter, { network, centreId });
  const shown = { ...filter, page: result.page };
  const pageQueries: Record<number, string> = {};
  for (const page of [result.page - 1, result.page + 1]) {
    if (page >= 1 && page <= result.pages) pageQueries[page] = filterQuery(shown, { page });
  }
  return {
    network: { slug: network.slug, staleAfterMonths: network.staleAfterMonths },
    filter: shown,
    choices: filterChoices(network.id),
    rows: result.rows,
    total: result.total,
    page: result.page,
    pages: result.pages,
    staleCount: result.staleCount,
    staleQuery: filterQuery({ ...parseOfferingFilter(new URLSearchParams()), stale: true, sort: "verified" }),
    today: berlinToday(),
    pageQueries,
  };
}
