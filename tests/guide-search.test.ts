// The public guide's search and pages: filters in SQL (text, neighbourhood, category, age, weekday,
// language, free), only visible offerings, paging, next dates, 404s, and what / shows visitors.
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@db/client.server";
import { categories, networks, offerings } from "@db/schema";
import { parseGuideFilter, searchGuide, type GuideFilter } from "~/modules/guide/search.server";
import * as indexRoute from "~/routes/_index";
import * as centreRoute from "~/routes/guide.$network.centres.$centre";
import * as startRoute from "~/routes/guide.$network._index";
import * as hoodRoute from "~/routes/guide.$network.neighbourhoods.$neighbourhood";
import * as mapRoute from "~/routes/guide.$network.map";
import * as offeringRoute from "~/routes/guide.$network.offerings.$id";
import { seedTwoNetworks } from "./helpers";
import { call, centreBySlug, networkBySlug } from "./network-fixtures";

const filter = (query: string): GuideFilter => parseGuideFilter(new URLSearchParams(query));
let unnaId: number;

function idByRef(ref: string): number {
  return getDb().select().from(offerings).where(and(eq(offerings.networkId, unnaId), eq(offerings.ref, ref))).get()!.id;
}

beforeAll(async () => {
  await seedTwoNetworks();
  unnaId = networkBySlug("unna").id;
});

describe("guide search", () => {
  it("finds the Tuesday baby massage in Königsborn for a four-month-old", () => {
    const result = searchGuide(unnaId, filter("q=massage&neighbourhood=koenigsborn&age=4&ageUnit=months&weekday=2"));
    expect(result.rows.map((r) => r.title)).toEqual(["Babymassage"]);
    const [row] = result.rows;
    expect(row!.centre.slug).toBe("regenbogen");
    expect(row!.nextDates.length).toBe(3);
    for (const date of row!.nextDates) expect(new Date(`${date.date}T00:00:00Z`).getUTCDay()).toBe(2);
  });

  it("filters by age in months or years, weekday, language, cost and category", () => {
    const all = (query: string) => searchGuide(unnaId, { ...filter(query), page: 1 }).total;
    const everything = all("q=");
    expect(all("age=4&ageUnit=months")).toBeLessThan(everything);
    const babies = searchGuide(unnaId, filter("age=4&ageUnit=months&page=1"));
    for (const row of babies.rows) expect(row.ageFromMonths <= 4 && row.ageToMonths >= 4).toBe(true);
    const tuesday = searchGuide(unnaId, filter("weekday=2"));
    for (const row of tuesday.rows) expect(row.scheduleKind === "weekly" ? row.weekdays.includes(2) : true).toBe(true);
    const turkish = searchGuide(unnaId, filter("language=tr"));
    expect(turkish.total).toBeGreaterThan(0);
    for (const row of turkish.rows) expect(row.languages).toContain("tr");
    const free = searchGuide(unnaId, filter("free=1"));
    expect(free.total).toBeGreaterThan(0);
    for (const row of free.rows) expect(row.costCents).toBe(0);
    const early = searchGuide(unnaId, filter("category=fruehe-hilfen"));
    for (const row of early.rows) expect(row.category.key).toBe("fruehe-hilfen");
    expect(all("category=gibt-es-nicht")).toBe(0);
    expect(all("neighbourhood=gibt-es-nicht")).toBe(0);
  });

  it("matches word parts and umlauts through the trigram index, and reads nothing typed as FTS syntax", () => {
    expect(searchGuide(unnaId, filter("q=MASSAGE")).total).toBeGreaterThanOrEqual(2);
    expect(searchGuide(unnaId, filter("q=Rückbildung")).total).toBeGreaterThan(0);
    expect(searchGuide(unnaId, filter('q="AND OR NEAR(* ^')).total).toBe(0);
  });

  it("shows only published offerings of the network's centres whose schedule has not ended", () => {
    const db = getDb();
    const draft = idByRef("A0031");
    const archivedId = idByRef("A0050");
    db.update(offerings).set({ status: "archived" }).where(eq(offerings.id, archivedId)).run();
    const ended = idByRef("A0026");
    db.update(offerings).set({ validUntil: "2020-01-31" }).where(eq(offerings.id, ended)).run();
    const dortmund = networkBySlug("dortmund");
    const category = db.select().from(categories).where(eq(categories.networkId, dortmund.id)).get()!;
    const now = Date.now();
    const foreign = db
      .insert(offerings)
      .values({ networkId: dortmund.id, centreId: centreBySlug("hoerde", "dortmund")!.id, title: "Fremdes Angebot", categoryId: category.id, ageFromMonths: 0, ageToMonths: 1199, scheduleKind: "appointment", status: "published", updatedAt: now, verifiedAt: now })
      .returning()
      .get();
    const ids = new Set<number>();
    const total = searchGuide(unnaId, filter("")).total;
    for (let page = 1; page <= Math.ceil(total / 20); page++) for (const row of searchGuide(unnaId, { ...filter(""), page }).rows) ids.add(row.id);
    expect(ids.size).toBe(total);
    expect(ids.has(draft)).toBe(false);
    expect(ids.has(archivedId)).toBe(false);
    expect(ids.has(ended)).toBe(false);
    expect(ids.has(foreign.id)).toBe(false);
    const published = db.select().from(offerings).where(and(eq(offerings.networkId, unnaId), eq(offerings.status, "published"))).all();
    expect(total).toBe(published.length - 1);
    db.update(offerings).set({ status: "published" }).where(eq(offerings.id, archivedId)).run();
    db.update(offerings).set({ validUntil: null }).where(eq(offerings.id, ended)).run();
  });

  it("pages by 20 and clamps the page number", () => {
    const total = searchGuide(unnaId, filter("")).total;
    const last = Math.ceil(total / 20);
    const beyond = searchGuide(unnaId, filter("page=999"));
    expect(beyond.page).toBe(last);
    expect(beyond.rows.length).toBe(total - 20 * (last - 1));
  });
});

describe("guide pages", () => {
  it("the start page shows the form's choices and no results until something is searched", async () => {
    const { outcome, value } = await call(startRoute.loader as never, "/guide/unna", { as: "anonymous", params: { network: "unna" } });
    expect(outcome).toBe("ok");
    const data = value as Awaited<ReturnType<typeof startRoute.loader>>;
    expect(data.results).toBeNull();
    expect(data.options.neighbourhoods.map((n) => n.slug)).toContain("koenigsborn");
    expect(data.options.languages.map((l) => l.code)).toContain("tr");
    expect(data.options.weekdays[1]).toEqual({ value: "2", label: "Dienstag" });
    const searched = (await call(startRoute.loader as never, "/guide/unna?q=massage", { as: "anonymous", params: { network: "unna" } })).value as typeof data;
    expect(searched.results!.total).toBeGreaterThan(0);
  });

  it("an offering page has what families need and nothing internal; drafts and unknown ids are 404", async () => {
    const id = String(idByRef("A0097"));
    const { outcome, value } = await call(offeringRoute.loader as never, `/guide/unna/offerings/${id}`, { as: "anonymous", params: { network: "unna", id } });
    expect(outcome).toBe("ok");
    const json = JSON.stringify(value);
    expect(json).toContain("Babymassage");
    for (const key of ['"status"', '"version"', '"focusAreas"', '"verifiedBy"', '"updatedBy"', '"ref"', '"certificateValidUntil"', '"networkId"']) expect(json).not.toContain(key);
    const draft = String(idByRef("A0031"));
    expect((await call(offeringRoute.loader as never, `/guide/unna/offerings/${draft}`, { as: "coordinator", params: { network: "unna", id: draft } })).outcome).toBe("notfound");
    expect((await call(offeringRoute.loader as never, "/guide/unna/offerings/abc", { as: "anonymous", params: { network: "unna", id: "abc" } })).outcome).toBe("notfound");
    expect((await call(offeringRoute.loader as never, `/guide/dortmund/offerings/${id}`, { as: "anonymous", params: { network: "dortmund", id } })).outcome).toBe("notfound");
  });

  it("centre and neighbourhood pages list their offerings and calendar subscriptions", async () => {
    const centre = (await call(centreRoute.loader as never, "/guide/unna/centres/regenbogen", { as: "anonymous", params: { network: "unna", centre: "regenbogen" } }))
      .value as Awaited<ReturnType<typeof centreRoute.loader>>;
    expect(centre.offerings.map((o) => o.title)).toContain("Babymassage");
    expect(centre.feed.webcal).toBe("webcal://localhost:3000/feeds/unna/centres/regenbogen.ics");
    expect(JSON.stringify(centre)).not.toContain("certificate");
    const hood = (await call(hoodRoute.loader as never, "/guide/unna/neighbourhoods/koenigsborn", { as: "anonymous", params: { network: "unna", neighbourhood: "koenigsborn" } }))
      .value as Awaited<ReturnType<typeof hoodRoute.loader>>;
    expect(hood.centres.map((c) => c.slug).sort()).toEqual(["regenbogen", "sternschnuppe"]);
    expect(hood.feed.https).toBe("http://localhost:3000/feeds/unna/neighbourhoods/koenigsborn.ics");
    expect((await call(centreRoute.loader as never, "/guide/unna/centres/nope", { as: "anonymous", params: { network: "unna", centre: "nope" } })).outcome).toBe("notfound");
  });

  it("the map page projects the centres and lists them; tiles only when configured", async () => {
    const data = (await call(mapRoute.loader as never, "/guide/unna/map", { as: "anonymous", params: { network: "unna" } })).value as Awaited<ReturnType<typeof mapRoute.loader>>;
    expect(data.map!.points).toHaveLength(8);
    expect(data.tiles).toBeNull();
    process.env.MAP_TILE_URL = "https://tile.example.org/{z}/{x}/{y}.png";
    try {
      const withTiles = (await call(mapRoute.loader as never, "/guide/unna/map", { as: "anonymous", params: { network: "unna" } })).value as typeof data;
      expect(withTiles.tiles!.url).toBe("https://tile.example.org/{z}/{x}/{y}.png");
    } finally {
      delete process.env.MAP_TILE_URL;
    }
  });

  it("/ lists the guides with several networks, and is the guide itself with one", async () => {
    const several = (await call(indexRoute.loader as never, "/", { as: "anonymous", params: {} })).value as { kind: string; guides: { slug: string }[] };
    expect(several.kind).toBe("guides");
    expect(several.guides.map((g) => g.slug).sort()).toEqual(["dortmund", "unna"]);
    const member = await call(indexRoute.loader as never, "/", { as: "leadA", params: {} });
    expect(member.outcome).toBe("redirect");
    // The last test of the file: with the second network gone, / is the demo network's guide.
    getDb().delete(networks).where(eq(networks.slug, "dortmund")).run();
    const single = (await call(indexRoute.loader as never, "/?q=massage", { as: "anonymous", params: {} })).value as {
      kind: string;
      guide: { network: { slug: string }; results: { total: number } | null };
    };
    expect(single.kind).toBe("guide");
    expect(single.guide.network.slug).toBe("unna");
    expect(single.guide.results!.total).toBeGreaterThan(0);
  });
});
