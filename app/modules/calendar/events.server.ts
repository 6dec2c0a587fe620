// Standalone calendar events (meetings, open days, other): create, update, delete with audit entries.
// manage:event is checked on the event's centre; an event without a centre belongs to the whole
// network and needs the coordinator's network-wide grant. Ids from forms are checked, never trusted.
import { and, asc, eq } from "drizzle-orm";
import { getDb } from "@db/client.server";
import { centres, events, neighbourhoods } from "@db/schema";
import { forbidden, notFound } from "~/modules/accounts/actor.server";
import { diffRecords, recordAudit } from "~/modules/audit/audit.server";
import type { FieldErrors, Mutation } from "~/modules/network/result";
import { can, type Actor } from "~/modules/permissions/permissions";
import type { EventInput } from "./schemas";
import { nowMs } from "~/modules/time/clock";

export type CalendarEvent = typeof events.$inferSelect;

export function getEvent(networkId: number, id: number): CalendarEvent {
  return getDb().select().from(events).where(and(eq(events.networkId, networkId), eq(events.id, id))).get() ?? notFound();
}

/** The event with the names of its centre and neighbourhood, for its page. */
export function eventDetails(event: CalendarEvent) {
  const db = getDb();
  const centre = event.centreId
    ? db.select({ slug: centres.slug, name: centres.name }).from(centres).where(eq(centres.id, event.centreId)).get()
    : undefined;
  const neighbourhood = event.neighbourhoodId
    ? db.select({ name: neighbourhoods.name }).from(neighbourhoods).where(eq(neighbourhoods.id, event.neighbourhoodId)).get()
    : undefined;
  return { centre: centre ?? null, neighbourhoodName: neighbourhood?.name ?? "" };
}

export function mayManageEvent(actor: Actor, event: Pick<CalendarEvent, "networkId" | "centreId">): boolean {
  return can(actor, "manage:event", { networkId: event.networkId, centreId: event.centreId });
}

/** The centres the actor may hold events for, and whether they may hold events of the whole network. */
export function eventChoices(actor: Actor, networkId: number) {
  const all = getDb()
    .select({ id: centres.id, name: centres.name })
    .from(centres)
    .where(eq(centres.networkId, networkId))
    .orderBy(asc(centres.name))
    .all();
  return {
    centres: all.filter((c) => can(actor, "manage:event", { networkId, centreId: c.id })),
    networkWide: can(actor, "manage:event", { networkId, centreId: null }),
  };
}

export function mayCreateEvents(actor: Actor, networkId: number): boolean {
  const choices = eventChoices(actor, networkId);
  return choices.networkWide || choices.centres.length > 0;
}

export function eventFormValues(event: CalendarEvent) {
  return {
    kind: event.kind,
    title: event.title,
    description: event.description,
    date: event.date,
    startTime: event.startTime,
    endTime: event.endTime,
    place: event.place,
    centreId: event.centreId === null ? "" : String(event.centreId),
    neighbourhoodId: event.neighbourhoodId === null ? "" : String(event.neighbourhoodId),
    isPublic: event.isPublic ? "on" : "",
  };
}

function values(input: EventInput) {
  return {
    kind: input.kind,
    title: input.title,
    description: input.description ?? "",
    date: input.date,
    startTime: input.startTime,
    endTime: input.endTime,
    place: input.place ?? "",
    centreId: input.centreId ?? null,
    neighbourhoodId: input.neighbourhoodId ?? null,
    isPublic: input.isPublic ?? false,
  };
}

function auditView(row: CalendarEvent) {
  const { id: _id, networkId: _networkId, createdAt: _createdAt, updatedAt: _updatedAt, createdBy: _createdBy, ...rest } = row;
  return rest;
}

/**
 * Checks the centre and neighbourhood ids of a submitted event. A centre the actor may not manage is
 * refused with 403; a missing centre (network-wide event) without the grant for it, an unknown centre
 * or an unknown neighbourhood are field errors.
 */
function checkInput(actor: Actor, networkId: number, input: EventInput): FieldErrors | null {
  const db = getDb();
  const errors: FieldErrors = {};
  if (input.centreId === undefined) {
    if (!can(actor, "manage:event", { networkId, centreId: null })) errors.centreId = ["calendar.event.centreRequired"];
  } else {
    const centre = db
      .select({ id: centres.id })
      .from(centres)
      .where(and(eq(centres.networkId, networkId), eq(centres.id, input.centreId)))
      .get();
    if (!centre) errors.centreId = ["calendar.event.centreUnknown"];
    else if (!can(actor, "manage:event", { networkId, centreId: centre.id })) forbidden();
  }
  if (input.neighbourhoodId !== undefined) {
    const neighbourhood = db
      .select({ id: neighbourhoods.id })
      .from(neighbourhoods)
      .where(and(eq(neighbourhoods.networkId, networkId), eq(neighbourhoods.id, input.neighbourhoodId)))
      .get();
    if (!neighbourhood) errors.neighbourhoodId = ["calendar.event.neighbourhoodUnknown"];
  }
  return Object.keys(errors).length > 0 ? errors : null;
}

export function createEvent(actor: Actor, networkId: number, input: EventInput, now = nowMs()): Mutation<CalendarEvent> {
  const errors = checkInput(actor, networkId, input);
  if (errors) return { ok: false, fieldErrors: errors };
  return getDb().transaction((tx) => {
    const row = tx
      .insert(events)
      .values({ networkId, ...values(input), createdBy: actor.userId, createdAt: now, updatedAt: now })
      .returning()
      .get();
    recordAudit({ actor, networkId, entity: "event", entityId: row.id, action: "create", after: auditView(row) }, tx);
    return { ok: true as const, value: row };
  });
}

/** Saves the event; the caller has checked that the actor may manage it where it is now. */
export function updateEvent(actor: Actor, event: CalendarEvent, input: EventInput, now = nowMs()): Mutation<CalendarEvent> {
  if (!mayManageEvent(actor, event)) forbidden();
  const errors = checkInput(actor, event.networkId, input);
  if (errors) return { ok: false, fieldErrors: errors };
  const next = values(input);
  const before = auditView(event);
  if (Object.keys(diffRecords(before, { ...before, ...next })).length === 0) return { ok: true, value: event };
  return getDb().transaction((tx) => {
    const row = tx.update(events).set({ ...next, updatedAt: now }).where(eq(events.id, event.id)).returning().get();
    recordAudit(
      { actor, networkId: event.networkId, entity: "event", entityId: event.id, action: "update", before, after: auditView(row) },
      tx,
    );
    return { ok: true as const, value: row };
  });
}

export function deleteEvent(actor: Actor, event: CalendarEvent): void {
  if (!mayManageEvent(actor, event)) forbidden();
  getDb().transaction((tx) => {
    tx.delete(events).where(eq(events.id, event.id)).run();
    recordAudit({ actor, networkId: event.networkId, entity: "event", entityId: event.id, action: "delete", before: auditView(event) }, tx);
  });
}
