// Matrix cases for the working-group meetings (Arbeitskreis) and the action list (Maßnahmen).
// Demo data (db/seed/meetings.ts, dated by db/seed/demo-calendar.ts; tests read the dates with demoDates()):
// the first and the third held meeting (`meetings.held[0]`, `meetings.held[2]`) are hosted by the network
// coordination (coordinator only), the second (`meetings.held[1]`) by Regenbogen (leadB may manage it), the
// planned one (`meetings.planned`, about three months ahead) by Pusteblume. Action "Krabbelgruppen in Massen
// zeitlich entzerren" concerns Arche (leadA manages it); "Aushang zum Familienbildungsprogramm aktualisieren"
// concerns Arche and is owned by Arche's staff member (staffA may change its status).
import crypto from "node:crypto";
import { and, eq } from "drizzle-orm";
import { getDb } from "@db/client.server";
import { actions, centres, events, meetingCentres, meetingItems, meetings, networks, users } from "@db/schema";
import { nowMs } from "~/modules/time/clock";
import { addDays, berlinToday } from "~/modules/time/dates";
import { demoDates } from "../helpers";
import { expect, type Expectation, type MatrixCase } from "./expect";

const redirects = (e: Expectation): Expectation =>
  Object.fromEntries(Object.entries(e).map(([persona, outcome]) => [persona, outcome === "ok" ? "redirect" : outcome])) as Expectation;

const unique = () => crypto.randomBytes(4).toString("hex");
const unna = { network: "unna" };

export function unnaId(): number {
  return getDb().select().from(networks).where(eq(networks.slug, "unna")).get()!.id;
}

export function unnaCentreId(slug: string): number {
  return getDb().select().from(centres).where(and(eq(centres.networkId, unnaId()), eq(centres.slug, slug))).get()!.id;
}

export function userIdOf(email: string): number {
  return getDb().select().from(users).where(eq(users.email, email)).get()!.id;
}

/** The demo meeting on this date (not a meeting a test made on the same day). */
export function meetingOn(date: string): number {
  return getDb()
    .select({ id: meetings.id })
    .from(meetings)
    .innerJoin(events, eq(events.id, meetings.eventId))
    .where(and(eq(meetings.networkId, unnaId()), eq(events.date, date), eq(events.title, "Arbeitskreis Familienzentren")))
    .orderBy(meetings.id)
    .get()!.id;
}

/** A day `days` days from today (Berlin), by the app's clock. */
export function daysFromToday(days: number): string {
  return addDays(berlinToday(), days);
}

export function actionTitled(title: string): number {
  return getDb().select().from(actions).where(and(eq(actions.networkId, unnaId()), eq(actions.title, title))).get()!.id;
}

/** A meeting written straight to the database (all Unna centres invited, one agenda item; three weeks ago unless dated). */
export function insertMeeting(options: { host?: string | null; date?: string; status?: "planned" | "held" | "cancelled"; isPublic?: boolean; title?: string } = {}) {
  const db = getDb();
  const now = nowMs();
  const networkId = unnaId();
  const event = db
    .insert(events)
    .values({
      networkId,
      centreId: options.host ? unnaCentreId(options.host) : null,
      kind: "meeting",
      title: options.title ?? `Matrix-Treffen ${unique()}`,
      date: options.date ?? daysFromToday(-21),
      startTime: "09:00",
      endTime: "11:00",
      place: "Rathaus",
      isPublic: options.isPublic ?? false,
      updatedAt: now,
    })
    .returning()
    .get();
  const meeting = db
    .insert(meetings)
    .values({ networkId, eventId: event.id, status: options.status ?? "planned", updatedAt: now })
    .returning()
    .get();
  for (const centre of db.select().from(centres).where(eq(centres.networkId, networkId)).all()) {
    db.insert(meetingCentres).values({ meetingId: meeting.id, centreId: centre.id }).run();
  }
  const item = db.insert(meetingItems).values({ meetingId: meeting.id, position: 1, title: "Austausch" }).returning().get();
  return { meetingId: meeting.id, eventId: event.id, itemId: item.id };
}

/** The coordinator, admins and Regenbogen's lead (host of the second held demo meeting). */
const regenbogenHosts: Expectation = { ...expect.coordinators, leadB: "ok" };
/** Whoever may plan a meeting: the coordinator, admins and centre leads. */
const planners: Expectation = { ...expect.coordinators, leadA: "ok", leadB: "ok" };

const meetingDetails = (host: string) => ({
  intent: "details",
  title: "Arbeitskreis Matrix",
  date: daysFromToday(60),
  startTime: "09:00",
  endTime: "11:00",
  place: "Rathaus",
  host,
  invitedCentreIds: [String(unnaCentreId("arche")), String(unnaCentreId("regenbogen"))],
  townInvited: "on",
});

export const meetingsCases: MatrixCase[] = [
  { route: "n.$network.meetings._index", kind: "loader", path: "/n/unna/meetings", params: unna, expect: expect.members },
  { route: "n.$network.meetings.new", kind: "loader", path: "/n/unna/meetings/new", params: unna, expect: planners },
  {
    route: "n.$network.meetings.new",
    kind: "action",
    path: "/n/unna/meetings/new (hosted by Arche)",
    params: unna,
    form: () => ({ ...meetingDetails(String(unnaCentreId("arche"))), agenda: "Begrüßung\nAustausch" }),
    // Regenbogen's lead may plan meetings, but not in Arche's name.
    expect: redirects(expect.centreA),
  },
  {
    route: "n.$network.meetings.$id._index",
    kind: "loader",
    path: "/n/unna/meetings/:id",
    params: () => ({ network: "unna", id: String(meetingOn(demoDates().meetings.held[2])) }),
    expect: expect.members,
  },
  {
    route: "n.$network.meetings.$id.edit",
    kind: "loader",
    path: "/n/unna/meetings/:regenbogen/edit",
    params: () => ({ network: "unna", id: String(meetingOn(demoDates().meetings.held[1])) }),
    expect: regenbogenHosts,
  },
  {
    route: "n.$network.meetings.$id.edit",
    kind: "loader",
    path: "/n/unna/meetings/:network-hosted/edit",
    params: () => ({ network: "unna", id: String(meetingOn(demoDates().meetings.held[2])) }),
    expect: expect.coordinators,
  },
  {
    route: "n.$network.meetings.$id.edit",
    kind: "action",
    path: "/n/unna/meetings/:throwaway/edit (details, network-hosted)",
    params: () => ({ network: "unna", id: String(insertMeeting().meetingId) }),
    form: () => meetingDetails("network"),
    expect: redirects(expect.coordinators),
  },
  {
    route: "n.$network.meetings.$id.edit",
    kind: "action",
    path: "/n/unna/meetings/:throwaway-regenbogen/edit (add agenda item)",
    params: () => ({ network: "unna", id: String(insertMeeting({ host: "regenbogen" }).meetingId) }),
    form: () => ({ intent: "agenda-add", newItem: "Neuer Punkt" }),
    expect: redirects(regenbogenHosts),
  },
  {
    route: "n.$network.meetings.$id.edit",
    kind: "action",
    path: "/n/unna/meetings/:throwaway/edit (cancel)",
    params: () => ({ network: "unna", id: String(insertMeeting().meetingId) }),
    form: () => ({ intent: "cancel", confirm: "yes" }),
    expect: redirects(expect.coordinators),
  },
  {
    route: "n.$network.meetings.$id.minutes",
    kind: "loader",
    path: "/n/unna/meetings/:id/minutes",
    params: () => ({ network: "unna", id: String(meetingOn(demoDates().meetings.held[2])) }),
    expect: expect.coordinators,
  },
  {
    route: "n.$network.meetings.$id.minutes",
    kind: "action",
    path: "/n/unna/meetings/:throwaway-regenbogen/minutes (record)",
    params: () => ({ network: "unna", id: String(insertMeeting({ host: "regenbogen", date: daysFromToday(-21) }).meetingId) }),
    form: () => ({ intent: "minutes", attended: [String(unnaCentreId("regenbogen"))], townAttended: "on", notes: "Kurzprotokoll" }),
    expect: redirects(regenbogenHosts),
  },
  {
    route: "n.$network.meetings.$id.minutes",
    kind: "action",
    path: "/n/unna/meetings/:throwaway/minutes (add action)",
    params: () => ({ network: "unna", id: String(insertMeeting({ date: daysFromToday(-21), status: "held" }).meetingId) }),
    form: () => ({ intent: "add-action", title: `Matrix-Maßnahme ${unique()}`, centreId: String(unnaCentreId("arche")), dueOn: daysFromToday(60) }),
    expect: redirects(expect.coordinators),
  },
  { route: "n.$network.actions._index", kind: "loader", path: "/n/unna/actions?status=active&source=meeting", params: unna, expect: expect.members },
  {
    route: "n.$network.actions.$id",
    kind: "loader",
    path: "/n/unna/actions/:id",
    params: () => ({ network: "unna", id: String(actionTitled("Krabbelgruppen in Massen zeitlich entzerren")) }),
    expect: expect.members,
  },
  {
    route: "n.$network.actions.$id",
    kind: "action",
    path: "/n/unna/actions/:arche (update)",
    params: () => ({ network: "unna", id: String(actionTitled("Krabbelgruppen in Massen zeitlich entzerren")) }),
    form: () => ({
      intent: "update",
      title: "Krabbelgruppen in Massen zeitlich entzerren",
      status: "in-progress",
      ownerId: String(userIdOf("leitung.arche@example.org")),
      dueOn: daysFromToday(30),
    }),
    expect: redirects(expect.centreA),
  },
  {
    route: "n.$network.actions.$id",
    kind: "action",
    path: "/n/unna/actions/:owned-by-staffA (status)",
    params: () => ({ network: "unna", id: String(actionTitled("Aushang zum Familienbildungsprogramm aktualisieren")) }),
    form: () => ({ intent: "status", status: "open" }),
    expect: redirects({ ...expect.centreA, staffA: "ok" }),
  },
];
