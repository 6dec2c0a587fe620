// Matrix cases for the calendar: the calendar page, standalone events, school holidays, public feeds.
import crypto from "node:crypto";
import { and, eq } from "drizzle-orm";
import { getDb } from "@db/client.server";
import { centres, events, networks } from "@db/schema";
import { eventFormValues } from "~/modules/calendar/events.server";
import { everyoneGets, expect, type Expectation, type MatrixCase } from "./expect";

const unique = () => crypto.randomBytes(4).toString("hex");

/** The same personas are allowed, and a successful action redirects. */
const redirects = (e: Expectation): Expectation =>
  Object.fromEntries(Object.entries(e).map(([persona, outcome]) => [persona, outcome === "ok" ? "redirect" : outcome])) as Expectation;

/** Whoever may hold events somewhere in the demo network: leads, the coordinator, admins. */
const eventHolders: Expectation = { ...everyoneGets("forbidden"), anonymous: "login", leadA: "ok", leadB: "ok", coordinator: "ok", admin: "ok" };

function unnaId(): number {
  return getDb().select().from(networks).where(eq(networks.slug, "unna")).get()!.id;
}

function archeId(): number {
  return getDb().select().from(centres).where(and(eq(centres.networkId, unnaId()), eq(centres.slug, "arche"))).get()!.id;
}

function insertArcheEvent(title: string) {
  const now = Date.now();
  return getDb()
    .insert(events)
    .values({
      networkId: unnaId(),
      centreId: archeId(),
      kind: "meeting",
      title,
      date: "2026-06-10",
      startTime: "15:00",
      endTime: "16:30",
      isPublic: false,
      createdAt: now,
      updatedAt: now,
    })
    .returning()
    .get();
}

/** One event of centre A (Arche), made once and reused. */
function archeEvent() {
  const title = "Matrix-Treffen Arche";
  return getDb().select().from(events).where(eq(events.title, title)).get() ?? insertArcheEvent(title);
}

const eventForm = () => ({
  kind: "open-day",
  title: `Matrix-Tag der offenen Tür ${unique()}`,
  date: "2026-06-12",
  startTime: "10:00",
  endTime: "14:00",
  centreId: String(archeId()),
  isPublic: "on",
});

export const calendarCases: MatrixCase[] = [
  { route: "n.$network.calendar", kind: "loader", path: "/n/unna/calendar", params: { network: "unna" }, expect: expect.members },

  // Events: leads for their centre, the coordinator for all and for the network; members read them.
  { route: "n.$network.events.new", kind: "loader", path: "/n/unna/events/new", params: { network: "unna" }, expect: eventHolders },
  {
    // An event of centre A: lead B may hold events, but not for A.
    route: "n.$network.events.new",
    kind: "action",
    path: "/n/unna/events/new (centre A)",
    params: { network: "unna" },
    form: eventForm,
    expect: redirects(expect.centreA),
  },
  {
    route: "n.$network.events.$id",
    kind: "loader",
    path: "/n/unna/events/:id",
    params: () => ({ network: "unna", id: String(archeEvent().id) }),
    expect: expect.members,
  },
  {
    route: "n.$network.events.$id",
    kind: "action",
    path: "/n/unna/events/:id (update)",
    params: () => ({ network: "unna", id: String(archeEvent().id) }),
    form: () => ({ intent: "update", ...eventFormValues(archeEvent()) }),
    expect: redirects(expect.centreA),
  },
  {
    route: "n.$network.events.$id",
    kind: "action",
    path: "/n/unna/events/:throwaway (delete)",
    params: () => ({ network: "unna", id: String(insertArcheEvent(`Wegwerf ${unique()}`).id) }),
    form: () => ({ intent: "delete", confirm: "yes" }),
    expect: redirects(expect.centreA),
  },

  // School holidays: instance admins.
  { route: "admin.holidays", kind: "loader", path: "/admin/holidays", expect: expect.admins },
  {
    route: "admin.holidays",
    kind: "action",
    path: "/admin/holidays",
    form: () => ({ name: `Matrix-Ferien ${unique()}`, startsOn: "2028-03-27", endsOn: "2028-04-08" }),
    expect: expect.admins,
  },

  // Feeds are public: no sign-in, same answer for everyone.
  { route: "feeds.$network[.ics]", kind: "loader", path: "/feeds/unna.ics", params: { network: "unna" }, expect: expect.public },
  {
    route: "feeds.$network.centres.$centre[.ics]",
    kind: "loader",
    path: "/feeds/unna/centres/arche.ics",
    params: { network: "unna", centre: "arche" },
    expect: expect.public,
  },
  {
    route: "feeds.$network.neighbourhoods.$neighbourhood[.ics]",
    kind: "loader",
    path: "/feeds/unna/neighbourhoods/massen.ics",
    params: { network: "unna", neighbourhood: "massen" },
    expect: expect.public,
  },
];
