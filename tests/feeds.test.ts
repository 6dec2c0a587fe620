// iCalendar feeds: every feed parsed with ical.js; recurrence equals the app's occurrences; only
// public data of the right network; 404 for unknown names.
import ICAL from "ical.js";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { calendarEntries } from "~/modules/calendar/calendar.server";
import { buildFeed, firstMatchingDay, resolveFeed } from "~/modules/calendar/feeds.server";
import * as centreFeed from "~/routes/feeds.$network.centres.$centre[.ics]";
import * as neighbourhoodFeed from "~/routes/feeds.$network.neighbourhoods.$neighbourhood[.ics]";
import * as networkFeed from "~/routes/feeds.$network[.ics]";
import { setClock } from "~/modules/time/clock";
import { addMonths } from "~/modules/time/dates";
import { seedCalendarFixture, type CalendarFixture } from "./calendar-fixtures";
import { demoDates, seedTwoNetworks } from "./helpers";
import { call } from "./network-fixtures";

let f: CalendarFixture;

beforeAll(async () => {
  await seedTwoNetworks();
  f = seedCalendarFixture();
});

afterEach(() => {
  delete process.env.APP_URL;
  setClock(null);
});

/** "Now" for content checks: the fixture's dates lie within the feeds' window. */
const march = new Date("2026-03-01T12:00:00Z");

type RouteFn = (args: never) => unknown;

async function fetchFeed(fn: RouteFn, path: string, params: Record<string, string>) {
  const { outcome, value } = await call(fn, path, { as: "anonymous", params });
  expect(outcome).toBe("ok");
  const response = value as Response;
  return { response, text: await response.text() };
}

function feedAt(path: string, params: { network: string; centre?: string; neighbourhood?: string }, now = march) {
  const url = new URL(path, "http://localhost:3000");
  return buildFeed(resolveFeed(url, params), { baseUrl: url.origin, now });
}

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const vevents = calendar.getAllSubcomponents("vevent");
  return { calendar, vevents, byUid: new Map(vevents.map((v) => [String(v.getFirstPropertyValue("uid")), v])) };
}

/** Checks that hold for every feed: CRLF lines within 75 octets, a VTIMEZONE, DTSTAMP and UID on every event. */
function expectWellFormed(text: string) {
  expect(text.endsWith("\r\n")).toBe(true);
  const lines = text.slice(0, -2).split("\r\n");
  for (const line of lines) {
    expect(line.includes("\n") || line.includes("\r")).toBe(false);
    expect(new TextEncoder().encode(line).length, line).toBeLessThanOrEqual(75);
  }
  const { calendar, vevents } = parse(text);
  expect(calendar.getFirstSubcomponent("vtimezone")?.getFirstPropertyValue("tzid")).toBe("Europe/Berlin");
  expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
  for (const vevent of vevents) {
    expect(vevent.getFirstProperty("dtstamp")).toBeTruthy();
    expect(String(vevent.getFirstPropertyValue("dtstamp"))).toMatch(/Z$/);
    expect(vevent.getFirstProperty("uid")).toBeTruthy();
    expect(vevent.getFirstProperty("dtstart")!.getParameter("tzid")).toBe("Europe/Berlin");
  }
  const uids = vevents.map((v) => v.getFirstPropertyValue("uid"));
  expect(new Set(uids).size).toBe(uids.length);
  return vevents;
}

/** Local start dates and times of an event's occurrences up to `until` (YYYY-MM-DD). */
function occurrencesOf(vevent: ICAL.Component, until: string): string[] {
  const iterator = new ICAL.Event(vevent).iterator();
  const result: string[] = [];
  for (let next = iterator.next(); next; next = iterator.next()) {
    const local = next.toString();
    if (local.slice(0, 10) > until) break;
    result.push(`${local.slice(0, 10)} ${local.slice(11, 16)}`);
  }
  return result;
}

const uid = (kind: string, id: number, suffix = "") => `${kind}-${id}${suffix}@unna.familiennetz`;

describe("network feed over the route", () => {
  it("is public iCalendar with caching headers, well-formed throughout", async () => {
    const { response, text } = await fetchFeed(networkFeed.loader, "/feeds/unna.ics", { network: "unna" });
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("Cache-Control")).toBe("public, max-age=900");
    const vevents = expectWellFormed(text);
    // The demo network's offerings (open-ended, from the day they were seeded) are in it.
    expect(vevents.length).toBeGreaterThan(50);
  });

  it("never holds drafts, archived or by-appointment offerings, internal events or another network's data", async () => {
    // On a day when the fixture's dates lie within the feed's window.
    setClock(march);
    const { text } = await fetchFeed(networkFeed.loader, "/feeds/unna.ics", { network: "unna" });
    const { byUid } = parse(text);
    for (const id of [f.draft, f.archived, f.appointment, f.foreign]) expect(byUid.has(uid("offering", id))).toBe(false);
    expect(byUid.has(uid("event", f.meeting.id))).toBe(false);
    for (const banned of ["Entwurf Babyschwimmen", "Archiviertes Elterncafé", "Beratung nach Vereinbarung", "Arbeitskreis-Sitzung", "Fremd"]) {
      expect(text).not.toContain(banned);
    }
  });

  it("serves the other network its own data only", async () => {
    const { text } = await fetchFeed(networkFeed.loader, "/feeds/dortmund.ics", { network: "dortmund" });
    expectWellFormed(text);
    const summaries = parse(text).vevents.map((v) => v.getFirstPropertyValue("summary"));
    expect(summaries).toContain("Fremdes Angebot Hörde");
    expect(summaries).not.toContain("Krabbelgruppe am Dienstag und Donnerstag");
  });

  it("answers 404 for unknown networks, centres, neighbourhoods and filter values", async () => {
    const cases: [RouteFn, string, Record<string, string>][] = [
      [networkFeed.loader, "/feeds/nirgendwo.ics", { network: "nirgendwo" }],
      [networkFeed.loader, "/feeds/unna.ics?centre=nirgendwo", { network: "unna" }],
      [networkFeed.loader, "/feeds/unna.ics?neighbourhood=nirgendwo", { network: "unna" }],
      [networkFeed.loader, "/feeds/unna.ics?category=nirgendwo", { network: "unna" }],
      [centreFeed.loader, "/feeds/unna/centres/nirgendwo.ics", { network: "unna", centre: "nirgendwo" }],
      [centreFeed.loader, "/feeds/unna/centres/hoerde.ics", { network: "unna", centre: "hoerde" }],
      [centreFeed.loader, "/feeds/nirgendwo/centres/arche.ics", { network: "nirgendwo", centre: "arche" }],
      [neighbourhoodFeed.loader, "/feeds/unna/neighbourhoods/hoerde.ics", { network: "unna", neighbourhood: "hoerde" }],
    ];
    for (const [fn, path, params] of cases) {
      expect((await call(fn, path, { as: "anonymous", params })).outcome, path).toBe("notfound");
    }
  });
});

describe("feed content", () => {
  it("writes a weekly offering as one RRULE from its first weekday, bounded by UNTIL, with cancelled dates as EXDATE", () => {
    const text = feedAt("/feeds/unna/centres/kalender.ics", { network: "unna", centre: "kalender" });
    const vevent = parse(text).byUid.get(uid("offering", f.weekly))!;
    expect(vevent).toBeTruthy();
    // validFrom is Monday 2 March: the series starts on Tuesday 3 March.
    expect(vevent.getFirstPropertyValue("dtstart")!.toString()).toBe("2026-03-03T09:30:00");
    expect(vevent.getFirstPropertyValue("dtend")!.toString()).toBe("2026-03-03T11:00:00");
    expect(text).toContain("RRULE:FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20260430T215959Z");
    // 4 April is a Saturday: not an occurrence, so not an exception either.
    const exdates = vevent.getAllProperties("exdate").map((p) => p.getFirstValue()!.toString());
    expect(exdates).toEqual(["2026-03-10T09:30:00", "2026-04-02T09:30:00"]);
    const occurrences = occurrencesOf(vevent, "2027-01-01");
    expect(occurrences[0]).toBe("2026-03-03 09:30");
    expect(occurrences.at(-1)).toBe("2026-04-30 09:30");
    expect(occurrences).not.toContain("2026-03-10 09:30");
    expect(occurrences).not.toContain("2026-04-02 09:30");
  });

  it("expands every recurring event exactly to the app's occurrences", () => {
    // From the first of the fixture's dates (March 2026) and the demo's offerings (since its earlier closed
    // half-year) to three months after the day the demo was seeded.
    const demo = demoDates();
    const window = { from: [demo.cycles.closed[0].start, "2026-03-01"].sort()[0]!, to: addMonths(demo.today, 3) };
    const text = feedAt("/feeds/unna.ics", { network: "unna" });
    const app = calendarEntries(f.unna, window, {}, { publicOnly: true }).filter((e) => e.type === "offering");
    let checked = 0;
    for (const vevent of parse(text).vevents) {
      if (!vevent.getFirstProperty("rrule")) continue;
      const id = Number(/^offering-(\d+)@/.exec(String(vevent.getFirstPropertyValue("uid")))![1]);
      const expected = app.filter((e) => e.id === id).map((e) => `${e.date} ${e.start}`);
      expect(occurrencesOf(vevent, window.to), `offering ${id}`).toEqual(expected);
      checked++;
    }
    expect(checked).toBeGreaterThan(50);
  });

  it("writes single dates as one event each with its own UID, leaving out cancelled dates", () => {
    const text = feedAt("/feeds/unna/centres/kalender.ics", { network: "unna", centre: "kalender" });
    const { byUid } = parse(text);
    const first = byUid.get(uid("offering", f.dated, "-20260305T1500"))!;
    const last = byUid.get(uid("offering", f.dated, "-20260416T1000"))!;
    expect(first.getFirstPropertyValue("dtstart")!.toString()).toBe("2026-03-05T15:00:00");
    expect(first.getFirstPropertyValue("dtend")!.toString()).toBe("2026-03-05T16:00:00");
    expect(last.getFirstPropertyValue("dtend")!.toString()).toBe("2026-04-16T11:00:00");
    expect(first.getFirstProperty("rrule")).toBeNull();
    expect(byUid.has(uid("offering", f.dated, "-20260319T1500"))).toBe(false);
    expect(first.getFirstPropertyValue("location")).toBe("Stadtbibliothek, Lindenplatz 1, 59423 Unna");
  });

  it("links back to the offering in DESCRIPTION and URL (APP_URL when set, else the request's origin)", async () => {
    const text = feedAt("/feeds/unna/centres/kalender.ics", { network: "unna", centre: "kalender" });
    const vevent = parse(text).byUid.get(uid("offering", f.weekly))!;
    const link = `http://localhost:3000/guide/unna/offerings/${f.weekly}`;
    expect(vevent.getFirstPropertyValue("url")).toBe(link);
    const description = String(vevent.getFirstPropertyValue("description"));
    expect(description).toContain("Spielen, singen, austauschen; für Eltern mit Babys.");
    expect(description).toContain("Veranstalter: Familienzentrum Kalender");
    expect(description).toContain(`Weitere Informationen: ${link}`);

    process.env.APP_URL = "https://familiennetz.example";
    const { text: viaRoute } = await fetchFeed(centreFeed.loader, "/feeds/unna/centres/arche.ics", { network: "unna", centre: "arche" });
    expect(viaRoute).toContain("URL:https://familiennetz.example/guide/unna/offerings/");
  });

  it("holds public events of the centre, not internal or network-wide ones", () => {
    const text = feedAt("/feeds/unna/centres/kalender.ics", { network: "unna", centre: "kalender" });
    const { byUid, vevents } = parse(text);
    const openDay = byUid.get(uid("event", f.openDay.id))!;
    expect(openDay.getFirstPropertyValue("summary")).toBe("Tag der offenen Tür im Kalender");
    expect(openDay.getFirstPropertyValue("dtstart")!.toString()).toBe("2026-03-12T14:00:00");
    expect(openDay.getFirstPropertyValue("location")).toBe("Familienzentrum Kalender, Kalenderweg 1, 59423 Unna");
    expect(openDay.getFirstPropertyValue("categories")).toBe("Tag der offenen Tür");
    expect(vevents.map((v) => String(v.getFirstPropertyValue("uid"))).sort()).toEqual(
      [
        uid("offering", f.weekly),
        uid("offering", f.elsewhere),
        uid("offering", f.dated, "-20260305T1500"),
        uid("offering", f.dated, "-20260416T1000"),
        uid("event", f.openDay.id),
      ].sort(),
    );
  });

  it("filters by neighbourhood slug in the path, and by centre and category as query parameters", () => {
    const dorf = parse(feedAt("/feeds/unna/neighbourhoods/kalenderdorf.ics", { network: "unna", neighbourhood: "kalenderdorf" }));
    expect(dorf.vevents.map((v) => v.getFirstPropertyValue("summary")).sort()).toEqual(
      ["Elternabend Sprache", "Elternabend Sprache", "Krabbelgruppe am Dienstag und Donnerstag", "Tag der offenen Tür im Kalender"].sort(),
    );
    const massen = parse(feedAt("/feeds/unna/neighbourhoods/massen.ics", { network: "unna", neighbourhood: "massen" }));
    expect(massen.byUid.has(uid("offering", f.elsewhere))).toBe(true);
    expect(massen.byUid.has(uid("offering", f.weekly))).toBe(false);

    const query = parse(feedAt("/feeds/unna.ics?centre=kalender&category=sprachfoerderung", { network: "unna" }));
    expect([...query.byUid.keys()].sort()).toEqual([uid("offering", f.dated, "-20260305T1500"), uid("offering", f.dated, "-20260416T1000")]);
    const sameAsPath = feedAt("/feeds/unna.ics?centre=kalender", { network: "unna" });
    expect(parse(sameAsPath).vevents.length).toBe(parse(feedAt("/feeds/unna/centres/kalender.ics", { network: "unna", centre: "kalender" })).vevents.length);
  });

  it("names the calendar after the network, centre or neighbourhood", () => {
    const name = (text: string) => parse(text).calendar.getFirstPropertyValue("x-wr-calname");
    expect(name(feedAt("/feeds/unna.ics", { network: "unna" }))).toBe("Arbeitskreis Familienzentren Unna (Demo)");
    expect(name(feedAt("/feeds/unna/centres/kalender.ics", { network: "unna", centre: "kalender" }))).toBe(
      "Familienzentrum Kalender – Arbeitskreis Familienzentren Unna (Demo)",
    );
  });

  it("drops series and dates that ended more than half a year ago", () => {
    const december = new Date("2026-12-01T12:00:00Z");
    const { byUid } = parse(feedAt("/feeds/unna/centres/kalender.ics", { network: "unna", centre: "kalender" }, december));
    expect(byUid.has(uid("offering", f.weekly))).toBe(false);
    expect(byUid.has(uid("offering", f.dated, "-20260305T1500"))).toBe(false);
    expect(byUid.has(uid("offering", f.dated, "-20260416T1000"))).toBe(false);
    const october = parse(feedAt("/feeds/unna/centres/kalender.ics", { network: "unna", centre: "kalender" }, new Date("2026-10-01T12:00:00Z")));
    expect(october.byUid.has(uid("offering", f.dated, "-20260416T1000"))).toBe(true);
  });
});

describe("firstMatchingDay", () => {
  it("finds the first listed weekday on or after a date", () => {
    expect(firstMatchingDay("2026-03-02", [2, 4])).toBe("2026-03-03");
    expect(firstMatchingDay("2026-03-03", [2, 4])).toBe("2026-03-03");
    expect(firstMatchingDay("2026-03-06", [1])).toBe("2026-03-09");
    expect(firstMatchingDay("2026-03-06", [7])).toBe("2026-03-08");
  });
});
