// Working-group meetings held in a cycle's period, for the committee report.
import { and, asc, between, eq } from "drizzle-orm";
import { getDb } from "@db/client.server";
import { events, meetings } from "@db/schema";

export interface HeldMeeting {
  id: number;
  date: string;
  title: string;
}

/** Meetings with status "held" whose date lies within the period (both ends included). */
export function meetingsHeld(networkId: number, periodStart: string, periodEnd: string): HeldMeeting[] {
  return getDb()
    .select({ id: meetings.id, date: events.date, title: events.title })
    .from(meetings)
    .innerJoin(events, eq(events.id, meetings.eventId))
    .where(and(eq(meetings.networkId, networkId), eq(meetings.status, "held"), between(events.date, periodStart, periodEnd)))
    .orderBy(asc(events.date), asc(meetings.id))
    .all();
}
