// The import's fast writer against a real database: it writes what the regular saves write, keeps the
// search index current (also when it fills it in bulk), rolls back completely, and re-plans when the data
// changed between the preview-like plan and the write lock.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@db/client.server";
import { categories, centres, neighbourhoods, offerings, offeringVersions } from "@db/schema";
import { createUser } from "@db/seed/factories";
import { insertNetwork } from "~/modules/network/create-network.server";
import { readOfferingsCsv } from "~/modules/offerings/csv-format";
import { importOfferings, importOfferingsCsv } from "~/modules/offerings/import.server";
import { mergeRow, newContent } from "~/modules/offerings/import-plan.server";
import { contentOf, createOffering, loadOffering, updateOffering } from "~/modules/offerings/offerings.server";
import { databaseFingerprint } from "./helpers";

const header = "ref;centre;neighbourhood;title;description;category;age_from;age_to;weekday;start;end;languages;cost_eur;registration";
let actor: { userId: number; name: string };
let networkId: number;

function csv(rows: number, prefix: string, title = (i: number) => `Spielgruppe ${prefix} ${i}`): string {
  const lines = [header];
  for (let i = 1; i <= rows; i++) lines.push(`${prefix}${i};Familienzentrum Test;Mitte;${title(i)};Beschreibung ${i};bewegung-kinder;1;3;Di;10:00;11:00;de,tr;2,50;ja`);
  return lines.join("\n");
}

const search = (term: string) =>
  (getDb().$client.prepare("select rowid from offerings_fts where offerings_fts match ? order by rowid").all(`"${term}"`) as { rowid: number }[]).map((r) => r.rowid);

const triggers = () => getDb().$client.prepare("select name, sql from sqlite_master where type = 'trigger' and tbl_name = 'offerings' order by name").all();

beforeAll(() => {
  networkId = insertNetwork(getDb(), { slug: "schreiber", name: "Schreibtest" }).id;
  actor = { userId: createUser(getDb(), { email: "test@example.org", name: "Test", passwordHash: null }).id, name: "Test" };
  const setup = importOfferingsCsv(csv(1, "S"), { networkId, actor, createMissing: true, dryRun: false });
  expect(setup.ok).toBe(true);
});

describe("import writer", () => {
  it("writes the same offering and version as a regular save", () => {
    const rows = readOfferingsCsv(csv(1, "P"), new Set(["bewegung-kinder"])).rows;
    const centre = getDb().select().from(centres).where(eq(centres.networkId, networkId)).get()!;
    const hood = getDb().select().from(neighbourhoods).where(eq(neighbourhoods.networkId, networkId)).get()!;
    const category = getDb().select().from(categories).where(eq(categories.key, "bewegung-kinder")).all().find((c) => c.networkId === networkId)!;
    const content = contentOf(mergeRow(newContent("2026-01-05"), rows[0]!, { neighbourhoodId: hood.id, categoryId: category.id }));
    const regularId = createOffering(actor, { networkId, centreId: centre.id, ref: "REGULAR", at: 1000 }, content);
    const result = importOfferings(rows, { networkId, actor, createMissing: false, dryRun: false, today: "2026-01-05" });
    expect(result).toMatchObject({ ok: true, created: 1 });
    const imported = getDb().select().from(offerings).where(eq(offerings.ref, "P1")).get()!;
    const regular = getDb().select().from(offerings).where(eq(offerings.id, regularId)).get()!;
    const strip = ({ id: _id, ref: _ref, createdAt: _c, updatedAt: _u, verifiedAt: _v, ...rest }: typeof regular) => rest;
    expect(strip(imported)).toEqual(strip(regular));
    const versionOf = (id: number) => {
      const { id: _id, offeringId: _o, at: _at, ...rest } = getDb().select().from(offeringVersions).where(eq(offeringVersions.offeringId, id)).get()!;
      return rest;
    };
    expect(versionOf(imported.id)).toEqual(versionOf(regularId));
    expect(contentOf(loadOffering(getDb(), imported.id)!)).toEqual(content);
  });

  it("fills the search index in bulk for large batches, restores its triggers, and re-indexes changed titles", () => {
    const before = triggers();
    expect(before).toHaveLength(3);
    const first = importOfferingsCsv(csv(600, "B"), { networkId, actor, createMissing: false, dryRun: false });
    expect(first).toMatchObject({ ok: true, created: 600 });
    expect(triggers()).toEqual(before);
    expect(search("Spielgruppe B 599")).toHaveLength(1);
    const id = getDb().select().from(offerings).where(eq(offerings.ref, "B599")).get()!.id;
    expect(search("Spielgruppe B 599")).toEqual([id]);

    const renamed = importOfferingsCsv(csv(600, "B", (i) => (i === 599 ? "Waldtag für Familien" : `Spielgruppe B ${i}`)), { networkId, actor, createMissing: false, dryRun: false });
    expect(renamed).toMatchObject({ ok: true, updated: 1, unchanged: 599 });
    expect(search("Waldtag")).toEqual([id]);
    expect(search("Spielgruppe B 599")).toEqual([]);
    expect(triggers()).toEqual(before);
    // The triggers work again for regular saves.
    const current = loadOffering(getDb(), id)!;
    expect(updateOffering(actor, id, current.version, { ...contentOf(current), title: "Waldtag im Herbst" }).ok).toBe(true);
    expect(search("Herbst")).toEqual([id]);
  });

  it("rolls back everything, the dropped triggers included, when the transaction fails", () => {
    const before = databaseFingerprint();
    const triggersBefore = triggers();
    const rows = readOfferingsCsv(csv(700, "R"), new Set(["bewegung-kinder"])).rows;
    expect(() =>
      importOfferings(rows, {
        networkId,
        actor,
        createMissing: false,
        dryRun: false,
        beforeCommit: () => {
          throw new Error("Festplatte voll");
        },
      }),
    ).toThrow("Festplatte voll");
    expect(databaseFingerprint()).toBe(before);
    expect(triggers()).toEqual(triggersBefore);
    expect(search("Spielgruppe R 1")).toEqual([]);
  });

  it("plans again under the write lock when an offering changed after the plan", () => {
    const id = getDb().select().from(offerings).where(eq(offerings.ref, "B10")).get()!.id;
    const rows = readOfferingsCsv(csv(12, "B", (i) => (i === 10 ? "Neuer Titel B 10" : `Spielgruppe B ${i}`)), new Set(["bewegung-kinder"])).rows;
    let edited = false;
    const result = importOfferings(rows, {
      networkId,
      actor,
      createMissing: false,
      dryRun: false,
      progressEvery: 1,
      onProgress: (done, total, step) => {
        // Someone saves B10 between the plan and the write.
        if (step === "checking" && done === total && !edited) {
          edited = true;
          const current = loadOffering(getDb(), id)!;
          expect(updateOffering(actor, id, current.version, { ...contentOf(current), contactName: "Frau Jemand" }).ok).toBe(true);
        }
      },
    });
    expect(edited).toBe(true);
    expect(result).toMatchObject({ ok: true, updated: 1, unchanged: 11 });
    const row = getDb().select().from(offerings).where(eq(offerings.id, id)).get()!;
    // Both changes are kept: the other person's contact (not a CSV column) and the import's title.
    expect(row).toMatchObject({ title: "Neuer Titel B 10", contactName: "Frau Jemand" });
    const versions = getDb().select().from(offeringVersions).where(eq(offeringVersions.offeringId, id)).all();
    expect(versions.map((v) => v.version)).toEqual([1, 2, 3]);
    expect(versions[2]!.changes).toEqual({ title: ["Spielgruppe B 10", "Neuer Titel B 10"] });
  });

  it("gives exact dry-run counts and writes nothing", () => {
    const before = databaseFingerprint();
    const preview = importOfferingsCsv(csv(5, "B", (i) => (i === 3 ? "Geändert" : `Spielgruppe B ${i}`)) + "\nNEU1;Familienzentrum Test;Mitte;Neu;;bewegung-kinder;1;3;;;;de;0;nein", {
      networkId,
      actor,
      createMissing: false,
      dryRun: true,
    });
    expect(preview).toMatchObject({ ok: true, dryRun: true, total: 6, created: 1, updated: 1, unchanged: 4 });
    expect(databaseFingerprint()).toBe(before);
  });
});
