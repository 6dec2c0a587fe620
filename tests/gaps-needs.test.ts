// The gap matrix and needs (Bedarfe): counts against known data, needs CRUD with validation, linking
// offerings, permissions and the CSV exports.
import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@db/client.server";
import { auditLog, categories, needOfferings, needs, neighbourhoods, offerings, overlapFlags, users } from "@db/schema";
import { createNeighbourhood } from "@db/seed/factories";
import { gapMatrix } from "~/modules/needs/gaps.server";
import { needFormValues } from "~/modules/needs/needs.server";
import * as gapsExport from "~/routes/n.$network.gaps.export";
import * as gapsPage from "~/routes/n.$network.gaps._index";
import * as needPage from "~/routes/n.$network.needs.$id";
import * as needsExport from "~/routes/n.$network.needs.export";
import * as needsList from "~/routes/n.$network.needs._index";
import * as needNew from "~/routes/n.$network.needs.new";
import * as offeringPage from "~/routes/n.$network.offerings.$id._index";
import { demoDates, seedTwoNetworks } from "./helpers";
import { call, centreBySlug, expectUnchanged, neighbourhoodByName, networkBySlug } from "./network-fixtures";

const unna = { network: "unna" };
const dortmund = { network: "dortmund" };

function categoryId(network: string, key: string): number {
  return getDb().select().from(categories).where(and(eq(categories.networkId, networkBySlug(network).id), eq(categories.key, key))).get()!.id;
}

function addOffering(input: { network: string; centreId: number; hoodId: number | null; category: string; status?: "draft" | "published" | "archived"; title?: string }) {
  const now = Date.now();
  return getDb()
    .insert(offerings)
    .values({
      networkId: networkBySlug(input.network).id,
      centreId: input.centreId,
      title: input.title ?? `Angebot ${input.category}`,
      categoryId: categoryId(input.network, input.category),
      ageFromMonths: 0,
      ageToMonths: 71,
      neighbourhoodId: input.hoodId,
      scheduleKind: "appointment",
      status: input.status ?? "published",
      updatedAt: now,
      verifiedAt: now,
    })
    .returning()
    .get().id;
}

function addFlag(networkId: number, a: number, b: number, status: "open" | "intentional" = "open") {
  const [low, high] = a < b ? [a, b] : [b, a];
  getDb().insert(overlapFlags).values({ networkId, offeringAId: low, offeringBId: high, score: 0.9, reasons: ["Test"], status, updatedAt: Date.now() }).run();
}

function addNeed(networkId: number, hoodId: number, category: number | null, status: "open" | "met" | "closed" = "open", title = "Bedarf") {
  return getDb().insert(needs).values({ networkId, neighbourhoodId: hoodId, categoryId: category, title, status, updatedAt: Date.now() }).returning().get();
}

function needByTitle(title: string) {
  return getDb().select().from(needs).where(eq(needs.title, title)).get();
}

/** The body with its byte order mark (Response.text() drops it). */
async function csvText(response: Response): Promise<string> {
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());
}

const validNeed = () => ({
  neighbourhoodId: String(neighbourhoodByName("Billmerich")!.id),
  categoryId: String(categoryId("unna", "ferienbetreuung")),
  title: "Ferienspiele in Billmerich",
  description: "Eltern fragen nach Ferienspielen.",
  source: "Elternbefragung 2026",
  ageFrom: "6",
  ageTo: "10",
  ageUnit: "years",
  audiences: ["children"],
});

let hoerde: number;
let aplerbeck: number;
const known: Record<string, number> = {};

beforeAll(async () => {
  await seedTwoNetworks();
  // Known data in the second network: Hörde (2,000 inhabitants) and Aplerbeck (population unknown).
  const network = networkBySlug("dortmund");
  const centre = centreBySlug("hoerde", "dortmund")!;
  hoerde = neighbourhoodByName("Hörde", "dortmund")!.id;
  getDb().update(neighbourhoods).set({ population: 2000 }).where(eq(neighbourhoods.id, hoerde)).run();
  aplerbeck = createNeighbourhood(getDb(), { networkId: network.id, name: "Aplerbeck" }).id;
  known.eb1 = addOffering({ network: "dortmund", centreId: centre.id, hoodId: hoerde, category: "erziehungsberatung" });
  known.eb2 = addOffering({ network: "dortmund", centreId: centre.id, hoodId: hoerde, category: "erziehungsberatung" });
  addOffering({ network: "dortmund", centreId: centre.id, hoodId: hoerde, category: "erziehungsberatung", status: "draft" });
  known.bildung = addOffering({ network: "dortmund", centreId: centre.id, hoodId: hoerde, category: "elternbildung" });
  addOffering({ network: "dortmund", centreId: centre.id, hoodId: aplerbeck, category: "elternbildung", status: "archived" });
  addOffering({ network: "dortmund", centreId: centre.id, hoodId: null, category: "elternbildung" });
  addFlag(network.id, known.eb1!, known.eb2!);
  addFlag(network.id, known.eb1!, known.bildung!);
  addFlag(network.id, known.eb2!, known.bildung!, "intentional");
  addNeed(network.id, hoerde, categoryId("dortmund", "elternbildung"));
  addNeed(network.id, hoerde, null);
  addNeed(network.id, hoerde, categoryId("dortmund", "erziehungsberatung"), "met");
});

describe("gap matrix", () => {
  it("counts published offerings, open overlaps and open needs per cell, with offerings per 1,000", () => {
    const matrix = gapMatrix(networkBySlug("dortmund").id);
    const column = (key: string) => matrix.categories.findIndex((c) => c.key === key);
    expect(matrix.categories.length).toBe(18);
    expect(matrix.categories.map((c) => c.area)).toEqual([...matrix.categories.map((c) => c.area)].sort());
    expect(matrix.rows.map((r) => r.name)).toEqual(["Aplerbeck", "Hörde"]);
    const [apl, hoe] = matrix.rows;
    expect(hoe).toMatchObject({ population: 2000, offerings: 3, perThousand: 1.5, needs: 2, overlaps: 2, gaps: 16 });
    expect(hoe!.cells[column("erziehungsberatung")]).toMatchObject({ offerings: 2, overlaps: 2, needs: 0, gap: false, perThousand: 1 });
    expect(hoe!.cells[column("elternbildung")]).toMatchObject({ offerings: 1, overlaps: 1, needs: 1, gap: false, perThousand: 0.5 });
    expect(hoe!.cells[column("ferienbetreuung")]).toMatchObject({ offerings: 0, gap: true, perThousand: 0 });
    expect(apl).toMatchObject({ population: null, offerings: 0, perThousand: null, needs: 0, overlaps: 0, gaps: 18 });
    expect(matrix.totals).toMatchObject({ offerings: 3, needs: 2, overlaps: 2, gaps: 34, population: 2000 });
  });

  it("filters by performance area, gaps and needs", () => {
    const id = networkBySlug("dortmund").id;
    const lb1 = gapMatrix(id, { area: "LB1", gapsOnly: false, needsOnly: false });
    expect(new Set(lb1.categories.map((c) => c.area))).toEqual(new Set(["LB1"]));
    expect(lb1.rows.find((r) => r.name === "Hörde")).toMatchObject({ offerings: 2, needs: 0, overlaps: 2 });
    const withNeeds = gapMatrix(id, { area: "", gapsOnly: false, needsOnly: true });
    expect(withNeeds.rows.map((r) => r.name)).toEqual(["Hörde"]);
    const gapsOnly = gapMatrix(id, { area: "", gapsOnly: true, needsOnly: false });
    // Every category is a gap in Aplerbeck, so all columns stay.
    expect(gapsOnly.categories.length).toBe(18);
    expect(gapsOnly.rows.length).toBe(2);
  });

  it("shows the demo's districts without any offering as gaps, and agrees with the offering counts", async () => {
    const { outcome, value } = await call(gapsPage.loader, "/n/unna/gaps", { as: "coordinator", params: unna });
    expect(outcome).toBe("ok");
    const matrix = (value as { matrix: ReturnType<typeof gapMatrix> }).matrix;
    for (const name of ["Alte Heide", "Afferde", "Mühlhausen", "Westhemmerde", "Billmerich"]) {
      const row = matrix.rows.find((r) => r.name === name)!;
      expect(row.offerings, name).toBe(0);
      expect(row.gaps, name).toBe(matrix.categories.length);
    }
    expect(matrix.rows.find((r) => r.name === "Alte Heide")!.needs).toBe(1);
    const koenigsborn = neighbourhoodByName("Königsborn")!;
    const published = getDb()
      .select({ n: sql<number>`count(*)` })
      .from(offerings)
      .where(and(eq(offerings.neighbourhoodId, koenigsborn.id), eq(offerings.status, "published")))
      .get()!.n;
    const row = matrix.rows.find((r) => r.name === "Königsborn")!;
    expect(row.offerings).toBe(published);
    expect(row.perThousand).toBe(Math.round((published / 11800) * 100000) / 100);
    expect(row.gaps).toBeGreaterThan(0);
  });

  it("exports the matrix as CSV for German Excel", async () => {
    const { outcome, value } = await call(gapsExport.loader, "/n/unna/gaps/export?area=LB3", { as: "staffA", params: unna });
    expect(outcome).toBe("ok");
    const response = value as Response;
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toMatch(/filename="gaps-unna-\d{4}-\d{2}-\d{2}\.csv"/);
    const text = await csvText(response);
    expect(text.startsWith("\uFEFF")).toBe(true);
    const lines = text.slice(1).trim().split("\r\n");
    expect(lines[0]).toBe("neighbourhood;population;area;category_key;category;offerings;offerings_per_1000;gap;open_overlaps;open_needs");
    expect(lines.length).toBe(1 + 14 * 2);
    expect(lines).toContain("Alte Heide;4200;LB3;tagespflege-vermittlung;Vermittlung und Beratung Kindertagespflege;0;0;ja;0;0");
  });

  it("refuses people of other networks", async () => {
    await expectUnchanged("forbidden", () => call(gapsPage.loader, "/n/unna/gaps", { as: "otherNetwork", params: unna }));
    await expectUnchanged("forbidden", () => call(gapsExport.loader, "/n/unna/gaps/export", { as: "otherNetwork", params: unna }));
  });
});

describe("needs", () => {
  it("a staff member reports a need: saved for the centre, audited, shown open in the matrix", async () => {
    const before = gapMatrix(networkBySlug("unna").id).rows.find((r) => r.name === "Billmerich")!;
    const { outcome, value } = await call(needNew.action, "/n/unna/needs/new", { as: "staffA", params: unna, form: { ...validNeed(), status: "met" } });
    expect(outcome).toBe("redirect");
    const need = needByTitle("Ferienspiele in Billmerich")!;
    expect((value as Response).headers.get("Location")).toBe(`/n/unna/needs/${need.id}?done=created`);
    expect(need).toMatchObject({ status: "open", ageFromMonths: 72, ageToMonths: 131, audiences: ["children"], source: "Elternbefragung 2026", centreId: centreBySlug("arche")!.id });
    expect(getDb().select().from(users).where(eq(users.id, need.reportedBy!)).get()!.email).toBe("team.arche@example.org");
    expect(getDb().select().from(auditLog).where(and(eq(auditLog.entity, "need"), eq(auditLog.entityId, String(need.id)))).all().map((a) => a.action)).toEqual(["create"]);
    const after = gapMatrix(networkBySlug("unna").id).rows.find((r) => r.name === "Billmerich")!;
    expect(after.needs).toBe(before.needs + 1);
  });

  const invalid: [string, Record<string, string | string[]>][] = [
    ["no title", { title: "" }],
    ["a neighbourhood of another network", { neighbourhoodId: "999999" }],
    ["a category of another network", { categoryId: "__dortmund__" }],
    ["ages reversed", { ageFrom: "6", ageTo: "3" }],
    ["markup in the text", { description: "<script>alert(1)</script>" }],
    ["an overlong title", { title: "x".repeat(161) }],
    ["an overlong description", { description: "x".repeat(2001) }],
    ["an unknown status", { status: "done" }],
  ];
  for (const [label, change] of invalid) {
    it(`refuses ${label} with a field error and saves nothing`, async () => {
      const form = { ...validNeed(), title: `Ungültig ${label}`, ...change };
      if (form.categoryId === "__dortmund__") form.categoryId = String(categoryId("dortmund", "ferienbetreuung"));
      if (label.includes("neighbourhood")) form.neighbourhoodId = String(hoerde);
      let reply: { result: { error: Record<string, string[] | null> } } | undefined;
      await expectUnchanged("invalid", async () => {
        const result = await call(needNew.action, "/n/unna/needs/new", { as: "staffA", params: unna, form });
        reply = result.value as typeof reply;
        return result;
      });
      expect(Object.values(reply!.result.error).filter((e) => e?.length).length).toBeGreaterThan(0);
    });
  }

  it("editing: the reporter, the lead of the reporter's centre and the coordinator; not another centre's lead", async () => {
    const need = needByTitle("Babymassage in Alte Heide")!;
    const params = { network: "unna", id: String(need.id) };
    const form = { intent: "update", ...needFormValues(need), status: "met" };
    await expectUnchanged("forbidden", () => call(needPage.action, `/n/unna/needs/${need.id}`, { as: "leadB", params, form }));
    await expectUnchanged("forbidden", () => call(needPage.action, `/n/unna/needs/${need.id}`, { as: "otherNetwork", params, form }));
    const loaded = await call(needPage.loader, `/n/unna/needs/${need.id}`, { as: "leadB", params });
    expect((loaded.value as { canEdit: boolean }).canEdit).toBe(false);
    expect((await call(needPage.action, `/n/unna/needs/${need.id}`, { as: "leadA", params, form })).outcome).toBe("redirect");
    expect(needByTitle("Babymassage in Alte Heide")!.status).toBe("met");
    const reopen = { ...form, status: "open" };
    expect((await call(needPage.action, `/n/unna/needs/${need.id}`, { as: "coordinator", params, form: reopen })).outcome).toBe("redirect");
    expect((await call(needPage.action, `/n/unna/needs/${need.id}`, { as: "staffA", params, form: { ...reopen, title: "Babymassage in Alte Heide" } })).outcome).toBe("redirect");
    expect(needByTitle("Babymassage in Alte Heide")!.status).toBe("open");
    // Invalid edits change nothing.
    await expectUnchanged("invalid", () => call(needPage.action, `/n/unna/needs/${need.id}`, { as: "coordinator", params, form: { ...reopen, ageFrom: "5", ageTo: "2" } }));
  });

  it("a need of another network is not found", async () => {
    const other = addNeed(networkBySlug("dortmund").id, hoerde, null, "open", "Dortmunder Bedarf");
    const params = { network: "unna", id: String(other.id) };
    expect((await call(needPage.loader, `/n/unna/needs/${other.id}`, { as: "coordinator", params })).outcome).toBe("notfound");
    await expectUnchanged("notfound", () => call(needPage.action, `/n/unna/needs/${other.id}`, { as: "coordinator", params, form: { intent: "delete", confirm: "yes" } }));
  });

  it("deleting needs a confirmation and is audited", async () => {
    const need = needByTitle("Ferienspiele in Billmerich")!;
    const params = { network: "unna", id: String(need.id) };
    await expectUnchanged("invalid", () => call(needPage.action, "/n/unna/needs/x", { as: "staffA", params, form: { intent: "delete" } }));
    await expectUnchanged("forbidden", () => call(needPage.action, "/n/unna/needs/x", { as: "leadB", params, form: { intent: "delete", confirm: "yes" } }));
    const { outcome } = await call(needPage.action, "/n/unna/needs/x", { as: "staffA", params, form: { intent: "delete", confirm: "yes" } });
    expect(outcome).toBe("redirect");
    expect(needByTitle("Ferienspiele in Billmerich")).toBeUndefined();
    expect(getDb().select().from(auditLog).where(and(eq(auditLog.entity, "need"), eq(auditLog.entityId, String(need.id)), eq(auditLog.action, "delete"))).all()).toHaveLength(1);
  });

  it("links offerings only of the same network that the person may edit", async () => {
    const need = needByTitle("Deutschkurs für Väter in Königsborn")!;
    const params = { network: "unna", id: String(need.id) };
    const publishedOf = (slug: string) =>
      getDb().select().from(offerings).where(and(eq(offerings.centreId, centreBySlug(slug)!.id), eq(offerings.status, "published"))).get()!.id;
    const arche = publishedOf("arche");
    const regenbogen = publishedOf("regenbogen");
    const linked = () => getDb().select().from(needOfferings).where(eq(needOfferings.needId, need.id)).all().map((r) => r.offeringId).sort((a, b) => a - b);

    await expectUnchanged("forbidden", () => call(needPage.action, "/n/unna/needs/x", { as: "staffA", params, form: { intent: "link", offeringId: String(regenbogen) } }));
    await expectUnchanged("invalid", () => call(needPage.action, "/n/unna/needs/x", { as: "coordinator", params, form: { intent: "link", offeringId: String(known.eb1) } }));
    await expectUnchanged("invalid", () => call(needPage.action, "/n/unna/needs/x", { as: "coordinator", params, form: { intent: "link", offeringId: "abc" } }));
    expect((await call(needPage.action, "/n/unna/needs/x", { as: "staffA", params, form: { intent: "link", offeringId: String(arche) } })).outcome).toBe("redirect");
    expect((await call(needPage.action, "/n/unna/needs/x", { as: "coordinator", params, form: { intent: "link", offeringId: String(regenbogen) } })).outcome).toBe("redirect");
    expect(linked()).toEqual([arche, regenbogen].sort((a, b) => a - b));

    const page = await call(needPage.loader, `/n/unna/needs/${need.id}?anywhere=1`, { as: "staffA", params });
    const data = page.value as { linked: { id: number; canUnlink: boolean }[]; candidates: { id: number; centreName: string }[] };
    expect(data.linked.find((o) => o.id === regenbogen)!.canUnlink).toBe(false);
    expect(data.candidates.every((o) => o.centreName === "Familienzentrum Arche")).toBe(true);
    expect(data.candidates.some((o) => o.id === arche)).toBe(false);

    await expectUnchanged("forbidden", () => call(needPage.action, "/n/unna/needs/x", { as: "staffA", params, form: { intent: "unlink", offeringId: String(regenbogen) } }));
    expect((await call(needPage.action, "/n/unna/needs/x", { as: "leadA", params, form: { intent: "unlink", offeringId: String(arche) } })).outcome).toBe("redirect");
    expect(linked()).toEqual([regenbogen]);
  });

  it("lists open needs first, with filters", async () => {
    const { value } = await call(needsList.loader, "/n/unna/needs", { as: "leadB", params: unna });
    const list = (value as { needs: { title: string; status: string }[] }).needs;
    const firstClosed = list.findIndex((n) => n.status !== "open");
    expect(firstClosed).toBeGreaterThan(0);
    expect(list.slice(firstClosed).every((n) => n.status !== "open")).toBe(true);
    expect(list.map((n) => n.title)).toContain("Beratung bei Geldsorgen in Königsborn");
    const filtered = await call(needsList.loader, "/n/unna/needs?neighbourhood=koenigsborn&status=open", { as: "leadB", params: unna });
    expect((filtered.value as { needs: { title: string }[] }).needs.map((n) => n.title)).toEqual(["Deutschkurs für Väter in Königsborn"]);
  });

  it("exports needs as CSV with the answering offerings", async () => {
    const { outcome, value } = await call(needsExport.loader, "/n/unna/needs/export", { as: "staffA", params: unna });
    expect(outcome).toBe("ok");
    const response = value as Response;
    expect(response.headers.get("Content-Disposition")).toMatch(/filename="needs-unna-\d{4}-\d{2}-\d{2}\.csv"/);
    const text = await csvText(response);
    expect(text.startsWith("\uFEFF")).toBe(true);
    const [header, ...rows] = text.slice(1).trim().split("\r\n");
    expect(header).toBe("id;neighbourhood;category_key;category;title;description;age_from_months;age_to_months;audiences;source;status;reported_by;centre;created;answered_by");
    const met = rows.find((r) => r.includes("Beratung bei Geldsorgen in Königsborn"))!;
    expect(met).toContain(";met;");
    expect(met).toMatch(/\(Familienzentrum [^)]+\)/);
    // The demo's needs come from the parents' survey, named by the year it was held.
    const survey = `Elternbefragung ${demoDates().evidence.survey.slice(0, 4)}`;
    expect(rows.some((r) => r.includes("Babymassage in Alte Heide;") && r.includes(survey))).toBe(true);
    await expectUnchanged("forbidden", () => call(needsExport.loader, "/n/unna/needs/export", { as: "otherNetwork", params: unna }));
    // The second network's lead exports only that network's needs.
    const own = await csvText((await call(needsExport.loader, "/n/dortmund/needs/export", { as: "otherNetwork", params: dortmund })).value as Response);
    expect(own).not.toContain("Babymassage");
  });

  it("the demo's met need is answered by a linked offering, and the offering page says so", async () => {
    const need = needByTitle("Beratung bei Geldsorgen in Königsborn")!;
    const links = getDb().select().from(needOfferings).where(eq(needOfferings.needId, need.id)).all();
    expect(links).toHaveLength(1);
    const id = String(links[0]!.offeringId);
    const { value } = await call(offeringPage.loader, `/n/unna/offerings/${id}`, { as: "staffA", params: { network: "unna", id } });
    expect((value as { answersNeeds: { id: number; title: string }[] }).answersNeeds).toEqual([{ id: need.id, title: need.title }]);
  });
});
