// Two networks on one instance share nothing: every network-level page of the second network, opened
// by its lead and by an admin, shows none of the first network's centres, places, offerings or people.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@db/client.server";
import * as schema from "@db/schema";
import { makeRequest, outcomeOf, personas, seedTwoNetworks, type RouteModule } from "./helpers";
import { matrix } from "./permission-matrix";

const modules = import.meta.glob<RouteModule>("../app/routes/*.tsx", { eager: true });
const routes = new Map(Object.entries(modules).map(([file, mod]) => [file.replace("../app/routes/", "").replace(/\.tsx$/, ""), mod]));

/** Words that only the demo network "unna" has. */
let unnaMarkers: string[] = [];

beforeAll(async () => {
  await seedTwoNetworks();
  const db = getDb();
  const unna = db.select().from(schema.networks).where(eq(schema.networks.slug, "unna")).get()!;
  const centres = db.select({ name: schema.centres.name }).from(schema.centres).where(eq(schema.centres.networkId, unna.id)).all();
  const hoods = db.select({ name: schema.neighbourhoods.name }).from(schema.neighbourhoods).where(eq(schema.neighbourhoods.networkId, unna.id)).all();
  const titles = db.select({ title: schema.offerings.title }).from(schema.offerings).where(eq(schema.offerings.networkId, unna.id)).all();
  const partners = db.select({ name: schema.partners.name }).from(schema.partners).where(eq(schema.partners.networkId, unna.id)).all();
  // Every network has the default categories; titles that are also category words are not unna's own.
  const categoryText = db.select({ de: schema.categories.nameDe, en: schema.categories.nameEn }).from(schema.categories).all().map((c) => `${c.de} ${c.en}`).join(" ");
  unnaMarkers = [
    unna.name,
    ...centres.map((c) => c.name),
    ...hoods.map((h) => h.name).filter((name) => name !== "Hörde"),
    ...partners.map((p) => p.name),
    ...[...new Set(titles.map((t) => t.title))].filter((title) => !categoryText.includes(title)).slice(0, 40),
    "koordination@example.org",
    "leitung.arche@example.org",
  ];
  expect(unnaMarkers.length).toBeGreaterThan(60);
});

const networkPages = matrix.filter(
  (c) => c.kind === "loader" && typeof c.params === "object" && Object.keys(c.params).join() === "network" && c.params.network === "unna",
);

describe("a second network shares nothing with the first", () => {
  it("has network pages to compare", () => {
    expect(networkPages.length).toBeGreaterThan(20);
  });

  for (const entry of networkPages) {
    for (const persona of ["otherNetwork", "admin"] as const) {
      it(`${entry.route} of dortmund as ${persona} shows nothing of unna`, async () => {
        const path = entry.path.replace(/^\/(n|guide)\/unna/, "/$1/dortmund");
        const { outcome, value } = await outcomeOf(routes.get(entry.route)![entry.kind], makeRequest(path, { as: personas[persona] }), { network: "dortmund" });
        if (outcome === "forbidden") return;
        expect(["ok", "redirect"]).toContain(outcome);
        const text = value instanceof Response ? (value.headers.get("Location") ?? "") + (await value.clone().text()) : JSON.stringify(value);
        expect(unnaMarkers.filter((marker) => text.includes(marker))).toEqual([]);
      });
    }
  }
});
