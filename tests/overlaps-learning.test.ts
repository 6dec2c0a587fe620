// Learning from decisions: offerings decided to duplicate each other lend each other their words, so a
// third offering of the same need, worded like neither alone, is flagged with both once decided.
import { and, eq, or } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@db/client.server";
import { categories, offerings, overlapFlags } from "@db/schema";
import * as create from "~/routes/n.$network.offerings.new";
import * as flagRoute from "~/routes/n.$network.overlaps.$id";
import { seedTwoNetworks } from "./helpers";
import { call, neighbourhoodByName } from "./network-fixtures";
import { newForm, offeringById } from "./offerings-fixtures";

beforeAll(async () => {
  await seedTwoNetworks();
});

const unna = { network: "unna" };

function flagBetween(x: number, y: number) {
  return getDb()
    .select()
    .from(overlapFlags)
    .where(
      or(
        and(eq(overlapFlags.offeringAId, x), eq(overlapFlags.offeringBId, y)),
        and(eq(overlapFlags.offeringAId, y), eq(overlapFlags.offeringBId, x)),
      ),
    )
    .get();
}

async function createOffering(centre: string, title: string, description: string): Promise<number> {
  const category = getDb().select().from(categories).where(eq(categories.key, "uebergang-schule")).all()[0]!;
  const hood = neighbourhoodByName("Massen")!;
  const form = newForm({ centre, title, description, categoryId: String(category.id), neighbourhoodId: String(hood.id), ageFrom: "6", ageTo: "9", audiences: ["children"], status: "published" });
  const saved = await call(create.action, "/n/unna/offerings/new", { as: "coordinator", params: unna, form });
  expect(saved.outcome, JSON.stringify(saved.value)).toBe("redirect");
  return getDb().select().from(offerings).where(eq(offerings.title, title)).get()!.id;
}

function decideDuplicate(flagId: number) {
  const row = getDb().select().from(overlapFlags).where(eq(overlapFlags.id, flagId)).get()!;
  return call(flagRoute.action, `/n/unna/overlaps/${flagId}`, {
    as: "coordinator",
    params: { network: "unna", id: String(flagId) },
    form: {
      intent: "decide",
      decision: "duplicate",
      resolution: "coordinate",
      note: "",
      versionA: String(offeringById(row.offeringAId)!.version),
      versionB: String(offeringById(row.offeringBId)!.version),
    },
  });
}

describe("learning from decisions", () => {
  it("flags the third offering of a need with the second once both were decided duplicates of the first", async () => {
    const help = await createOffering("arche", "Hausaufgabenhilfe mit Lesepaten", "Ehrenamtliche begleiten Grundschulkinder bei Knobelaufgaben und beim Vorlesen.");
    const reading = await createOffering("loewenzahn", "Lesepaten im Familienzentrum", "Vorlesen und Bücher entdecken.");
    const sums = await createOffering("sternschnuppe", "Rechenclub", "Grundschulkinder knobeln: Einmaleins und Knobelaufgaben mit Ehrenamtlichen.");
    const first = flagBetween(help, reading);
    const second = flagBetween(help, sums);
    expect(first?.status, "help ~ reading").toBe("open");
    expect(second?.status, "help ~ sums").toBe("open");
    expect(flagBetween(reading, sums)).toBeUndefined();

    expect((await decideDuplicate(first!.id)).outcome).toBe("redirect");
    expect((await decideDuplicate(second!.id)).outcome).toBe("redirect");

    const learned = flagBetween(reading, sums);
    expect(learned?.status, "reading ~ sums after the decisions").toBe("open");
    // The explanation names the two offerings' own words only, not the first offering's.
    expect(JSON.stringify(learned!.reasons)).not.toMatch(/Hausaufgaben|Ehrenamtliche|Grundschulkinder/);
  });
});
