// Reading working-group meetings: one meeting with its event, the lists, agenda items and attendance,
// the held meetings that count as evidence, and who may plan or manage them.
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { getDb, type DbOrTx } from "@db/client.server";
import { centres, events, meetingCentres, meetingItems, meetings } from "@db/schema";
import { notFound } from "~/modules/accounts/actor.server";

import { can, type Actor } from "~/modules/permissions/permissions";
import { berlinToday } from "~/modules/time/dates";

export type Meeting = typeof meetings.$inferSelect;
export type MeetingEvent = typeof events.$inferSelect;
export type MeetingStatus = Meeting["status"];

/** A meeting with its calendar event (title, date, times, place, host centre, public flag). */
export interface MeetingWithEvent {
  meeting: Meeting;
  event: MeetingEvent;
}

/** The meeting of this network; 404 for unknown ids and for meetings of other networks. */
export function getMeeting(networkId: number, id: number): MeetingWithEvent {
  const row = getDb()
    .select({ meeting: meetings, event: events })
    .from(meetings)
    .innerJoin(events, eq(events.id, meetings.eventId))
    .where(and(eq(meetings.networkId, networkId), eq(meetings.id, id)))
    .get();
  return row ?? notFound();
}

/** The meeting an event belongs to (for the calendar's event page), or null. */
export function meetingIdForEvent(eventId: number): number | null {
  return getDb().select({ id: meetings.id }).from(meetings).where(eq(meetings.eventId, eventId)).get()?.id ?? null;
}

export function canManageMeeting(actor: Actor | null, networkId: number, hostCentreId: number | null): boolean {
  return can(actor, "manage:meeting", { networkId, centreId: hostCentreId });
}

/** Whom the actor may name as host: the network coordination and/or centres they may manage meetings of. */
export function hostChoices(actor: Actor, networkId: number) {
  const all = getDb().select({ id: centres.id, name: centres.name }).from(centres).where(eq(centres.networkId, networkId)).orderBy(asc(centres.name)).all();
  return {
    networkWide: canManageMeeting(actor, networkId, null),
    centres: all.filter((c) => canManageMeeting(actor, networkId, c.id)),
  };
}

export function mayPlanMeetings(actor: Actor, networkId: number): boolean {
  const choices = hostChoices(actor, networkId);
  return choices.networkWide || choices.centres.length > 0;
}

/** All centres of the network (the invitation list). */
export function networkCentres(networkId: number): { id: number; name: string }[] {
  return getDb().select({ id: centres.id, name: centres.name }).from(centres).where(eq(centres.networkId, networkId)).orderBy(asc(centres.name)).all();
}

// ---- Lists -----------------------------------------------------------------------------------------

export interface MeetingListRow {
  id: number;
  title: string;
  date: string;
  startTime: string;
  endTime: string;
  place: string;
  hostName: string | null;
  status: MeetingStatus;
  invited: number;
  attended: number;
  townInvited: boolean;
  townAttended: boolean;
  hasMinutes: boolean;
}

const hasMinutesSql = sql<number>`(${meetings.notes} <> '' or exists (select 1 from ${meetingItems} where ${meetingItems.meetingId} = ${meetings.id} and (${meetingItems.minutes} <> '' or ${meetingItems.decisions} <> '')))`;

/** The network's meetings: upcoming ones (today or later, planned) soonest first, the others newest first. */
export function listMeetings(networkId: number, today = berlinToday()): { upcoming: MeetingListRow[]; past: MeetingListRow[] } {
  const rows = getDb()
    .select({
      id: meetings.id,
      title: events.title,
      date: events.date,
      startTime: events.startTime,
      endTime: events.endTime,
      place: events.place,
      hostName: centres.name,
      status: meetings.status,
      invited: sql<number>`(select count(*) from ${meetingCentres} where ${meetingCentres.meetingId} = ${meetings.id} and ${meetingCentres.invited} = 1)`,
      attended: sql<number>`(select count(*) from ${meetingCentres} where ${meetingCentres.meetingId} = ${meetings.id} and ${meetingCentres.attended} = 1)`,
      townInvited: meetings.townInvited,
      townAttended: meetings.townAttended,
      hasMinutes: hasMinutesSql,
    })
    .from(meetings)
    .innerJoin(events, eq(events.id, meetings.eventId))
    .leftJoin(centres, eq(centres.id, events.centreId))
    .where(eq(meetings.networkId, networkId))
    .orderBy(asc(events.date), asc(events.startTime), asc(meetings.id))
    .all()
    .map((row) => ({ ...row, hasMinutes: Boolean(row.hasMinutes) }));
  const upcoming = rows.filter((row) => row.status === "planned" && row.date >= today);
  const past = rows.filter((row) => !upcoming.includes(row)).reverse();
  return { upcoming, past };
}

export interface EvidenceMeeting {
  id: number;
  date: string;
  title: string;
  /** Did the centre attend? null when no centre was asked for. */
  attended: boolean | null;
  hasMinutes: boolean;
}

/**
 * Held meetings as evidence (reviews, recertification): in the period [from, to] when given; with a centre,
 * only meetings that centre was invited to or attended, with whether it attended. Oldest first.
 */
export function listMeetingsForEvidence(
  db: DbOrTx,
  networkId: number,
  options: { centreId?: number; from?: string; to?: string } = {},
): EvidenceMeeting[] {
  const conditions = [eq(meetings.networkId, networkId), eq(meetings.status, "held")];
  if (options.from) conditions.push(sql`${events.date} >= ${options.from}`);
  if (options.to) conditions.push(sql`${events.date} <= ${options.to}`);
  const rows = db
    .select({ id: meetings.id, date: events.date, title: events.title, hasMinutes: hasMinutesSql })
    .from(meetings)
    .innerJoin(events, eq(events.id, meetings.eventId))
    .where(and(...conditions))
    .orderBy(asc(events.date), asc(meetings.id))
    .all();
  if (options.centreId === undefined) return rows.map((row) => ({ ...row, attended: null, hasMinutes: Boolean(row.hasMinutes) }));
  const ids = rows.map((row) => row.id);
  const links =
    ids.length === 0
      ? []
      : db
          .select()
          .from(meetingCentres)
          .where(and(inArray(meetingCentres.meetingId, ids), eq(meetingCentres.centreId, options.centreId)))
          .all();
  const byMeeting = new Map(links.map((link) => [link.meetingId, link]));
  return rows
    .filter((row) => byMeeting.has(row.id))
    .map((row) => ({ ...row, attended: byMeeting.get(row.id)!.attended, hasMinutes: Boolean(row.hasMinutes) }));
}

// ---- One meeting -------------------------------------------------------------------------------------

export type MeetingItem = typeof meetingItems.$inferSelect;

export interface MeetingCentreRow {
  centreId: number;
  name: string;
  invited: boolean;
  attended: boolean;
}

export function meetingItemsOf(meetingId: number, db: DbOrTx = getDb()): MeetingItem[] {
  return db.select().from(meetingItems).where(eq(meetingItems.meetingId, meetingId)).orderBy(asc(meetingItems.position), asc(meetingItems.id)).all();
}

export function meetingCentresOf(meetingId: number, db: DbOrTx = getDb()): MeetingCentreRow[] {
  return db
    .select({ centreId: meetingCentres.centreId, name: centres.name, invited: meetingCentres.invited, attended: meetingCentres.attended })
    .from(meetingCentres)
    .innerJoin(centres, eq(centres.id, meetingCentres.centreId))
    .where(eq(meetingCentres.meetingId, meetingId))
    .orderBy(asc(centres.name))
    .all();
}

export function hostName(event: Pick<MeetingEvent, "centreId">): string | null {
  if (event.centreId === null) return null;
  return getDb().select({ name: centres.name }).from(centres).where(eq(centres.id, event.centreId)).get()?.name ?? null;
}

