// HSDS 3.0 open data: every exported record validates against the shared schemas (Ajv, unknown fields
// forbidden), ids are stable UUIDs, only visible offerings are in it, and the API pages as HSDS describes.
import { and, eq, ne } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@db/client.server";
import { offeringDates, offerings } from "@db/schema";
import { exportHsds, hsdsServiceIds } from "~/modules/guide/hsds.server";
import { entityUuid } from "~/modules/guide/uuid.server";
import * as servicesRoute from "~/routes/feeds.$network.hsds.services._index";
import * as serviceRoute from "~/routes/feeds.$network.hsds.services.$id";
import { seedTwoNetworks } from "./helpers";
import { hsdsValidator } from "./hsds-validator";
import { call, networkBySlug } from "./network-fixtures";

type Json = Record<string, unknown>;
const baseUrl = "https://familiennetz.example";
const validate = hsdsValidator();
let unna: { id: number; slug: string; name: string };

beforeAll(async () => {
  await seedTwoNetworks();
  const network = networkBySlug("unna");
  unna = { id: network.id, slug: network.slug, name: network.name };
  // One offering with its own place and single dates, one archived, so every branch is exported.
  const db = getDb();
  const [dated, archived] = db.select().from(offerings).where(and(eq(offerings.networkId, unna.id), eq(offerings.status, "published"))).limit(2).all();
  db.update(offerings)
    .set({ scheduleKind: "dates", placeName: "Stadtteilbüro", placeAddress: "Marktplatz 1, 59423 Unna", contactName: "Frau Beispiel", contactEmail: "kurs@example.org", contactPhone: "02303 123456", costNote: "Geschwister frei" })
    .where(eq(offerings.id, dated!.id))
    .run();
  db.insert(offeringDates).values([
    { offeringId: dated!.id, date: "2099-03-03", startTime: "10:00", endTime: "11:30" },
    { offeringId: dated!.id, date: "2099-03-10", startTime: "10:00", endTime: "11:30" },
  ]).run();
  db.update(offerings).set({ status: "archived" }).where(eq(offerings.id, archived!.id)).run();
});

async function fetchJson(fn: (args: never) => unknown, path: string, params: Record<string, string>) {
  const { outcome, status, value } = await call(fn, path, { as: "anonymous", params });
  return { outcome, status, body: outcome === "ok" ? ((await (value as Response).json()) as Json) : null, response: value as Response };
}

describe("HSDS export", () => {
  it("validates every record against the HSDS 3.0 service schema with no unknown field", () => {
    const records = exportHsds({ network: unna, baseUrl });
    expect(records.length).toBeGreaterThan(50);
    for (const record of records) expect(validate(record), JSON.stringify(record).slice(0, 200)).toEqual([]);
  });

  it("catches an unknown field (the validator is strict)", () => {
    const [record] = exportHsds({ network: unna, baseUrl });
    expect(validate({ ...record, colour: "blue" }).length).toBeGreaterThan(0);
    const location = ((record!.service_at_locations as Json[])[0]!.location as Json);
    const broken = { ...record, service_at_locations: [{ ...(record!.service_at_locations as Json[])[0], location: { ...location, zip: "59423" } }] };
    expect(validate(broken).length).toBeGreaterThan(0);
  });

  it("holds exactly the visible offerings: published, of this network, not archived or drafts", () => {
    const records = exportHsds({ network: unna, baseUrl });
    const ids = new Set(records.map((r) => r.id));
    const db = getDb();
    for (const row of db.select().from(offerings).where(eq(offerings.networkId, unna.id)).all()) {
      expect(ids.has(entityUuid("unna", "service", row.id)), `${row.title} (${row.status})`).toBe(row.status === "published");
    }
    const other = db.select().from(offerings).where(ne(offerings.networkId, unna.id)).all();
    for (const row of other) expect(ids.has(entityUuid("unna", "service", row.id))).toBe(false);
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
  });

  it("writes complete records: organisation, location with address, schedules, languages, costs, taxonomy, contacts", () => {
    const records = exportHsds({ network: unna, baseUrl });
    for (const record of records) {
      expect(record.status).toBe("active");
      expect((record.organization as Json).id).toBe(record.organization_id);
      const sal = (record.service_at_locations as Json[])[0]!;
      expect(sal.location_id).toBe((sal.location as Json).id);
      expect((record.schedules as Json[]).length).toBeGreaterThan(0);
      expect((record.languages as Json[]).length).toBeGreaterThan(0);
      expect((record.cost_options as Json[])[0]!.currency).toBe("EUR");
      const term = ((record.attributes as Json[])[0]!.taxonomy_term as Json);
      expect(term.code).toBeTruthy();
      expect(String(record.url)).toMatch(/^https:\/\/familiennetz\.example\/guide\/unna\/offerings\/\d+$/);
    }
    const weekly = records.find((r) => (r.schedules as Json[])[0]!.freq === "WEEKLY" && (r.schedules as Json[])[0]!.byday);
    expect(weekly).toBeTruthy();
    const dated = records.find((r) => (r.service_at_locations as Json[])[0] && ((r.service_at_locations as Json[])[0]!.location as Json).name === "Stadtteilbüro")!;
    expect((dated.schedules as Json[]).map((s) => s.valid_from)).toEqual(["2099-03-03", "2099-03-10"]);
    const address = ((((dated.service_at_locations as Json[])[0]!.location as Json).addresses as Json[])[0]!);
    expect(address).toMatchObject({ address_1: "Marktplatz 1", postal_code: "59423", city: "Unna", country: "DE" });
    expect((dated.contacts as Json[])[0]).toMatchObject({ name: "Frau Beispiel", email: "kurs@example.org" });
    expect((dated.cost_options as Json[])[0]!.amount_description).toBe("Geschwister frei");
  });

  it("keeps ids stable across exports", () => {
    const first = exportHsds({ network: unna, baseUrl }).map((r) => JSON.stringify(r));
    const second = exportHsds({ network: unna, baseUrl }).map((r) => JSON.stringify(r));
    expect(second).toEqual(first);
  });
});

describe("HSDS API /feeds/<network>/hsds/services", () => {
  it("pages as HSDS's API describes, with complete records", async () => {
    const total = hsdsServiceIds(unna.id).length;
    const { outcome, body, response } = await fetchJson(servicesRoute.loader as never, "/feeds/unna/hsds/services?per_page=10&page=2", { network: "unna" });
    expect(outcome).toBe("ok");
    expect(response.headers.get("Content-Type")).toContain("application/json");
    expect(body).toMatchObject({ total_items: total, total_pages: Math.ceil(total / 10), page_number: 2, size: 10, first_page: false, last_page: false, empty: false });
    for (const record of body!.contents as Json[]) expect(validate(record)).toEqual([]);
    const last = await fetchJson(servicesRoute.loader as never, `/feeds/unna/hsds/services?per_page=10&page=${Math.ceil(total / 10)}`, { network: "unna" });
    expect(last.body).toMatchObject({ last_page: true, size: total - 10 * (Math.ceil(total / 10) - 1) });
    const beyond = await fetchJson(servicesRoute.loader as never, "/feeds/unna/hsds/services?page=999", { network: "unna" });
    expect(beyond.body).toMatchObject({ empty: true, size: 0, contents: [] });
  });

  it("serves one service by its UUID and 404 for unknown ones and networks", async () => {
    const [id] = hsdsServiceIds(unna.id);
    const uuid = entityUuid("unna", "service", id!);
    const one = await fetchJson(serviceRoute.loader as never, `/feeds/unna/hsds/services/${uuid}`, { network: "unna", id: uuid });
    expect(one.outcome).toBe("ok");
    expect(one.body!.id).toBe(uuid);
    expect(validate(one.body)).toEqual([]);
    const archived = getDb().select().from(offerings).where(and(eq(offerings.networkId, unna.id), eq(offerings.status, "archived"))).get()!;
    const hidden = entityUuid("unna", "service", archived.id);
    expect((await fetchJson(serviceRoute.loader as never, `/feeds/unna/hsds/services/${hidden}`, { network: "unna", id: hidden })).outcome).toBe("notfound");
    expect((await fetchJson(servicesRoute.loader as never, "/feeds/nowhere/hsds/services", { network: "nowhere" })).outcome).toBe("notfound");
  });
});
