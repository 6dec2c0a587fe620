// /feeds/<network>.ics — the network's public calendar (iCalendar); filters as query parameters.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { feedResponse } from "~/modules/calendar/feeds.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  return feedResponse(request, { network: params.network });
}
