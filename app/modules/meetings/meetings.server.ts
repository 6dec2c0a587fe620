// Working-group meetings (Arbeitskreis): plan, change the agenda, cancel, record attendance and minutes.
//
// A meeting's title, date, times, place and host live in its calendar event (events.kind = "meeting"),
// so it shows in the calendar and, when public, in the feeds (title, date and place only: the event's
// description stays empty, minutes never leave the meetings tables).
//
// Who may do what: every member of the network reads meetings and minutes ("read:network");
// "manage:meeting" on the host decides the rest — the coordinator any meeting, a lead the meetings hosted
// by their centre; a meeting hosted by the network coordination (host null) is coordinator-only.
import { movedOrder } from "~/modules/lists/move";
import { and, asc, eq, ne } from "drizzle-orm";
import { getDb, type DbOrTx } from "@db/client.server";
import { events, meetingCentres, meetingItems, meetings, memberships } from "@db/schema";
import { forbidden } from "~/modules/accounts/actor.server";
import { recordAudit } from "~/modules/audit/audit.server";

import type { Locale } from "~/modules/i18n/translate";
import { formatDate } from "~/modules/network/format";
import { createNotification } from "~/modules/notifications/notifications.server";
import type { FieldErrors, Mutation } from "~/modules/network/result";
import type { Actor } from "~/modules/permissions/permissions";
import { agendaLines, itemTitleSchema, maxMinutesText, type MeetingDetailsInput, type NewMeetingInput } from "./schemas";
import { canManageMeeting, getMeeting, meetingItemsOf, networkCentres, type MeetingItem, type MeetingWithEvent } from "./queries.server";
import { nowMs } from "~/modules/time/clock";
import { berlinDate, berlinToday } from "~/modules/time/dates";

export * from "./queries.server";

/** A compact record of everything a person can change on a meeting, for the audit log. */
function snapshot(db: DbOrTx, meetingId: number): Record<string, unknown> {
  const row = db.select({ meeting: meetings, event: events }).from(meetings).innerJoin(events, eq(events.id, meetings.eventId)).where(eq(meetings.id, meetingId)).get();
  if (!row) return {};
  const links = db.select().from(meetingCentres).where(eq(meetingCentres.meetingId, meetingId)).orderBy(asc(meetingCentres.centreId)).all();
  return {
    title: row.event.title,
    date: row.event.date,
    startTime: row.event.startTime,
    endTime: row.event.endTime,
    place: row.event.place,
    hostCentreId: row.event.centreId,
    isPublic: row.event.isPublic,
    status: row.meeting.status,
    townInvited: row.meeting.townInvited,
    townAttended: row.meeting.townAttended,
    notes: row.meeting.notes,
    invitedCentreIds: links.filter((l) => l.invited).map((l) => l.centreId),
    attendedCentreIds: links.filter((l) => l.attended).map((l) => l.centreId),
    agenda: meetingItemsOf(meetingId, db).map((item) => ({ id: item.id, title: item.title, minutes: item.minutes, decisions: item.decisions })),
  };
}

function audited<T>(actor: Actor, networkId: number, meetingId: number | null, change: (tx: DbOrTx) => T & { meetingId?: number }): T {
  return getDb().transaction((tx) => {
    const before = meetingId === null ? null : snapshot(tx, meetingId);
    const result = change(tx);
    const id = meetingId ?? result.meetingId!;
    const after = snapshot(tx, id);
    recordAudit(
      before === null
        ? { actor, networkId, entity: "meeting", entityId: id, action: "create", after }
        : { actor, networkId, entity: "meeting", entityId: id, action: "update", before, after },
      tx,
    );
    return result;
  });
}

/**
 * Checks host and invited centres of a submitted meeting: unknown ids are field errors; a host the actor
 * may not manage meetings for is refused with 403.
 */
function checkDetails(actor: Actor, networkId: number, input: MeetingDetailsInput): { errors: FieldErrors | null; hostCentreId: number | null } {
  const ids = new Set(networkCentres(networkId).map((c) => c.id));
  const errors: FieldErrors = {};
  let hostCentreId: number | null = null;
  if (input.host === "network") {
    if (!canManageMeeting(actor, networkId, null)) errors.host = ["meetings.hostNetworkNotAllowed"];
  } else if (!ids.has(input.host)) {
    errors.host = ["meetings.hostUnknown"];
  } else {
    if (!canManageMeeting(actor, networkId, input.host)) forbidden();
    hostCentreId = input.host;
  }
  if (input.invitedCentreIds.some((id) => !ids.has(id))) errors.invitedCentreIds = ["meetings.invitedUnknown"];
  return { errors: Object.keys(errors).length > 0 ? errors : null, hostCentreId };
}

function eventValues(input: MeetingDetailsInput, hostCentreId: number | null) {
  return {
    title: input.title,
    date: input.date,
    startTime: input.startTime,
    endTime: input.endTime,
    place: input.place ?? "",
    centreId: hostCentreId,
    isPublic: input.isPublic,
  };
}

function writeInvitations(tx: DbOrTx, meetingId: number, invited: number[]) {
  const wanted = new Set(invited);
  const existing = tx.select().from(meetingCentres).where(eq(meetingCentres.meetingId, meetingId)).all();
  for (const link of existing) {
    // Keep a centre that attended (minutes stay true) even when it is no longer on the invitation list.
    if (!wanted.has(link.centreId) && !link.attended) {
      tx.delete(meetingCentres).where(and(eq(meetingCentres.meetingId, meetingId), eq(meetingCentres.centreId, link.centreId))).run();
    } else if (link.invited !== wanted.has(link.centreId)) {
      tx.update(meetingCentres)
        .set({ invited: wanted.has(link.centreId) })
        .where(and(eq(meetingCentres.meetingId, meetingId), eq(meetingCentres.centreId, link.centreId)))
        .run();
    }
  }
  const known = new Set(existing.map((l) => l.centreId));
  for (const centreId of wanted) {
    if (!known.has(centreId)) tx.insert(meetingCentres).values({ meetingId, centreId, invited: true, attended: false }).run();
  }
}

/** Plans a meeting: its calendar event, the invitations and the agenda. Notifies the invited. */
export async function createMeeting(actor: Actor, networkId: number, networkSlug: string, input: NewMeetingInput, now = nowMs()): Promise<Mutation<{ id: number }>> {
  const { errors, hostCentreId } = checkDetails(actor, networkId, input);
  if (errors) return { ok: false, fieldErrors: errors };
  const created = audited(actor, networkId, null, (tx) => {
    const event = tx
      .insert(events)
      .values({ networkId, kind: "meeting", description: "", ...eventValues(input, hostCentreId), createdBy: actor.userId, createdAt: now, updatedAt: now })
      .returning()
      .get();
    const meeting = tx
      .insert(meetings)
      .values({ networkId, eventId: event.id, status: "planned", townInvited: input.townInvited, createdBy: actor.userId, createdAt: now, updatedAt: now })
      .returning()
      .get();
    writeInvitations(tx, meeting.id, input.invitedCentreIds);
    agendaLines(input.agenda).forEach((title, index) => {
      tx.insert(meetingItems).values({ meetingId: meeting.id, position: index + 1, title }).run();
    });
    return { meetingId: meeting.id };
  });
  const id = created.meetingId!;
  await notifyInvited(actor, networkId, networkSlug, id, "planned");
  return { ok: true, value: { id } };
}

/** Saves details and invitations of a meeting the actor may manage (checked by the caller). */
export function updateMeetingDetails(actor: Actor, current: MeetingWithEvent, input: MeetingDetailsInput, now = nowMs()): Mutation<null> {
  const { meeting } = current;
  const { errors, hostCentreId } = checkDetails(actor, meeting.networkId, input);
  if (errors) return { ok: false, fieldErrors: errors };
  if (meeting.status === "held" && input.date > berlinDate(now)) return { ok: false, fieldErrors: { date: ["meetings.heldInFuture"] } };
  audited(actor, meeting.networkId, meeting.id, (tx) => {
    tx.update(events).set({ ...eventValues(input, hostCentreId), updatedAt: now }).where(eq(events.id, meeting.eventId)).run();
    tx.update(meetings).set({ townInvited: input.townInvited, updatedAt: now }).where(eq(meetings.id, meeting.id)).run();
    writeInvitations(tx, meeting.id, input.invitedCentreIds);
    return {};
  });
  return { ok: true, value: null };
}

export type AgendaOperation = { kind: "save" } | { kind: "add"; title: string } | { kind: "up" | "down" | "remove"; itemId: number };

/**
 * Saves the agenda: renamed items (titles by item id), then one operation (add an item at the end, move
 * an item up or down, remove an item). Unknown item ids are refused as a form error.
 */
export function saveAgenda(actor: Actor, current: MeetingWithEvent, titles: Map<number, string>, operation: AgendaOperation, now = nowMs()): Mutation<null> {
  const { meeting } = current;
  const items = meetingItemsOf(meeting.id);
  const ids = new Set(items.map((i) => i.id));
  if ([...titles.keys()].some((id) => !ids.has(id)) || ("itemId" in operation && !ids.has(operation.itemId))) {
    return { ok: false, fieldErrors: { "": ["meetings.itemUnknown"] } };
  }
  if (operation.kind === "add" && items.length >= 30) return { ok: false, fieldErrors: { newItem: ["meetings.agendaTooMany"] } };
  audited(actor, meeting.networkId, meeting.id, (tx) => {
    for (const item of items) {
      const title = titles.get(item.id);
      if (title !== undefined && title !== item.title) tx.update(meetingItems).set({ title }).where(eq(meetingItems.id, item.id)).run();
    }
    let order = items.map((i) => i.id);
    if (operation.kind === "add") {
      const position = (items.at(-1)?.position ?? 0) + 1;
      tx.insert(meetingItems).values({ meetingId: meeting.id, position, title: operation.title }).run();
    } else if (operation.kind === "remove") {
      tx.delete(meetingItems).where(eq(meetingItems.id, operation.itemId)).run();
      order = order.filter((id) => id !== operation.itemId);
    } else if (operation.kind === "up" || operation.kind === "down") {
      order = movedOrder(order, operation.itemId, operation.kind) ?? order;
    }
    if (operation.kind !== "add") {
      order.forEach((id, index) => tx.update(meetingItems).set({ position: index + 1 }).where(eq(meetingItems.id, id)).run());
    }
    tx.update(meetings).set({ updatedAt: now }).where(eq(meetings.id, meeting.id)).run();
    return {};
  });
  return { ok: true, value: null };
}

/**
 * Cancels a planned meeting (held meetings keep their minutes and cannot be cancelled). It stays in the
 * members' calendar, marked cancelled on its page, but leaves the public feeds.
 */
export function cancelMeeting(actor: Actor, current: MeetingWithEvent, now = nowMs()): Mutation<null> {
  if (current.meeting.status !== "planned") return { ok: false, fieldErrors: { "": ["meetings.cancelNotPlanned"] } };
  audited(actor, current.meeting.networkId, current.meeting.id, (tx) => {
    tx.update(meetings).set({ status: "cancelled", updatedAt: now }).where(eq(meetings.id, current.meeting.id)).run();
    tx.update(events).set({ isPublic: false, updatedAt: now }).where(eq(events.id, current.meeting.eventId)).run();
    return {};
  });
  return { ok: true, value: null };
}

// ---- Minutes ---------------------------------------------------------------------------------------

export interface MinutesInput {
  attendedCentreIds: number[];
  townAttended: boolean;
  notes: string;
  items: { id: number; minutes: string; decisions: string }[];
}

/** Reads the minutes form: attendance checkboxes, notes and minutes/decisions per agenda item. */
export function parseMinutesForm(formData: FormData, items: Pick<MeetingItem, "id">[], invited: number[]): Mutation<MinutesInput> {
  const errors: FieldErrors = {};
  const text = (name: string) => {
    const value = formData.get(name);
    const trimmed = typeof value === "string" ? value.trim() : "";
    if (trimmed.length > maxMinutesText) errors[name] = ["form.tooLong"];
    return trimmed;
  };
  const attended = formData.getAll("attended").map((v) => Number(v));
  if (attended.some((id) => !Number.isInteger(id) || !invited.includes(id))) errors.attended = ["meetings.attendedUnknown"];
  const input: MinutesInput = {
    attendedCentreIds: [...new Set(attended)],
    townAttended: formData.get("townAttended") === "on",
    notes: text("notes"),
    items: items.map((item) => ({ id: item.id, minutes: text(`minutes-${item.id}`), decisions: text(`decisions-${item.id}`) })),
  };
  return Object.keys(errors).length > 0 ? { ok: false, fieldErrors: errors } : { ok: true, value: input };
}

/**
 * Records attendance and minutes and marks the meeting held. Only for meetings on or before today;
 * cancelled meetings take no minutes. Notifies the invited when the minutes are published the first time.
 */
export async function recordMinutes(
  actor: Actor,
  current: MeetingWithEvent,
  networkSlug: string,
  input: MinutesInput,
  options: { today?: string; now?: number } = {},
): Promise<Mutation<null>> {
  const { meeting, event } = current;
  const today = options.today ?? berlinToday();
  const now = options.now ?? nowMs();
  if (meeting.status === "cancelled") return { ok: false, fieldErrors: { "": ["meetings.minutes.cancelled"] } };
  if (event.date > today) return { ok: false, fieldErrors: { "": ["meetings.minutes.notYet"] } };
  const firstTime = meeting.status !== "held";
  audited(actor, meeting.networkId, meeting.id, (tx) => {
    const attended = new Set(input.attendedCentreIds);
    for (const link of tx.select().from(meetingCentres).where(eq(meetingCentres.meetingId, meeting.id)).all()) {
      const value = attended.has(link.centreId);
      if (link.attended !== value) {
        tx.update(meetingCentres)
          .set({ attended: value })
          .where(and(eq(meetingCentres.meetingId, meeting.id), eq(meetingCentres.centreId, link.centreId)))
          .run();
      }
    }
    for (const item of input.items) {
      tx.update(meetingItems)
        .set({ minutes: item.minutes, decisions: item.decisions })
        .where(and(eq(meetingItems.id, item.id), eq(meetingItems.meetingId, meeting.id)))
        .run();
    }
    tx.update(meetings).set({ status: "held", townAttended: input.townAttended, notes: input.notes, updatedAt: now }).where(eq(meetings.id, meeting.id)).run();
    return {};
  });
  if (firstTime) await notifyInvited(actor, meeting.networkId, networkSlug, meeting.id, "minutes");
  return { ok: true, value: null };
}

// ---- Notifications --------------------------------------------------------------------------------

/** Members of the invited centres, and the coordinators when the town is invited; never the actor. */
export function meetingRecipients(networkId: number, meetingId: number, exceptUserId: number): number[] {
  const db = getDb();
  const meeting = db.select().from(meetings).where(eq(meetings.id, meetingId)).get();
  if (!meeting) return [];
  const invited = db
    .select({ centreId: meetingCentres.centreId })
    .from(meetingCentres)
    .where(and(eq(meetingCentres.meetingId, meetingId), eq(meetingCentres.invited, true)))
    .all()
    .map((r) => r.centreId);
  const rows = db
    .select({ userId: memberships.userId, centreId: memberships.centreId, role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.networkId, networkId), ne(memberships.userId, exceptUserId)))
    .all();
  const ids = rows
    .filter((r) => (r.centreId !== null && invited.includes(r.centreId)) || (r.role === "coordinator" && meeting.townInvited))
    .map((r) => r.userId);
  return [...new Set(ids)];
}

async function notifyInvited(actor: Actor, networkId: number, networkSlug: string, meetingId: number, what: "planned" | "minutes") {
  const { event } = getMeeting(networkId, meetingId);
  const recipients = meetingRecipients(networkId, meetingId, actor.userId);
  const link = `/n/${networkSlug}/meetings/${meetingId}`;
  const vars = (locale: Locale) => ({ title: event.title, date: formatDate(event.date, locale), time: event.startTime, place: event.place || "–" });
  await createNotification(
    recipients,
    {
      kind: what === "planned" ? "meeting.planned" : "meeting.minutes",
      networkId,
      link,
      title: (t, locale) => t(what === "planned" ? "meetings.notify.plannedTitle" : "meetings.notify.minutesTitle", vars(locale)),
      body: (t, locale) => t(what === "planned" ? "meetings.notify.plannedBody" : "meetings.notify.minutesBody", vars(locale)),
    },
    { mail: true },
  );
}

// ---- Form helpers ----------------------------------------------------------------------------------

/** The details form's values for a meeting. */
export function meetingFormValues(current: MeetingWithEvent) {
  const { meeting, event } = current;
  const links = getDb().select().from(meetingCentres).where(eq(meetingCentres.meetingId, meeting.id)).all();
  return {
    title: event.title,
    date: event.date,
    startTime: event.startTime,
    endTime: event.endTime,
    place: event.place,
    host: event.centreId === null ? "network" : String(event.centreId),
    invitedCentreIds: links.filter((l) => l.invited).map((l) => String(l.centreId)),
    townInvited: meeting.townInvited ? "on" : "",
    isPublic: event.isPublic ? "on" : "",
  };
}

/**
 * Reads the agenda form: the titles of the existing items (`item-<id>`) and what the button asked for
 * (`intent`: agenda-save, agenda-add with `newItem`, or up-/down-/remove-<id>).
 */
export function parseAgendaForm(formData: FormData, intent: string): Mutation<{ titles: Map<number, string>; operation: AgendaOperation }> {
  const errors: FieldErrors = {};
  const titles = new Map<number, string>();
  for (const [name, value] of formData.entries()) {
    const match = /^item-([1-9]\d{0,15})$/.exec(name);
    if (!match || typeof value !== "string") continue;
    const parsed = itemTitleSchema.safeParse(value);
    if (!parsed.success) errors[name] = [parsed.error.issues[0]?.message ?? "form.invalid"];
    else titles.set(Number(match[1]), parsed.data);
  }
  let operation: AgendaOperation = { kind: "save" };
  const move = /^(up|down|remove)-([1-9]\d{0,15})$/.exec(intent);
  if (move) operation = { kind: move[1] as "up" | "down" | "remove", itemId: Number(move[2]) };
  else if (intent === "agenda-add") {
    const parsed = itemTitleSchema.safeParse(formData.get("newItem") ?? "");
    if (!parsed.success) errors.newItem = [parsed.error.issues[0]?.message ?? "form.invalid"];
    else operation = { kind: "add", title: parsed.data };
  }
  return Object.keys(errors).length > 0 ? { ok: false, fieldErrors: errors } : { ok: true, value: { titles, operation } };
}
