// "Bitte prüfen": the pairs detection is least sure about, decided from the overlap page's list.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@db/client.server";
import { overlapFlags, overlapNearMisses } from "@db/schema";
import { defaultModel, doubt, doubtRange } from "~/modules/overlaps/model";
import * as list from "~/routes/n.$network.overlaps._index";
import { seedTwoNetworks } from "./helpers";
import { auditFor, call, expectUnchanged } from "./network-fixtures";

beforeAll(async () => {
  await seedTwoNetworks();
});

const unna = { network: "unna" };
type Review = { key: string; certainty: number; reasons: string[]; a: { title: string; centreId: number }; b: { title: string; centreId: number } }[];

async function reviewAs(as: Parameters<typeof call>[2]["as"]): Promise<Review> {
  const result = await call(list.loader, "/n/unna/overlaps", { as, params: unna });
  expect(result.outcome).toBe("ok");
  return (result.value as { review: Review }).review;
}

const review = (as: Parameters<typeof call>[2]["as"], item: string, decision: string) =>
  call(list.action, "/n/unna/overlaps", { as, params: unna, form: { intent: "review", item, decision } });

describe("Bitte prüfen", () => {
  it("lists up to five pairs near the threshold, least sure first, with near misses below it", async () => {
    const items = await reviewAs("coordinator");
    expect(items.length).toBeGreaterThan(0);
    expect(items.length).toBeLessThanOrEqual(5);
    const { low, high } = doubtRange(defaultModel);
    for (const item of items) expect(item.certainty / 100).toBeGreaterThanOrEqual(Math.floor(low * 100) / 100);
    for (const item of items) expect(item.certainty / 100).toBeLessThanOrEqual(Math.ceil(high * 100) / 100);
    const doubts = items.map((i) => doubt(defaultModel, i.certainty / 100));
    for (let i = 1; i < doubts.length; i++) expect(doubts[i]!).toBeGreaterThanOrEqual(doubts[i - 1]! - 0.05);
    expect(items.some((i) => i.key.startsWith("near:"))).toBe(true);
    // Each with why it is close: the reasons in the reader's language.
    for (const item of items) expect(item.reasons.some((r) => r.startsWith("Altersgruppen überschneiden sich"))).toBe(true);
  });

  it("turns a near miss decided as not a duplicate into a decided flag that leaves the list", async () => {
    const item = (await reviewAs("coordinator")).find((i) => i.key.startsWith("near:"))!;
    const nearId = Number(item.key.split(":")[1]);
    const near = getDb().select().from(overlapNearMisses).where(eq(overlapNearMisses.id, nearId)).get()!;
    const result = await review("coordinator", item.key, "not-duplicate");
    expect(result.outcome).toBe("redirect");
    const flag = getDb().select().from(overlapFlags).where(eq(overlapFlags.offeringAId, near.offeringAId)).all().find((f) => f.offeringBId === near.offeringBId)!;
    expect(flag.status).toBe("not-duplicate");
    expect(flag.reasons).toEqual(near.reasons);
    expect(auditFor("overlap", flag.id).some((e) => e.action === "update")).toBe(true);
    expect((await reviewAs("coordinator")).map((i) => i.key)).not.toContain(item.key);
  });

  it("records a duplicate as one to coordinate", async () => {
    const item = (await reviewAs("coordinator"))[0]!;
    expect((await review("coordinator", item.key, "duplicate")).outcome).toBe("redirect");
    const decided = getDb().select().from(overlapFlags).where(eq(overlapFlags.status, "duplicate")).all();
    expect(decided.some((f) => f.resolution === "coordinate")).toBe(true);
  });

  it("refuses a pair the person may not decide, an unknown item and a missing decision, changing nothing", async () => {
    const items = await reviewAs("coordinator");
    const item = items[0]!;
    await expectUnchanged("forbidden", () => review("staffA", item.key, "not-duplicate"));
    await expectUnchanged("notfound", () => review("coordinator", "near:999999", "duplicate"));
    await expectUnchanged("invalid", () => review("coordinator", item.key, "maybe"));
  });
});
