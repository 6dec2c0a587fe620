// Overlap flags follow the offerings: the demo seed ends with explained flags; edits, archiving and new
// offerings update only the flags of the offering concerned (no full rescan); decided flags reopen only
// on material changes; one centre's offerings and other networks are never mixed.
import { and, eq, or } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@db/client.server";
import { overlapFlags } from "@db/schema";
import { findSimilar, recordDecisionFingerprints, scanNetwork } from "~/modules/overlaps/flags.server";
import { defaultModel } from "~/modules/overlaps/model";
import * as detail from "~/routes/n.$network.offerings.$id._index";
import * as edit from "~/routes/n.$network.offerings.$id.edit";
import * as create from "~/routes/n.$network.offerings.new";
import { seedTwoNetworks } from "./helpers";
import { call, fieldErrors } from "./network-fixtures";
import { editForm, networkId, offeringById, offeringByRef } from "./offerings-fixtures";

beforeAll(async () => {
  await seedTwoNetworks();
});

const db = () => getDb();
const flagsOf = (id: number) =>
  db().select().from(overlapFlags).where(or(eq(overlapFlags.offeringAId, id), eq(overlapFlags.offeringBId, id))).all();
const flagBetween = (x: number, y: number) =>
  db()
    .select()
    .from(overlapFlags)
    .where(and(eq(overlapFlags.offeringAId, Math.min(x, y)), eq(overlapFlags.offeringBId, Math.max(x, y))))
    .get();
const params = (id: number) => ({ network: "unna", id: String(id) });

async function editAs(persona: "leadA" | "leadB" | "coordinator", id: number, changes: Record<string, string | string[]>) {
  const result = await call(edit.action, "/n/unna/offerings/:id/edit", { as: persona, params: params(id), form: editForm(id, changes) });
  expect(result.outcome, JSON.stringify(fieldErrors(result.value))).toBe("redirect");
}

describe("overlap flags", () => {
  it("the demo seed ends with explained open flags for its duplicates", () => {
    const flags = db().select().from(overlapFlags).where(eq(overlapFlags.networkId, networkId())).all();
    expect(flags.length).toBeGreaterThanOrEqual(8);
    for (const flag of flags) {
      expect(flag.status).toBe("open");
      expect(flag.offeringAId).toBeLessThan(flag.offeringBId);
      expect(flag.score).toBeGreaterThanOrEqual(defaultModel.threshold);
      expect(flag.reasons.some((r) => typeof r === "object" && r.kind === "ages")).toBe(true);
      const a = offeringById(flag.offeringAId)!;
      const b = offeringById(flag.offeringBId)!;
      expect(a.centreId).not.toBe(b.centreId);
      expect(a.neighbourhoodId).toBe(b.neighbourhoodId);
      expect([a.status, b.status]).toEqual(["published", "published"]);
    }
    const stilltreff = flagBetween(offeringByRef("A0033").id, offeringByRef("A0065").id)!;
    expect(JSON.stringify(stilltreff.reasons)).toContain("Stilltreff");
  });

  it("two offerings of one centre are never flagged; a new offering is flagged with the other centre's", async () => {
    const original = offeringByRef("A0033");
    const { version: _version, ...fields } = editForm(original.id);
    const form = { ...fields, centre: "arche" };
    const result = await call(create.action, "/n/unna/offerings/new", { as: "leadA", params: { network: "unna" }, form });
    expect(result.outcome, JSON.stringify(fieldErrors(result.value))).toBe("redirect");
    const id = Number(/offerings\/(\d+)/.exec((result.value as Response).headers.get("Location")!)![1]);
    expect(offeringById(id)!.status).toBe("published");
    expect(flagBetween(id, original.id)).toBeUndefined();
    expect(flagBetween(id, offeringByRef("A0065").id)?.status).toBe("open");
  });

  it("editing the title and description to something unrelated removes the open flag, without a full rescan", async () => {
    const a = offeringByRef("A0033");
    const b = offeringByRef("A0065");
    expect(flagBetween(a.id, b.id)?.status).toBe("open");
    // An unrelated flag deleted by hand: a full rescan would bring it back, the incremental sync does not.
    const unrelated = flagBetween(offeringByRef("A0080").id, offeringByRef("A0012").id)!;
    db().delete(overlapFlags).where(eq(overlapFlags.id, unrelated.id)).run();
    await editAs("leadA", a.id, { title: "Fahrradwerkstatt für Jugendliche", description: "Wir reparieren gemeinsam Fahrräder und lernen Werkzeugkunde." });
    expect(flagBetween(a.id, b.id)).toBeUndefined();
    expect(flagBetween(offeringByRef("A0080").id, offeringByRef("A0012").id)).toBeUndefined();
    scanNetwork(networkId());
    expect(flagBetween(offeringByRef("A0080").id, offeringByRef("A0012").id)?.status).toBe("open");
  });

  it("archiving an offering removes its open flags", async () => {
    const offering = offeringByRef("A0078");
    expect(flagsOf(offering.id).filter((f) => f.status === "open").length).toBeGreaterThan(0);
    const result = await call(detail.action, "/n/unna/offerings/:id", {
      as: "coordinator",
      params: params(offering.id),
      form: { intent: "status", status: "archived", version: String(offering.version) },
    });
    expect(result.outcome).toBe("redirect");
    expect(offeringById(offering.id)!.status).toBe("archived");
    expect(flagsOf(offering.id)).toEqual([]);
  });

  it("a decided flag stays decided on an immaterial change and reopens with the changes on a material one", async () => {
    const a = offeringByRef("A0080");
    const b = offeringByRef("A0012");
    const flag = flagBetween(a.id, b.id)!;
    db().update(overlapFlags).set({ status: "intentional", decisionNote: "Nachfrage übersteigt das Angebot", decidedAt: Date.now() }).where(eq(overlapFlags.id, flag.id)).run();
    recordDecisionFingerprints(flag.id);

    await editAs("leadB", b.id, { contactPhone: "02303 123456" });
    expect(flagBetween(a.id, b.id)).toMatchObject({ status: "intentional", reopenedChanges: null });

    const oldTitle = b.title;
    await editAs("leadB", b.id, { title: `${oldTitle} und Babys`, ageTo: "18", ageToUnit: "months" });
    const reopened = flagBetween(a.id, b.id)!;
    expect(reopened.status).toBe("open");
    const side = b.id === reopened.offeringAId ? "a" : "b";
    expect(reopened.reopenedChanges?.[side]?.title).toEqual([oldTitle, `${oldTitle} und Babys`]);
    expect(reopened.reopenedChanges?.[side]?.ages?.[1]).toBe("0–18 Monate");
    expect(reopened.reopenedChanges?.[side === "a" ? "b" : "a"]).toBeUndefined();
  });

  it("findSimilar shows the published offerings of other centres for a draft", () => {
    const other = offeringByRef("A0065");
    const similar = findSimilar(networkId(), other.neighbourhoodId!, {
      title: "Stilltreff",
      description: "Offener Treff für stillende Mütter mit Beratung durch eine Hebamme.",
      categoryId: other.categoryId,
      ageFromMonths: 0,
      ageToMonths: 12,
      audiences: [],
      scheduleKind: "weekly",
      weekdays: [2],
      startTime: "10:00",
      endTime: "11:30",
      centreId: offeringByRef("A0033").centreId,
    });
    expect(similar.map((s) => s.id)).toContain(other.id);
    expect(similar.every((s) => s.centreId !== offeringByRef("A0033").centreId)).toBe(true);
    expect(similar[0]!.reasons.length).toBeGreaterThan(0);
  });

  it("a scan of another network leaves this network's flags alone", () => {
    const before = db().select().from(overlapFlags).all();
    expect(scanNetwork(networkId("dortmund"))).toEqual({ opened: [], reopened: [] });
    expect(db().select().from(overlapFlags).all()).toEqual(before);
    expect(scanNetwork(networkId())).toEqual({ opened: [], reopened: [] });
  });
});
