// Working-group meetings: planning with agenda and invitations, editing the agenda, cancelling, minutes
// (only on or after the day), attendance, actions per agenda item, notifications, audit, the calendar
// event page and the public feed, evidence for reviews. Refused requests change nothing.
import { and, asc, eq, like } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@db/client.server";
import { actions, auditLog, criteria, events, indicators, meetingCentres, meetingItems, meetings, notifications, outboxMessages, reviewCycleCriteria, reviewCycles } from "@db/schema";
import { listMeetingsForEvidence } from "~/modules/meetings/meetings.server";
import { liveIndicatorValues } from "~/modules/reviews/indicators.server";

import * as eventPage from "~/routes/n.$network.events.$id";
import * as networkFeed from "~/routes/feeds.$network[.ics]";
import * as meetingPage from "~/routes/n.$network.meetings.$id._index";
import * as editPage from "~/routes/n.$network.meetings.$id.edit";
import * as minutesPage from "~/routes/n.$network.meetings.$id.minutes";
import * as listPage from "~/routes/n.$network.meetings._index";
import * as newPage from "~/routes/n.$network.meetings.new";
import { germanDay } from "@db/seed/demo-calendar";
import { demoDates, seedTwoNetworks } from "./helpers";
import { daysFromToday, insertMeeting, meetingOn, unnaCentreId, unnaId, userIdOf } from "./matrix/meetings";
import { call, expectUnchanged, fieldErrors } from "./network-fixtures";
import { addDays, berlinToday } from "~/modules/time/dates";

const unna = { network: "unna" };

beforeAll(async () => {
  await seedTwoNetworks();
});

function allCentreIds(): string[] {
  return ["arche", "kunterbunt", "loewenzahn", "pusteblume", "regenbogen", "sonnenblume", "st-martin", "sternschnuppe"].map((slug) => String(unnaCentreId(slug)));
}

/** The day the meetings planned in this file take place: about two months ahead. */
const planned = () => daysFromToday(60);

const plan = (changes: Record<string, string | string[]> = {}) => ({
  title: "Arbeitskreis Frühjahr",
  date: planned(),
  startTime: "09:00",
  endTime: "11:30",
  place: "Rathaus Unna",
  host: "network",
  invitedCentreIds: allCentreIds(),
  townInvited: "on",
  agenda: "Begrüßung\n- Berichte aus den Zentren\n\nTermine",
  ...changes,
});

function meetingByTitle(title: string) {
  return getDb()
    .select({ meeting: meetings, event: events })
    .from(meetings)
    .innerJoin(events, eq(events.id, meetings.eventId))
    .where(and(eq(meetings.networkId, unnaId()), eq(events.title, title)))
    .get();
}

function itemsOf(meetingId: number) {
  return getDb().select().from(meetingItems).where(eq(meetingItems.meetingId, meetingId)).orderBy(asc(meetingItems.position)).all();
}

function redirectTo(value: unknown): string {
  return (value as Response).headers.get("Location") ?? "";
}

describe("the meeting list", () => {
  it("shows upcoming and past meetings with attendance and minutes", async () => {
    const { outcome, value } = await call(listPage.loader, "/n/unna/meetings", { as: "staffA", params: unna });
    expect(outcome).toBe("ok");
    const data = value as Awaited<ReturnType<typeof listPage.loader>>;
    const { held, planned: next } = demoDates().meetings;
    expect(data.upcoming.map((m) => m.date)).toContain(next);
    const latest = data.past.find((m) => m.date === held[2])!;
    expect(latest).toMatchObject({ status: "held", attended: 6, invited: 8, townAttended: true, hasMinutes: true, hostName: null });
    expect(data.past.find((m) => m.date === held[1])!.hostName).toBe("Familienzentrum Regenbogen");
    // Newest first among the past ones.
    expect(data.past.map((m) => m.date)).toEqual([...data.past.map((m) => m.date)].sort().reverse());
    expect(data.canPlan).toBe(false);
  });

  it("offers planning to leads and the coordinator", async () => {
    for (const persona of ["leadA", "coordinator"] as const) {
      const { value } = await call(listPage.loader, "/n/unna/meetings", { as: persona, params: unna });
      expect((value as { canPlan: boolean }).canPlan).toBe(true);
    }
  });
});

describe("planning a meeting", () => {
  it("creates the calendar event, invitations and agenda, audits it and notifies the invited", async () => {
    const { outcome, value } = await call(newPage.action, "/n/unna/meetings/new", { as: "coordinator", params: unna, form: plan() });
    expect(outcome).toBe("redirect");
    const created = meetingByTitle("Arbeitskreis Frühjahr")!;
    expect(redirectTo(value)).toBe(`/n/unna/meetings/${created.meeting.id}?done=created`);
    expect(created.event).toMatchObject({ kind: "meeting", date: planned(), startTime: "09:00", endTime: "11:30", place: "Rathaus Unna", centreId: null, isPublic: false, description: "" });
    expect(created.meeting).toMatchObject({ status: "planned", townInvited: true });
    expect(itemsOf(created.meeting.id).map((i) => i.title)).toEqual(["Begrüßung", "Berichte aus den Zentren", "Termine"]);
    expect(getDb().select().from(meetingCentres).where(eq(meetingCentres.meetingId, created.meeting.id)).all()).toHaveLength(8);
    const audit = getDb().select().from(auditLog).where(and(eq(auditLog.entity, "meeting"), eq(auditLog.entityId, String(created.meeting.id)))).all();
    expect(audit.map((a) => a.action)).toEqual(["create"]);
    const link = `/n/unna/meetings/${created.meeting.id}`;
    const notified = getDb().select().from(notifications).where(eq(notifications.link, link)).all();
    // 8 leads + 8 staff; the coordinator planned it and is not notified about their own meeting.
    expect(notified).toHaveLength(16);
    expect(notified[0]!.title).toBe(`Einladung: Arbeitskreis Frühjahr am ${germanDay(planned())}`);
    expect(notified.map((n) => n.userId)).not.toContain(userIdOf("koordination@example.org"));
    const mails = getDb().select().from(outboxMessages).where(like(outboxMessages.body, `%${link}%`)).all();
    expect(mails).toHaveLength(16);
  });

  it("lets a lead plan a meeting hosted by their own centre", async () => {
    const form = plan({ title: "Treffen bei der Arche", host: String(unnaCentreId("arche")), invitedCentreIds: [String(unnaCentreId("arche")), String(unnaCentreId("regenbogen"))], townInvited: "" });
    const { outcome } = await call(newPage.action, "/n/unna/meetings/new", { as: "leadA", params: unna, form });
    expect(outcome).toBe("redirect");
    const created = meetingByTitle("Treffen bei der Arche")!;
    expect(created.event.centreId).toBe(unnaCentreId("arche"));
    expect(created.meeting.townInvited).toBe(false);
    // Members of the two invited centres except the lead who planned it; no coordinator (town not invited).
    const notified = getDb().select().from(notifications).where(eq(notifications.link, `/n/unna/meetings/${created.meeting.id}`)).all();
    expect(notified.map((n) => n.userId).sort()).toEqual(
      [userIdOf("team.arche@example.org"), userIdOf("leitung.regenbogen@example.org"), userIdOf("team.regenbogen@example.org")].sort(),
    );
  });

  it("refuses a lead hosting for another centre or for the network, and staff altogether, changing nothing", async () => {
    await expectUnchanged("forbidden", () =>
      call(newPage.action, "/n/unna/meetings/new", { as: "leadB", params: unna, form: plan({ host: String(unnaCentreId("arche")) }) }),
    );
    const value = await expectUnchanged("invalid", () => call(newPage.action, "/n/unna/meetings/new", { as: "leadB", params: unna, form: plan() }));
    expect(fieldErrors(value).host).toEqual(["meetings.hostNetworkNotAllowed"]);
    await expectUnchanged("forbidden", () => call(newPage.action, "/n/unna/meetings/new", { as: "staffA", params: unna, form: plan() }));
    await expectUnchanged("forbidden", () => call(newPage.action, "/n/unna/meetings/new", { as: "otherNetwork", params: unna, form: plan() }));
  });

  it("explains bad input and changes nothing", async () => {
    const value = await expectUnchanged("invalid", () =>
      call(newPage.action, "/n/unna/meetings/new", {
        as: "coordinator",
        params: unna,
        form: plan({ title: "", date: "2027-02-30", agenda: `${"x".repeat(201)}` }),
      }),
    );
    const errors = fieldErrors(value);
    expect(errors.title).toEqual(["form.required"]);
    expect(errors.date).toEqual(["form.date"]);
    expect(errors.agenda).toEqual(["meetings.agendaLineTooLong"]);
    const order = await expectUnchanged("invalid", () =>
      call(newPage.action, "/n/unna/meetings/new", { as: "coordinator", params: unna, form: plan({ endTime: "08:00", invitedCentreIds: [] }) }),
    );
    expect(fieldErrors(order)).toMatchObject({ endTime: ["calendar.form.endBeforeStart"], invitedCentreIds: ["meetings.noneInvited"] });
    const unknown = await expectUnchanged("invalid", () =>
      call(newPage.action, "/n/unna/meetings/new", { as: "coordinator", params: unna, form: plan({ invitedCentreIds: ["999999"], host: "999999" }) }),
    );
    expect(fieldErrors(unknown)).toMatchObject({ host: ["meetings.hostUnknown"], invitedCentreIds: ["meetings.invitedUnknown"] });
  });
});

describe("editing a meeting", () => {
  it("renames, reorders, adds and removes agenda items", async () => {
    const { meetingId, itemId } = insertMeeting({ title: "Agenda-Treffen" });
    const params = { network: "unna", id: String(meetingId) };
    const path = `/n/unna/meetings/${meetingId}/edit`;
    expect((await call(editPage.action, path, { as: "coordinator", params, form: { intent: "agenda-add", [`item-${itemId}`]: "Austausch", newItem: "Termine" } })).outcome).toBe("redirect");
    let items = itemsOf(meetingId);
    expect(items.map((i) => i.title)).toEqual(["Austausch", "Termine"]);
    const [first, second] = items;
    await call(editPage.action, path, { as: "coordinator", params, form: { intent: `up-${second!.id}`, [`item-${first!.id}`]: "Austausch der Zentren", [`item-${second!.id}`]: "Termine" } });
    items = itemsOf(meetingId);
    expect(items.map((i) => i.title)).toEqual(["Termine", "Austausch der Zentren"]);
    await call(editPage.action, path, { as: "coordinator", params, form: { intent: `remove-${second!.id}` } });
    expect(itemsOf(meetingId).map((i) => i.title)).toEqual(["Austausch der Zentren"]);
    const value = await expectUnchanged("invalid", () => call(editPage.action, path, { as: "coordinator", params, form: { intent: "agenda-save", [`item-${first!.id}`]: "  " } }));
    expect((value as { agendaErrors: Record<string, string[]> }).agendaErrors[`item-${first!.id}`]).toEqual(["form.required"]);
    const other = insertMeeting();
    const foreign = await expectUnchanged("invalid", () => call(editPage.action, path, { as: "coordinator", params, form: { intent: `remove-${other.itemId}` } }));
    expect((foreign as { agendaErrors: Record<string, string[]> }).agendaErrors[""]).toEqual(["meetings.itemUnknown"]);
    expect(getDb().select().from(auditLog).where(and(eq(auditLog.entity, "meeting"), eq(auditLog.entityId, String(meetingId)))).all().length).toBe(3);
  });

  it("changes details and invitations; a lead may edit only meetings of their centre", async () => {
    const { meetingId } = insertMeeting({ host: "regenbogen", title: "Regenbogen-Treffen" });
    const params = { network: "unna", id: String(meetingId) };
    const path = `/n/unna/meetings/${meetingId}/edit`;
    const form = {
      intent: "details",
      title: "Regenbogen-Treffen (verschoben)",
      date: daysFromToday(90),
      startTime: "15:00",
      endTime: "17:00",
      place: "Turnhalle",
      host: String(unnaCentreId("regenbogen")),
      invitedCentreIds: [String(unnaCentreId("regenbogen")), String(unnaCentreId("arche"))],
      isPublic: "on",
    };
    await expectUnchanged("forbidden", () => call(editPage.action, path, { as: "leadA", params, form }));
    await expectUnchanged("forbidden", () => call(editPage.loader, path, { as: "leadA", params }));
    expect((await call(editPage.action, path, { as: "leadB", params, form })).outcome).toBe("redirect");
    const saved = getDb().select({ meeting: meetings, event: events }).from(meetings).innerJoin(events, eq(events.id, meetings.eventId)).where(eq(meetings.id, meetingId)).get()!;
    expect(saved.event).toMatchObject({ title: "Regenbogen-Treffen (verschoben)", date: form.date, place: "Turnhalle", isPublic: true });
    expect(saved.meeting.townInvited).toBe(false);
    expect(getDb().select().from(meetingCentres).where(eq(meetingCentres.meetingId, meetingId)).all()).toHaveLength(2);
  });

  it("keeps a held meeting's date in the past", async () => {
    const { meetingId } = insertMeeting({ date: daysFromToday(-60), status: "held" });
    const params = { network: "unna", id: String(meetingId) };
    const form = { intent: "details", title: "Gehalten", date: daysFromToday(1), startTime: "09:00", endTime: "10:00", host: "network", invitedCentreIds: [String(unnaCentreId("arche"))] };
    const value = await expectUnchanged("invalid", () => call(editPage.action, `/n/unna/meetings/${meetingId}/edit`, { as: "coordinator", params, form }));
    expect(fieldErrors(value).date).toEqual(["meetings.heldInFuture"]);
  });

  it("cancels a planned meeting only with confirmation; it leaves the public feed", async () => {
    const { meetingId, eventId } = insertMeeting({ isPublic: true });
    const params = { network: "unna", id: String(meetingId) };
    const path = `/n/unna/meetings/${meetingId}/edit`;
    const value = await expectUnchanged("invalid", () => call(editPage.action, path, { as: "coordinator", params, form: { intent: "cancel" } }));
    expect((value as { cancelError: string }).cancelError).toBe("meetings.cancelConfirmRequired");
    expect((await call(editPage.action, path, { as: "coordinator", params, form: { intent: "cancel", confirm: "yes" } })).outcome).toBe("redirect");
    expect(getDb().select().from(meetings).where(eq(meetings.id, meetingId)).get()!.status).toBe("cancelled");
    expect(getDb().select().from(events).where(eq(events.id, eventId)).get()!.isPublic).toBe(false);
    const minutes = await expectUnchanged("invalid", () =>
      call(minutesPage.action, `/n/unna/meetings/${meetingId}/minutes`, { as: "coordinator", params, form: { intent: "minutes", notes: "x" } }),
    );
    expect((minutes as { formError: string }).formError).toBe("meetings.minutes.cancelled");
  });
});

describe("minutes", () => {
  it("are refused before the day of the meeting, with a clear message", async () => {
    const { meetingId } = insertMeeting({ date: daysFromToday(1) });
    const params = { network: "unna", id: String(meetingId) };
    const value = await expectUnchanged("invalid", () =>
      call(minutesPage.action, `/n/unna/meetings/${meetingId}/minutes`, { as: "coordinator", params, form: { intent: "minutes", notes: "Zu früh" } }),
    );
    expect((value as { formError: string }).formError).toBe("meetings.minutes.notYet");
  });

  it("record attendance, minutes and decisions, mark the meeting held, notify once and count as evidence", async () => {
    const today = berlinToday();
    const { meetingId, itemId } = insertMeeting({ date: today, title: "Heutiges Treffen" });
    const params = { network: "unna", id: String(meetingId) };
    const path = `/n/unna/meetings/${meetingId}/minutes`;
    const arche = unnaCentreId("arche");
    const form = {
      intent: "minutes",
      attended: [String(arche), String(unnaCentreId("kunterbunt"))],
      townAttended: "on",
      notes: "Nächstes Treffen im Mai.",
      [`minutes-${itemId}`]: "Alle berichten.",
      [`decisions-${itemId}`]: "Gemeinsamer Flyer.",
    };
    await expectUnchanged("forbidden", () => call(minutesPage.action, path, { as: "leadA", params, form }));
    const bad = await expectUnchanged("invalid", () => call(minutesPage.action, path, { as: "coordinator", params, form: { ...form, attended: ["999999"] } }));
    expect((bad as { minutesErrors: Record<string, string[]> }).minutesErrors.attended).toEqual(["meetings.attendedUnknown"]);
    const { outcome, value } = await call(minutesPage.action, path, { as: "coordinator", params, form });
    expect(outcome).toBe("redirect");
    expect(redirectTo(value)).toBe(`/n/unna/meetings/${meetingId}?done=minutes`);
    const saved = getDb().select().from(meetings).where(eq(meetings.id, meetingId)).get()!;
    expect(saved).toMatchObject({ status: "held", townAttended: true, notes: "Nächstes Treffen im Mai." });
    expect(itemsOf(meetingId)[0]).toMatchObject({ minutes: "Alle berichten.", decisions: "Gemeinsamer Flyer." });
    const attended = getDb().select().from(meetingCentres).where(and(eq(meetingCentres.meetingId, meetingId), eq(meetingCentres.attended, true))).all();
    expect(attended.map((a) => a.centreId).sort()).toEqual([arche, unnaCentreId("kunterbunt")].sort());
    const link = `/n/unna/meetings/${meetingId}`;
    const minutesNotes = () => getDb().select().from(notifications).where(and(eq(notifications.link, link), eq(notifications.kind, "meeting.minutes"))).all();
    expect(minutesNotes()).toHaveLength(16);
    // Correcting the minutes does not notify again.
    await call(minutesPage.action, path, { as: "coordinator", params, form: { ...form, notes: "Korrigiert." } });
    expect(minutesNotes()).toHaveLength(16);
    // The meeting page shows what members read.
    const page = await call(meetingPage.loader, link, { as: "staffA", params });
    const data = page.value as Awaited<ReturnType<typeof meetingPage.loader>>;
    expect(data.meeting.notes).toBe("Korrigiert.");
    expect(data.items[0]).toMatchObject({ minutes: "Alle berichten.", decisions: "Gemeinsamer Flyer." });
    expect(data.canManage).toBe(false);
    // Evidence for reviews and recertification.
    const evidence = listMeetingsForEvidence(getDb(), unnaId(), { centreId: arche, from: today, to: today });
    expect(evidence).toEqual([{ id: meetingId, date: today, title: "Heutiges Treffen", attended: true, hasMinutes: true }]);
    const forPusteblume = listMeetingsForEvidence(getDb(), unnaId(), { centreId: unnaCentreId("pusteblume"), from: today, to: today });
    expect(forPusteblume[0]!.attended).toBe(false);
  });

  it("add actions per agenda item that join the action list", async () => {
    const { meetingId, itemId } = insertMeeting({ date: daysFromToday(-21), status: "held" });
    const params = { network: "unna", id: String(meetingId) };
    const path = `/n/unna/meetings/${meetingId}/minutes`;
    const owner = userIdOf("leitung.loewenzahn@example.org");
    const form = { intent: "add-action", title: "Ferienprogramm abstimmen", meetingItemId: String(itemId), centreId: String(unnaCentreId("loewenzahn")), ownerId: String(owner), dueOn: daysFromToday(45) };
    const other = insertMeeting();
    const wrongItem = await expectUnchanged("invalid", () => call(minutesPage.action, path, { as: "coordinator", params, form: { ...form, meetingItemId: String(other.itemId) } }));
    expect(fieldErrors(wrongItem).meetingItemId).toEqual(["meetings.itemUnknown"]);
    const hoerdeLead = userIdOf("leitung.hoerde@example.net");
    const wrongOwner = await expectUnchanged("invalid", () => call(minutesPage.action, path, { as: "coordinator", params, form: { ...form, ownerId: String(hoerdeLead) } }));
    expect(fieldErrors(wrongOwner).ownerId).toEqual(["actions.ownerUnknown"]);
    const noTitle = await expectUnchanged("invalid", () => call(minutesPage.action, path, { as: "coordinator", params, form: { ...form, title: "" } }));
    expect(fieldErrors(noTitle).title).toEqual(["form.required"]);
    expect((await call(minutesPage.action, path, { as: "coordinator", params, form })).outcome).toBe("redirect");
    const action = getDb().select().from(actions).where(eq(actions.title, "Ferienprogramm abstimmen")).get()!;
    expect(action).toMatchObject({ meetingId, meetingItemId: itemId, centreId: unnaCentreId("loewenzahn"), ownerId: owner, dueOn: form.dueOn, status: "open" });
    const assigned = getDb().select().from(notifications).where(and(eq(notifications.userId, owner), eq(notifications.link, `/n/unna/actions/${action.id}`))).all();
    expect(assigned).toHaveLength(1);
    const page = await call(meetingPage.loader, `/n/unna/meetings/${meetingId}`, { as: "leadB", params });
    const data = page.value as Awaited<ReturnType<typeof meetingPage.loader>>;
    expect(data.actions).toEqual([expect.objectContaining({ title: "Ferienprogramm abstimmen", meetingItemId: itemId, ownerName: "Leitung Löwenzahn" })]);
  });

  it("are read by members only", async () => {
    const id = String(meetingOn(demoDates().meetings.held[2]));
    await expectUnchanged("forbidden", () => call(meetingPage.loader, `/n/unna/meetings/${id}`, { as: "otherNetwork", params: { network: "unna", id } }));
    await expectUnchanged("notfound", () => call(meetingPage.loader, `/n/dortmund/meetings/${id}`, { as: "otherNetwork", params: { network: "dortmund", id } }));
  });
});

describe("the computed meeting indicator of a review", () => {
  it("moves when a meeting in the cycle's period gets its minutes", async () => {
    const db = getDb();
    // The half-year under review now: the third held demo meeting lies in it.
    const { cycles, meetings: demoMeetings } = demoDates();
    const period = cycles.next;
    const cycle = db
      .insert(reviewCycles)
      .values({ networkId: unnaId(), title: `${period.title} (Test)`, periodStart: period.start, periodEnd: period.end, dueOn: period.due, status: "open" })
      .returning()
      .get();
    for (const criterion of db.select().from(criteria).where(eq(criteria.networkId, unnaId())).all()) {
      db.insert(reviewCycleCriteria).values({ cycleId: cycle.id, criterionId: criterion.id }).run();
    }
    const indicator = db
      .select({ id: indicators.id })
      .from(indicators)
      .innerJoin(criteria, eq(criteria.id, indicators.criterionId))
      .where(and(eq(criteria.networkId, unnaId()), eq(indicators.metric, "meetings-held")))
      .get()!;
    const held = () => liveIndicatorValues(db, cycle.id).find((v) => v.indicatorId === indicator.id && v.centreId === null)!.value;
    const before = held()!;
    expect(demoMeetings.held[2] >= period.start && demoMeetings.held[2] <= period.end).toBe(true);
    expect(before).toBeGreaterThanOrEqual(1); // the third held demo meeting
    // A day after it: still in the period and not after today (minutes are taken from the day on).
    const date = addDays(demoMeetings.held[2], 1);
    expect(date <= berlinToday() && date <= period.end).toBe(true);
    const { meetingId } = insertMeeting({ date, title: "Treffen im Zeitraum" });
    expect(held()).toBe(before);
    const params = { network: "unna", id: String(meetingId) };
    const form = { intent: "minutes", attended: [String(unnaCentreId("arche"))], townAttended: "on", notes: "Protokoll" };
    expect((await call(minutesPage.action, `/n/unna/meetings/${meetingId}/minutes`, { as: "coordinator", params, form })).outcome).toBe("redirect");
    expect(held()).toBe(before + 1);
  });
});

describe("calendar and feed", () => {
  it("the event page links to the meeting and sends its editing there", async () => {
    const meetingId = meetingOn(demoDates().meetings.planned);
    const eventId = getDb().select().from(meetings).where(eq(meetings.id, meetingId)).get()!.eventId;
    const params = { network: "unna", id: String(eventId) };
    const page = await call(eventPage.loader, `/n/unna/events/${eventId}`, { as: "coordinator", params });
    expect(page.value).toMatchObject({ meetingId, canManage: false, form: null });
    const { outcome, value } = await call(eventPage.action, `/n/unna/events/${eventId}`, { as: "coordinator", params, form: { intent: "delete", confirm: "yes" } });
    expect(outcome).toBe("redirect");
    expect(redirectTo(value)).toBe(`/n/unna/meetings/${meetingId}/edit`);
    expect(getDb().select().from(events).where(eq(events.id, eventId)).get()).toBeDefined();
  });

  it("the public feed has a public meeting's title, date and place, never its agenda or minutes", async () => {
    const day = daysFromToday(30);
    const { meetingId, itemId } = insertMeeting({ date: day, isPublic: true, title: "Offenes Arbeitskreistreffen" });
    getDb().update(meetingItems).set({ title: "Geheimer Tagesordnungspunkt", minutes: "Vertrauliches Protokoll" }).where(eq(meetingItems.id, itemId)).run();
    getDb().update(meetings).set({ notes: "Interne Notiz" }).where(eq(meetings.id, meetingId)).run();
    const internal = insertMeeting({ date: addDays(day, 1), title: "Internes Treffen" });
    void internal;
    const response = (await networkFeed.loader({ request: new Request("http://localhost:3000/feeds/unna.ics"), params: unna, context: {} } as never)) as Response;
    const text = (await response.text()).replace(/\r\n[ \t]/g, "");
    expect(text).toContain("SUMMARY:Offenes Arbeitskreistreffen");
    expect(text).toContain(`DTSTART;TZID=Europe/Berlin:${day.replaceAll("-", "")}T090000`);
    expect(text).toContain("LOCATION:Rathaus");
    expect(text).not.toContain("Geheimer Tagesordnungspunkt");
    expect(text).not.toContain("Vertrauliches Protokoll");
    expect(text).not.toContain("Interne Notiz");
    expect(text).not.toContain("Internes Treffen");
  });
});
