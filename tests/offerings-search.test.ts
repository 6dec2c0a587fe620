// Offering lists: full-text search (FTS5 trigram), filters, sort, pages, stale counts — on the demo data.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@db/client.server";
import { networks } from "@db/schema";
import { eq } from "drizzle-orm";
import { isStale } from "~/modules/offerings/offerings.server";
import { filterQuery, listOfferings, pageSize, parseOfferingFilter, searchCondition, staleBefore } from "~/modules/offerings/queries.server";
import * as centreList from "~/routes/n.$network.centres.$centre.offerings";
import * as networkList from "~/routes/n.$network.offerings._index";
import { seedTwoNetworks } from "./helpers";
import { call } from "./network-fixtures";
import { centreId } from "./offerings-fixtures";

let network: typeof networks.$inferSelect;

beforeAll(async () => {
  await seedTwoNetworks();
  network = getDb().select().from(networks).where(eq(networks.slug, "unna")).get()!;
});

function list(query: string, centre?: string) {
  const filter = parseOfferingFilter(new URLSearchParams(query));
  return listOfferings(filter, { network, centreId: centre ? centreId(centre) : undefined });
}

const titles = (query: string, centre?: string) => {
  const all: string[] = [];
  const first = list(query, centre);
  for (let page = 1; page <= first.pages; page++) all.push(...list(`${query}&page=${page}`, centre).rows.map((r) => r.title));
  return all;
};

describe("full-text search", () => {
  it("finds word parts: 'massage' finds 'Babymassage' and 'Massage für Neugeborene'", () => {
    const found = titles("q=massage");
    expect(found).toContain("Babymassage");
    expect(found).toContain("Massage für Neugeborene");
    expect(found.every((t) => /massage/i.test(t))).toBe(true);
  });

  it("ignores case and umlauts: 'SÄUGLING' and 'saugling' find the text 'mit Säugling'", () => {
    const upper = titles("q=SÄUGLING");
    expect(upper).toContain("PEKiP – Spiel und Bewegung im ersten Lebensjahr");
    expect(titles("q=saugling")).toEqual(upper);
    expect(titles("q=Säugling")).toEqual(upper);
  });

  it("searches the description too and needs every term", () => {
    expect(titles("q=Kontopfändung")).toEqual(expect.arrayContaining(["Schuldnerberatung"]));
    const both = titles("q=massage+neugeborene");
    expect(both.length).toBeGreaterThan(0);
    expect(both.every((t) => t === "Massage für Neugeborene")).toBe(true);
    expect(titles("q=massage+kontopfändung")).toEqual([]);
  });

  it("matches short terms (under three characters) against the title", () => {
    const found = titles("q=Ba");
    expect(found).toContain("Babymassage");
    expect(found.every((t) => t.toLowerCase().includes("ba"))).toBe(true);
  });

  it("never passes input to MATCH as syntax", () => {
    for (const q of ['"', "massage OR", "*", "NEAR(massage", "title:massage", "a'b", "\\%_", "-", "(", '""massage""']) {
      expect(() => list(`q=${encodeURIComponent(q)}`)).not.toThrow();
    }
    // "OR" is a word like any other (shorter than three letters: looked for in the title).
    const or = titles(`q=${encodeURIComponent("massage OR")}`);
    expect(or).toContain("Massage für Neugeborene");
    expect(or.every((t) => /massage/i.test(t) && /or/i.test(t))).toBe(true);
    expect(searchCondition("   ")).toBeNull();
  });
});

describe("filters, sort and pages", () => {
  it("filters by neighbourhood, category and centre", () => {
    const hood = list("neighbourhood=hemmerde");
    expect(hood.total).toBeGreaterThan(0);
    expect(hood.rows.every((r) => r.neighbourhood === "Hemmerde")).toBe(true);
    const category = list("category=sozialberatung");
    expect(category.rows.length).toBeGreaterThan(0);
    expect(category.rows.every((r) => r.categoryDe === "Sozial- und Schuldnerberatung")).toBe(true);
    const centre = list("centre=arche&status=all");
    expect(centre.total).toBe(12);
    expect(centre.rows.every((r) => r.centreSlug === "arche")).toBe(true);
  });

  it("filters by a child's age in years or months (overlapping the offering's age range)", () => {
    const twoYears = list("age=2&status=all");
    expect(twoYears.total).toBeGreaterThan(0);
    expect(twoYears.rows.every((r) => r.ageFromMonths <= 35 && r.ageToMonths >= 24)).toBe(true);
    const sixMonths = titles("age=6&ageUnit=months&status=all");
    expect(sixMonths).toContain("Massage für Neugeborene");
    expect(sixMonths).not.toContain("Fit für die Schule – Vorschulgruppe");
    expect(titles("age=40&status=all")).toContain("Schuldnerberatung");
  });

  it("filters by weekday and language", () => {
    const tuesday = list("weekday=2&status=all");
    expect(tuesday.total).toBeGreaterThan(0);
    expect(tuesday.rows.every((r) => r.scheduleKind === "weekly" && r.weekdays.includes(2))).toBe(true);
    const turkish = list("language=tr");
    expect(turkish.total).toBeGreaterThan(0);
    const ids = turkish.rows.map((r) => r.id);
    const languages = getDb().$client.prepare(`select languages from offerings where id in (${ids.join(",")})`).all() as { languages: string }[];
    expect(languages.every((l) => JSON.parse(l.languages).includes("tr"))).toBe(true);
  });

  it("shows everything but archived by default; drafts and archived ones on request", () => {
    const all = list("status=all").total;
    const drafts = titles("status=draft");
    expect(drafts.sort()).toEqual(["Entwicklungsberatung für Kleinkinder", "Zurück in den Job – Beratung für Eltern"]);
    const archivedCount = list("status=archived").total;
    expect(list("").total).toBe(all - archivedCount);
    expect(list("status=published").total).toBe(all - archivedCount - drafts.length);
  });

  it("marks and filters stale offerings (the demo has six, not confirmed for eight months)", () => {
    const stale = list("stale=1");
    expect(stale.total).toBe(6);
    expect(stale.staleCount).toBe(6);
    expect(stale.rows.every((r) => r.stale && isStale(r.verifiedAt, network.staleAfterMonths))).toBe(true);
    expect(list("").rows.filter((r) => r.stale).every((r) => r.verifiedAt < staleBefore(6))).toBe(true);
    // Per centre: Arche has two stale offerings.
    expect(list("", "arche").staleCount).toBe(2);
  });

  it("sorts by title, centre, last change and oldest confirmation", () => {
    const byTitle = titles("");
    const collator = new Intl.Collator("de", { sensitivity: "base", ignorePunctuation: false });
    expect(byTitle.indexOf("Vätertreff")).toBeLessThan(byTitle.indexOf("Vorschulprogramm"));
    for (let i = 1; i < byTitle.length; i++) expect(collator.compare(byTitle[i - 1]!, byTitle[i]!), `${byTitle[i - 1]} before ${byTitle[i]}`).toBeLessThanOrEqual(0);
    const byCentre = list("sort=centre").rows.map((r) => r.centreName);
    expect(byCentre).toEqual([...byCentre].sort());
    const verified = list("sort=verified").rows.map((r) => r.verifiedAt);
    expect(verified).toEqual([...verified].sort((a, b) => a - b));
    expect(list("sort=verified").rows[0]!.stale).toBe(true);
    const updated = list("sort=updated").rows.map((r) => r.updatedAt);
    expect(updated).toEqual([...updated].sort((a, b) => b - a));
  });

  it("pages by 25; a page past the end shows the last page", () => {
    const first = list("status=all");
    expect(first.rows).toHaveLength(pageSize);
    expect(first.pages).toBe(Math.ceil(first.total / pageSize));
    const last = list(`status=all&page=${first.pages}`);
    expect(last.rows.length).toBe(first.total - (first.pages - 1) * pageSize);
    expect(list("status=all&page=999").page).toBe(first.pages);
    const ids = new Set(titles("status=all"));
    expect(ids.size).toBeGreaterThan(50);
  });

  it("ignores malformed filter values and writes only non-default ones back", () => {
    const filter = parseOfferingFilter(new URLSearchParams("q=x&neighbourhood=<b>&age=abc&weekday=9&language=deu&status=nope&sort=evil&page=-3"));
    expect(filter).toMatchObject({ q: "x", neighbourhood: "", age: "", weekday: "", language: "", status: "active", sort: "title", page: 1 });
    expect(filterQuery(filter)).toBe("?q=x");
    expect(filterQuery(filter, { page: 2, stale: true })).toBe("?q=x&stale=1&page=2");
  });
});

describe("list pages", () => {
  it("the network list loader reads the filters from the URL", async () => {
    const { outcome, value } = await call(networkList.loader, "/n/unna/offerings?q=massage&neighbourhood=luenern", { as: "staffA", params: { network: "unna" } });
    expect(outcome).toBe("ok");
    const data = value as Awaited<ReturnType<typeof networkList.loader>>;
    expect(data.filter).toMatchObject({ q: "massage", neighbourhood: "luenern" });
    expect(data.rows.map((r) => r.title)).toEqual(["Babymassage"]);
    expect(data.staleCount).toBe(6);
    expect(data.canCreate).toBe(true);
    expect(data.canManageTaxonomy).toBe(false);
  });

  it("the centre list shows only that centre's offerings, whatever the centre filter says", async () => {
    const { value } = await call(centreList.loader, "/n/unna/centres/arche/offerings?centre=regenbogen&status=all", {
      as: "leadB",
      params: { network: "unna", centre: "arche" },
    });
    const data = value as Awaited<ReturnType<typeof centreList.loader>>;
    expect(data.total).toBe(12);
    expect(data.rows.every((r) => r.centreSlug === "arche")).toBe(true);
    expect(data.staleCount).toBe(2);
    expect(data.canCreate).toBe(false);
  });

  it("pagination links keep the filters", async () => {
    const { value } = await call(networkList.loader, "/n/unna/offerings?status=all&sort=centre&page=2", { as: "coordinator", params: { network: "unna" } });
    const data = value as Awaited<ReturnType<typeof networkList.loader>>;
    expect(data.page).toBe(2);
    expect(data.pageQueries).toEqual({ 1: "?status=all&sort=centre", 3: "?status=all&sort=centre&page=3" });
    expect(data.canManageTaxonomy).toBe(true);
  });
});
