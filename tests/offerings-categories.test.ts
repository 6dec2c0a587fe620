// The categories page: add, rename, retire and reactivate categories, and the network's stale period.
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@db/client.server";
import { categories, networks } from "@db/schema";
import { formChoices } from "~/modules/offerings/form.server";
import { listOfferings, parseOfferingFilter } from "~/modules/offerings/queries.server";
import * as page from "~/routes/n.$network.categories";
import { seedTwoNetworks } from "./helpers";
import { auditFor, call, centreBySlug, expectUnchanged, fieldErrors, networkBySlug } from "./network-fixtures";
import { categoryId } from "./offerings-fixtures";

beforeAll(async () => {
  await seedTwoNetworks();
});

const unna = { network: "unna" };
const post = (form: Record<string, string>, as: "coordinator" | "admin" | "leadA" = "coordinator") => call(page.action, "/n/unna/categories", { as, params: unna, form });
const location = (value: unknown) => (value as Response).headers.get("Location");
const byKey = (key: string, network = "unna") =>
  getDb().select().from(categories).where(and(eq(categories.networkId, networkBySlug(network).id), eq(categories.key, key))).get();

describe("categories", () => {
  it("lists the network's categories with the number of offerings in each", async () => {
    const { value } = await call(page.loader, "/n/unna/categories?edit=" + categoryId("gesundheit"), { as: "coordinator", params: unna });
    const data = value as Awaited<ReturnType<typeof page.loader>>;
    expect(data.categories.length).toBeGreaterThanOrEqual(18);
    expect(data.categories.reduce((sum, c) => sum + c.offerings, 0)).toBe(97);
    expect(data.editing).toMatchObject({ key: "gesundheit", area: "LB1" });
    expect(data.areas.map((a) => a.id)).toEqual(["LB1", "LB2", "LB3", "LB4"]);
  });

  it("adds a category with a key from the name, audited; keys and names are unique in the network", async () => {
    const result = await post({ intent: "add", nameDe: "Familiencafé für Väter", nameEn: "Fathers' café", area: "LB2" });
    expect(location(result.value)).toBe("/n/unna/categories?done=category-created");
    const row = byKey("familiencafe-fuer-vaeter")!;
    expect(row).toMatchObject({ nameDe: "Familiencafé für Väter", nameEn: "Fathers' café", area: "LB2", retired: false });
    expect(auditFor("category", row.id)[0]).toMatchObject({ action: "create", actorName: "Netzwerkkoordination Unna" });
    const withKey = await post({ intent: "add", key: "lesen", nameDe: "Lesen und Vorlesen", nameEn: "Reading", area: "LB2" });
    expect(withKey.outcome).toBe("redirect");
    expect(byKey("lesen")).toBeDefined();

    const taken = await expectUnchanged("invalid", () => post({ intent: "add", key: "lesen", nameDe: "Noch mal lesen", nameEn: "Reading again", area: "LB2" }));
    expect(fieldErrors(taken)).toEqual({ key: ["categories.keyTaken"] });
    const sameName = await expectUnchanged("invalid", () => post({ intent: "add", nameDe: "lesen und vorlesen", nameEn: "x", area: "LB2" }));
    expect(fieldErrors(sameName)).toEqual({ nameDe: ["categories.nameTaken"] });
    const bad = await expectUnchanged("invalid", () => post({ intent: "add", key: "Gross Buchstaben", nameDe: "<b>x</b>", nameEn: "", area: "LB9" }));
    expect(fieldErrors(bad)).toMatchObject({ key: ["categories.keyInvalid"], nameDe: ["form.noMarkup"], nameEn: ["form.required"], area: ["categories.areaInvalid"] });
    // Another network may use the same key.
    expect(byKey("lesen", "dortmund")).toBeUndefined();
  });

  it("renames a category in both languages and changes its area", async () => {
    const id = categoryId("offener-treff");
    const result = await post({ intent: "update", id: String(id), nameDe: "Offener Treff und Elterncafé", nameEn: "Drop-in and parents' café", area: "LB2" });
    expect(location(result.value)).toBe("/n/unna/categories?done=category-saved");
    expect(byKey("offener-treff")).toMatchObject({ nameDe: "Offener Treff und Elterncafé", nameEn: "Drop-in and parents' café", area: "LB2" });
    expect(auditFor("category", id).at(-1)!.summary).toMatchObject({ nameDe: [expect.any(String), "Offener Treff und Elterncafé"] });
    // The offering lists show the new name.
    const network = getDb().select().from(networks).where(eq(networks.slug, "unna")).get()!;
    const rows = listOfferings(parseOfferingFilter(new URLSearchParams("category=offener-treff&status=all")), { network }).rows;
    expect(rows.every((r) => r.categoryDe === "Offener Treff und Elterncafé")).toBe(true);
    // A category of another network is not found.
    const foreign = getDb().select().from(categories).where(eq(categories.networkId, networkBySlug("dortmund").id)).get()!;
    await expectUnchanged("notfound", () => post({ intent: "update", id: String(foreign.id), nameDe: "Übernommen", nameEn: "Taken", area: "LB1" }));
  });

  it("retires a category: not offered in forms any more, offerings keep it; reactivating brings it back", async () => {
    const id = categoryId("sozialberatung");
    const arche = centreBySlug("arche")!;
    expect(location((await post({ intent: "retire", id: String(id) })).value)).toBe("/n/unna/categories?done=category-retired");
    expect(byKey("sozialberatung")!.retired).toBe(true);
    expect(formChoices(arche.networkId, arche).categories.map((c) => c.id)).not.toContain(id);
    const count = getDb().$client.prepare("select count(*) from offerings where category_id = ?").pluck().get(id) as number;
    expect(count).toBeGreaterThan(0);
    expect(location((await post({ intent: "reactivate", id: String(id) })).value)).toBe("/n/unna/categories?done=category-reactivated");
    expect(byKey("sozialberatung")!.retired).toBe(false);
    expect(auditFor("category", id).map((e) => e.summary)).toEqual([{ retired: [false, true] }, { retired: [true, false] }]);
  });

  it("sets the stale period (1 to 36 months), audited", async () => {
    expect(location((await post({ intent: "stale", staleAfterMonths: "12" }, "admin")).value)).toBe("/n/unna/categories?done=stale");
    expect(networkBySlug("unna").staleAfterMonths).toBe(12);
    expect(auditFor("network", networkBySlug("unna").id).at(-1)).toMatchObject({ summary: { staleAfterMonths: [6, 12] } });
    const network = networkBySlug("unna");
    expect(listOfferings(parseOfferingFilter(new URLSearchParams("stale=1")), { network }).total).toBe(0);
    for (const months of ["0", "37", "abc", ""]) {
      const value = await expectUnchanged("invalid", () => post({ intent: "stale", staleAfterMonths: months }));
      expect(fieldErrors(value).staleAfterMonths?.[0]).toMatch(/^(categories\.staleInvalid|form\.required)$/);
    }
    await post({ intent: "stale", staleAfterMonths: "6" });
    expect(listOfferings(parseOfferingFilter(new URLSearchParams("stale=1")), { network: networkBySlug("unna") }).total).toBe(6);
  });

  it("is for coordinators and admins only", async () => {
    await expectUnchanged("forbidden", () => call(page.loader, "/n/unna/categories", { as: "leadA", params: unna }));
    await expectUnchanged("forbidden", () => post({ intent: "retire", id: String(categoryId("gesundheit")) }, "leadA"));
    await expectUnchanged("forbidden", () => call(page.action, "/n/unna/categories", { as: "otherNetwork", params: unna, form: { intent: "stale", staleAfterMonths: "3" } }));
    await expectUnchanged("invalid", () => post({ intent: "nonsense" }));
  });
});
