// /feeds/<network>/centres/<centre>.ics — one centre's public calendar (iCalendar).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { feedResponse } from "~/modules/calendar/feeds.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  return feedResponse(request, { network: params.network, centre: params.centre ?? "" });
}
