// The shared calendar: entries for month and week ranges, filters, holidays and the page's loader.
import { beforeAll, describe, expect, it } from "vitest";
import { calendarEntries, resolveFilters } from "~/modules/calendar/calendar.server";
import { holidaysByDay } from "~/modules/calendar/holidays.server";
import * as calendarPage from "~/routes/n.$network.calendar";
import { seedCalendarFixture, type CalendarFixture } from "./calendar-fixtures";
import { seedTwoNetworks } from "./helpers";
import { call } from "./network-fixtures";

let f: CalendarFixture;

beforeAll(async () => {
  await seedTwoNetworks();
  f = seedCalendarFixture();
});

const march = { from: "2026-03-01", to: "2026-03-31" };
const titlesOn = (entries: { date: string; title: string }[], date: string) => entries.filter((e) => e.date === date).map((e) => e.title);

describe("calendar entries", () => {
  it("expands weekly offerings within their validity, without cancelled dates", () => {
    const entries = calendarEntries(f.unna, march, { centreId: f.centre.id });
    const weekly = entries.filter((e) => e.type === "offering" && e.id === f.weekly);
    expect(weekly.map((e) => e.date)).toEqual(["2026-03-03", "2026-03-05", "2026-03-12", "2026-03-17", "2026-03-19", "2026-03-24", "2026-03-26", "2026-03-31"]);
    expect(weekly[0]).toMatchObject({ start: "09:30", end: "11:00", centre: { slug: "kalender", name: "Familienzentrum Kalender" }, category: "Eltern-Kind-Gruppen" });
    const april = calendarEntries(f.unna, { from: "2026-04-01", to: "2026-04-30" }, { centreId: f.centre.id }).filter((e) => e.id === f.weekly && e.type === "offering");
    expect(april.map((e) => e.date)).toEqual(["2026-04-07", "2026-04-09", "2026-04-14", "2026-04-16", "2026-04-21", "2026-04-23", "2026-04-28", "2026-04-30"]);
  });

  it("lists single dates with their own times, minus cancelled ones", () => {
    const entries = calendarEntries(f.unna, march, { centreId: f.centre.id }).filter((e) => e.type === "offering" && e.id === f.dated);
    expect(entries.map((e) => [e.date, e.start, e.end])).toEqual([["2026-03-05", "15:00", "16:00"]]);
    expect(entries[0]!.place).toBe("Stadtbibliothek");
  });

  it("leaves out drafts, archived and by-appointment offerings and other networks' data", () => {
    const ids = new Set(calendarEntries(f.unna, march).filter((e) => e.type === "offering").map((e) => e.id));
    for (const id of [f.draft, f.archived, f.appointment, f.foreign]) expect(ids.has(id)).toBe(false);
    expect(calendarEntries(f.unna, march).some((e) => e.title.startsWith("Fremd"))).toBe(false);
  });

  it("shows members every event of the network, internal ones too; feeds only public ones", () => {
    const day = { from: "2026-03-12", to: "2026-03-12" };
    const all = calendarEntries(f.unna, day).filter((e) => e.type === "event");
    expect(all.map((e) => [e.title, e.start, e.eventKind, e.isPublic, e.centre?.slug ?? null])).toEqual([
      ["Arbeitskreis-Sitzung", "09:00", "meeting", false, null],
      ["Tag der offenen Tür im Kalender", "14:00", "open-day", true, "kalender"],
    ]);
    const open = calendarEntries(f.unna, day, {}, { publicOnly: true }).filter((e) => e.type === "event");
    expect(open.map((e) => e.title)).toEqual(["Tag der offenen Tür im Kalender"]);
  });

  it("sorts a week by day and time", () => {
    const week = calendarEntries(f.unna, { from: "2026-03-09", to: "2026-03-15" }, { centreId: f.centre.id });
    expect(week.map((e) => `${e.date} ${e.start} ${e.title}`)).toEqual([
      "2026-03-12 09:30 Krabbelgruppe am Dienstag und Donnerstag",
      "2026-03-12 14:00 Tag der offenen Tür im Kalender",
      "2026-03-14 10:00 Vätertreff in Massen",
    ]);
  });

  it("filters by neighbourhood: the offering's own, else its centre's home neighbourhood", () => {
    const dorf = calendarEntries(f.unna, march, { neighbourhoodId: f.dorf.id });
    expect(new Set(dorf.map((e) => e.title))).toEqual(
      new Set(["Krabbelgruppe am Dienstag und Donnerstag", "Elternabend Sprache", "Arbeitskreis-Sitzung", "Tag der offenen Tür im Kalender"]),
    );
    const massen = calendarEntries(f.unna, march, { neighbourhoodId: f.massen.id });
    expect(massen.some((e) => e.title === "Vätertreff in Massen")).toBe(true);
    expect(massen.some((e) => e.title === "Krabbelgruppe am Dienstag und Donnerstag")).toBe(false);
  });

  it("filters by category (offerings only) and by centre (no network-wide events)", () => {
    const { filters } = resolveFilters(f.unna, { centre: "kalender", category: "sprachfoerderung" });
    expect(calendarEntries(f.unna, march, filters).map((e) => e.title)).toEqual(["Elternabend Sprache"]);
    const centreOnly = calendarEntries(f.unna, march, { centreId: f.centre.id });
    expect(centreOnly.some((e) => e.title === "Arbeitskreis-Sitzung")).toBe(false);
  });

  it("resolves filter slugs of this network only", () => {
    expect(resolveFilters(f.unna, { centre: "kalender", neighbourhood: "kalenderdorf", category: "gesundheit" })).toMatchObject({
      filters: { centreId: f.centre.id, neighbourhoodId: f.dorf.id },
      applied: { centre: "kalender", neighbourhood: "kalenderdorf", category: "gesundheit" },
      unknown: false,
    });
    expect(resolveFilters(f.unna, { centre: "hoerde" })).toMatchObject({ filters: {}, unknown: true });
  });
});

describe("holidays", () => {
  it("marks NRW public holidays and school holidays per day", () => {
    const days = holidaysByDay("2026-03-28", "2026-04-07");
    expect(days["2026-03-29"]).toBeUndefined();
    expect(days["2026-03-30"]).toEqual([{ kind: "school", name: "Osterferien" }]);
    expect(days["2026-04-03"]).toEqual([
      { kind: "public", name: "Karfreitag" },
      { kind: "school", name: "Osterferien" },
    ]);
    expect(days["2026-04-06"]?.map((h) => h.name)).toEqual(["Ostermontag", "Osterferien"]);
    expect(Object.keys(days)).toHaveLength(9);
  });

  it("clips holidays that span the range's ends (Christmas into the new year)", () => {
    const days = holidaysByDay("2027-01-01", "2027-01-10");
    expect(days["2027-01-01"]).toEqual([
      { kind: "public", name: "Neujahr" },
      { kind: "school", name: "Weihnachtsferien" },
    ]);
    expect(days["2027-01-06"]).toEqual([{ kind: "school", name: "Weihnachtsferien" }]);
    expect(days["2027-01-07"]).toBeUndefined();
  });
});

describe("calendar page", () => {
  type PageData = Awaited<ReturnType<typeof calendarPage.loader>>;

  it("gives members the month with entries, holidays, filters and a feed link", async () => {
    const { outcome, value } = await call(calendarPage.loader, "/n/unna/calendar?view=month&date=2026-04-15&centre=kalender", {
      as: "staffA",
      params: { network: "unna" },
    });
    expect(outcome).toBe("ok");
    const data = value as PageData;
    expect(data.query).toMatchObject({ view: "month", date: "2026-04-15", centre: "kalender", neighbourhood: "", category: "" });
    expect(data.entries.every((e) => e.date >= "2026-04-01" && e.date <= "2026-04-30")).toBe(true);
    expect(titlesOn(data.entries, "2026-04-16")).toEqual(["Krabbelgruppe am Dienstag und Donnerstag", "Elternabend Sprache"]);
    expect(data.holidays["2026-04-03"]?.map((h) => h.name)).toEqual(["Karfreitag", "Osterferien"]);
    expect(data.options.centres.some((c) => c.value === "kalender")).toBe(true);
    expect(data.feed.links).toEqual({
      https: "http://localhost:3000/feeds/unna/centres/kalender.ics",
      webcal: "webcal://localhost:3000/feeds/unna/centres/kalender.ics",
    });
    expect(data.feed.scope).toBe("Familienzentrum Kalender");
    expect(data.canCreateEvent).toBe(false);
  });

  it("covers the ISO week in the week view and drops unknown filters and bad dates", async () => {
    const { value } = await call(calendarPage.loader, "/n/unna/calendar?view=week&date=2026-03-12&centre=gibt-es-nicht&category=sprachfoerderung", {
      as: "leadA",
      params: { network: "unna" },
    });
    const data = value as PageData;
    expect(data.query).toMatchObject({ view: "week", centre: "", category: "sprachfoerderung" });
    expect(data.entries.every((e) => e.date >= "2026-03-09" && e.date <= "2026-03-15")).toBe(true);
    expect(data.entries.every((e) => e.type === "offering")).toBe(true);
    expect(data.feed.links.https).toBe("http://localhost:3000/feeds/unna.ics?category=sprachfoerderung");
    expect(data.feed.scope).toBe("Sprachförderung");
    expect(data.canCreateEvent).toBe(true);

    const fallback = (await call(calendarPage.loader, "/n/unna/calendar?view=year&date=2026-02-30", { as: "leadA", params: { network: "unna" } })).value as PageData;
    expect(fallback.query.view).toBe("month");
    expect(fallback.query.date).toBe(fallback.today);
  });

  it("sends visitors to sign in and keeps other networks out", async () => {
    expect((await call(calendarPage.loader, "/n/unna/calendar", { as: "anonymous", params: { network: "unna" } })).outcome).toBe("login");
    expect((await call(calendarPage.loader, "/n/unna/calendar", { as: "otherNetwork", params: { network: "unna" } })).outcome).toBe("forbidden");
  });
});
