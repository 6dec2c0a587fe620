// Trends, network overview, a centre's trends and the committee report, read from a network with a known
// review history (tests/reviews-fixtures.ts): two closed cycles, an open one, a draft that never shows.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@db/client.server";
import { events, indicators, meetings } from "@db/schema";
import * as centrePage from "~/routes/n.$network.trends.centres.$centre";
import * as overviewPage from "~/routes/n.$network.trends.overview";
import * as reportPage from "~/routes/n.$network.trends.report";
import * as trendsPage from "~/routes/n.$network.trends._index";
import { databaseFingerprint, demoDates, makeRequest, outcomeOf, personas, seedTwoNetworks } from "./helpers";
import { createTrendsFixture, fixtureEmails, type TrendsFixture } from "./reviews-fixtures";

let fx: TrendsFixture;
const params = { network: "trendstadt" };

type Loaded<T extends (...args: never[]) => unknown> = Awaited<ReturnType<T>>;

async function load<F extends (args: never) => unknown>(fn: F, path: string, as: string | null = fixtureEmails.coordinator, routeParams: Record<string, string> = params) {
  const result = await outcomeOf(fn, makeRequest(path, { as }), routeParams);
  expect(result.outcome).toBe("ok");
  return result.value as Loaded<F>;
}

beforeAll(async () => {
  await seedTwoNetworks();
  fx = createTrendsFixture(getDb(), { open: true });
});

describe("trends of the network", () => {
  it("shows closed cycles oldest first and the open one as provisional, never the draft", async () => {
    const data = await load(trendsPage.loader, "/n/trendstadt/trends", fixtureEmails.leadApfelbaum);
    expect(data.trends.cycles.map((c) => [c.title, c.provisional])).toEqual([
      ["2. Halbjahr 2025", false],
      ["1. Halbjahr 2026", false],
      ["2. Halbjahr 2026", true],
    ]);
    expect(data.trends.criteria.map((c) => c.title)).toEqual(["Regelmäßiger Austausch", "Angebote folgen dem Konzept", "Weiterentwicklung zur Rezertifizierung"]);
  });

  it("gives a network criterion's status and a centre criterion's spread per cycle", async () => {
    const { trends } = await load(trendsPage.loader, "/n/trendstadt/trends");
    const [exchange, concept] = trends.criteria;
    expect(exchange!.statuses.map((s) => s.status)).toEqual(["partly", "met", null]);
    expect(concept!.statuses.map((s) => s.counts)).toEqual([
      { met: 1, partly: 1, notMet: 1, none: 0 },
      { met: 2, partly: 1, notMet: 0, none: 0 },
      { met: 0, partly: 0, notMet: 0, none: 3 },
    ]);
  });

  it("charts each indicator's network value per cycle with the centres at target", async () => {
    const { trends } = await load(trendsPage.loader, "/n/trendstadt/trends");
    const indicators = trends.criteria.flatMap((c) => c.indicators);
    const byTitle = (title: string) => indicators.find((i) => i.title === title)!;
    expect(byTitle("Sitzungen des Arbeitskreises").points.map((p) => [p.value, p.detail])).toEqual([
      [1, "1 Sitzung"],
      [3, "3 Sitzungen"],
      [1, "1 Sitzung"],
    ]);
    const attendance = byTitle("Anteil teilnehmender Zentren");
    expect(attendance.points.map((p) => p.value)).toEqual([50, 62, null]);
    expect(attendance.target).toBe(75);
    expect(attendance.valueType).toBe("percent");
    const concept = byTitle("Angebote passend zum Konzept");
    // The open cycle has no network value yet: the mean of the one centre measured so far.
    expect(concept.points.map((p) => [p.value, p.meanOf])).toEqual([
      [55, null],
      [65, null],
      [70, 1],
    ]);
    expect(concept.atTarget).toEqual([
      { met: 1, of: 3 },
      { met: 2, of: 3 },
      { met: 1, of: 1 },
    ]);
    // Without a network value: the centres' mean for the scale, nothing for yes/no.
    const readiness = byTitle("Stand der Vorbereitung");
    expect(readiness.points.map((p) => [p.value, p.meanOf])).toEqual([
      [2.3, 3],
      [3, 3],
      [null, null],
    ]);
    expect(byTitle("Fortbildungsplan aktuell").points.map((p) => p.value)).toEqual([null, null, null]);
  });
});

describe("network overview", () => {
  it("defaults to the latest closed cycle with the coordinator's and the centre's own status per cell", async () => {
    const data = await load(overviewPage.loader, "/n/trendstadt/trends/overview");
    expect(data.unknownCycle).toBe(false);
    const overview = data.overview!;
    expect(overview.cycle.title).toBe("1. Halbjahr 2026");
    expect(overview.criteria.map((c) => c.title)).toEqual(["Regelmäßiger Austausch", "Angebote folgen dem Konzept", "Weiterentwicklung zur Rezertifizierung"]);
    expect(overview.rows.map((r) => r.centre.name)).toEqual(["Familienzentrum Apfelbaum", "Familienzentrum Birke", "Familienzentrum Kastanie"]);
    expect(overview.rows[1]!.cells[2]).toEqual({ criterionId: fx.criteria.development, coordinator: "met", self: "partly" });
    expect(overview.network).toEqual(["met", null, null]);
  });

  it("shows the cycle chosen with ?cycle= and says so when it does not exist", async () => {
    const first = await load(overviewPage.loader, `/n/trendstadt/trends/overview?cycle=${fx.cycles.first}`);
    expect(first.overview!.cycle.title).toBe("2. Halbjahr 2025");
    expect(first.overview!.rows[0]!.cells[1]).toEqual({ criterionId: fx.criteria.concept, coordinator: "not-met", self: "partly" });
    for (const asked of ["999999", String(fx.cycles.draft), "abc"]) {
      const data = await load(overviewPage.loader, `/n/trendstadt/trends/overview?cycle=${asked}`);
      expect(data.unknownCycle).toBe(true);
      expect(data.overview!.cycle.title).toBe("1. Halbjahr 2026");
    }
  });
});

describe("a centre's trends", () => {
  it("puts the self-assessment beside the coordinator's, its values beside the network's, and its actions", async () => {
    const data = await load(centrePage.loader, "/n/trendstadt/trends/centres/apfelbaum", fixtureEmails.coordinator, { ...params, centre: "apfelbaum" });
    expect(data.centre.name).toBe("Familienzentrum Apfelbaum");
    const concept = data.trends.criteria.find((c) => c.title === "Angebote folgen dem Konzept")!;
    expect(concept.statuses.map((s) => [s.coordinator, s.self, s.comment])).toEqual([
      ["not-met", "partly", "Schwerpunkte kaum sichtbar."],
      ["met", "met", "Deutlich verbessert."],
      [null, "met", ""],
    ]);
    // Only indicators measured for the centre.
    expect(data.trends.indicators.map((i) => i.title)).toEqual(["Angebote passend zum Konzept", "Fortbildungsplan aktuell", "Stand der Vorbereitung"]);
    const share = data.trends.indicators[0]!;
    expect(share.centre.map((p) => p.value)).toEqual([40, 65, 70]);
    expect(share.network.map((p) => p.value)).toEqual([55, 65, 70]);
    expect(data.trends.indicators[1]!.centre.map((p) => p.value)).toEqual([0, 1, null]);
    // Open actions first (by due date), then done ones; the overdue one is marked.
    expect(data.trends.actions.map((a) => [a.title, a.status, a.overdue, a.ownerName, a.source])).toEqual([
      ["Fortbildungsplan aktualisieren", "open", true, "Leitung Apfelbaum", "review"],
      ["Konzeptschwerpunkte im Angebotsplan verankern", "done", false, "Leitung Apfelbaum", "review"],
    ]);
  });

  it("answers 404 for a centre of another network", async () => {
    const result = await outcomeOf(centrePage.loader, makeRequest("/n/trendstadt/trends/centres/arche", { as: fixtureEmails.coordinator }), { ...params, centre: "arche" });
    expect(result.outcome).toBe("notfound");
  });
});

describe("committee report", () => {
  it("reports a cycle against the previous one with meetings and agreed actions", async () => {
    const data = await load(reportPage.loader, `/n/trendstadt/trends/report?cycle=${fx.cycles.second}`);
    const report = data.report!;
    expect(report.cycle.title).toBe("1. Halbjahr 2026");
    expect(report.previous!.title).toBe("2. Halbjahr 2025");
    expect(report.criteria.map((c) => [c.title, c.status.status ?? c.status.counts, c.previous!.status ?? c.previous!.counts])).toEqual([
      ["Regelmäßiger Austausch", "met", "partly"],
      ["Angebote folgen dem Konzept", { met: 2, partly: 1, notMet: 0, none: 0 }, { met: 1, partly: 1, notMet: 1, none: 0 }],
      ["Weiterentwicklung zur Rezertifizierung", { met: 2, partly: 1, notMet: 0, none: 0 }, { met: 1, partly: 1, notMet: 1, none: 0 }],
    ]);
    const attendance = report.criteria[0]!.indicators.find((i) => i.title === "Anteil teilnehmender Zentren")!;
    expect([attendance.value, attendance.previous, attendance.target, attendance.met]).toEqual([62, 50, 75, false]);
    const meetings = report.criteria[0]!.indicators.find((i) => i.title === "Sitzungen des Arbeitskreises")!;
    expect([meetings.value, meetings.previous, meetings.met]).toEqual([3, 1, true]);
    // Held meetings in the period only (the cancelled one and those of other periods are left out).
    expect(report.meetings.map((m) => [m.date, m.title])).toEqual([
      ["2026-03-18", "Arbeitskreis Familienzentren"],
      ["2026-05-20", "Arbeitskreis mit Jugendamt"],
    ]);
    // Actions of this review and of the period's meetings, not those of the earlier review.
    expect(report.actions.map((a) => [a.title, a.centreName, a.ownerName, a.dueOn, a.source]).sort()).toEqual(
      [
        ["Elternbefragung auswerten", "Familienzentrum Kastanie", null, null, "review"],
        ["Fachtag Sozialraum vorbereiten", null, "Koordination Trendstadt", "2026-12-15", "meeting"],
        ["Fortbildungsplan aktualisieren", "Familienzentrum Apfelbaum", "Leitung Apfelbaum", "2026-09-30", "review"],
      ].sort(),
    );
    expect(report.overview.cycle.id).toBe(fx.cycles.second);
  });

  it("defaults to the latest closed cycle; the first cycle has nothing to compare with", async () => {
    const latest = await load(reportPage.loader, "/n/trendstadt/trends/report");
    expect(latest.report!.cycle.title).toBe("1. Halbjahr 2026");
    const first = await load(reportPage.loader, `/n/trendstadt/trends/report?cycle=${fx.cycles.first}`);
    expect(first.report!.previous).toBeNull();
    expect(first.report!.meetings.map((m) => m.date)).toEqual(["2025-11-12"]);
    expect(first.report!.criteria[0]!.indicators[0]!.previous).toBeNull();
  });

  it("reports on the open cycle as provisional when asked", async () => {
    const open = await load(reportPage.loader, `/n/trendstadt/trends/report?cycle=${fx.cycles.open}`);
    expect(open.report!.cycle.provisional).toBe(true);
    expect(open.report!.previous!.title).toBe("1. Halbjahr 2026");
  });

  it("has nothing to report for a network without cycles", async () => {
    const data = await load(reportPage.loader, "/n/dortmund/trends/report", personas.otherNetwork, { network: "dortmund" });
    expect(data.report).toBeNull();
  });
});

describe("the demo network", () => {
  it("shows the seeded earlier cycles and reports on the latest against the one before", async () => {
    const [earlier, latest] = demoDates().cycles.closed;
    const { trends } = await load(trendsPage.loader, "/n/unna/trends", personas.staffA, { network: "unna" });
    expect(trends.cycles.map((c) => c.title)).toEqual([earlier.title, latest.title]);
    expect(trends.criteria.every((c) => c.indicators.length > 0)).toBe(true);
    const { report } = await load(reportPage.loader, "/n/unna/trends/report", personas.coordinator, { network: "unna" });
    expect([report!.cycle.title, report!.previous!.title]).toEqual([latest.title, earlier.title]);
    expect(report!.overview.rows).toHaveLength(8);
  });
});

describe("the open cycle", () => {
  it("shows a computed indicator's live value as provisional, and it moves when a meeting is held", async () => {
    const db = getDb();
    db.insert(indicators)
      .values({ criterionId: fx.criteria.exchange, position: 3, title: "Gehaltene Sitzungen (berechnet)", source: "computed", metric: "meetings-held", valueType: "number", target: 2 })
      .run();
    const live = async () => {
      const { trends } = await load(trendsPage.loader, "/n/trendstadt/trends");
      const indicator = trends.criteria[0]!.indicators.find((i) => i.title === "Gehaltene Sitzungen (berechnet)")!;
      return indicator.points.at(-1)!;
    };
    const before = await live();
    expect(before.provisional).toBe(true);
    expect(before.value).toBe(0);
    const event = db
      .insert(events)
      .values({ networkId: fx.networkId, kind: "meeting", title: "Arbeitskreis im Herbst", date: "2026-09-23", startTime: "14:00", endTime: "16:00", updatedAt: Date.now() })
      .returning()
      .get();
    db.insert(meetings).values({ networkId: fx.networkId, eventId: event.id, status: "held", updatedAt: Date.now() }).run();
    expect((await live()).value).toBe(1);
  });
});

describe("access", () => {
  const pages = [
    { fn: trendsPage.loader, path: "/n/trendstadt/trends", params },
    { fn: overviewPage.loader, path: "/n/trendstadt/trends/overview", params },
    { fn: centrePage.loader, path: "/n/trendstadt/trends/centres/birke", params: { ...params, centre: "birke" } },
    { fn: reportPage.loader, path: "/n/trendstadt/trends/report", params },
  ];

  it("refuses members of other networks and sends visitors to sign in, changing nothing", async () => {
    for (const page of pages) {
      const before = databaseFingerprint();
      for (const [as, outcome] of [
        [personas.leadA, "forbidden"],
        [personas.otherNetwork, "forbidden"],
        [null, "login"],
      ] as const) {
        const result = await outcomeOf(page.fn, makeRequest(page.path, { as }), page.params);
        expect(result.outcome, `${page.path} as ${as}`).toBe(outcome);
      }
      expect(databaseFingerprint()).toBe(before);
    }
  });

  it("lets every member of the network and admins read", async () => {
    for (const page of pages) {
      for (const as of [fixtureEmails.leadApfelbaum, fixtureEmails.coordinator, personas.admin]) {
        const result = await outcomeOf(page.fn, makeRequest(page.path, { as }), page.params);
        expect(result.outcome, `${page.path} as ${as}`).toBe("ok");
      }
    }
  });
});
