// Offering import and export against a real database: all or nothing, refs update, round trip.
import fs from "node:fs";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@db/client.server";
import { networks, offerings, offeringVersions } from "@db/schema";
import { exportOfferingsCsv } from "~/modules/offerings/export.server";
import { importOfferingsCsv } from "~/modules/offerings/import.server";
import { databaseFingerprint, seedTwoNetworks } from "./helpers";

const header = "ref;centre;neighbourhood;title;description;category;age_from;age_to;weekday;start;end;languages;cost_eur;registration";
let unnaId: number;
let dortmundId: number;
const actor = { userId: 1, name: "Test" };

beforeAll(async () => {
  await seedTwoNetworks();
  unnaId = getDb().select().from(networks).where(eq(networks.slug, "unna")).get()!.id;
  dortmundId = getDb().select().from(networks).where(eq(networks.slug, "dortmund")).get()!.id;
});

describe("offering import", () => {
  it("seeds the demo network with about twelve offerings per centre", () => {
    const counts = getDb().$client.prepare("select centre_id, count(*) n from offerings where network_id = ? group by centre_id").all(unnaId) as { n: number }[];
    expect(counts).toHaveLength(8);
    for (const { n } of counts) expect(n).toBeGreaterThanOrEqual(9);
  });

  it("exports in the import format and re-importing the export changes nothing", () => {
    const csv = exportOfferingsCsv(unnaId);
    expect(csv.startsWith("\uFEFF" + header)).toBe(true);
    const before = databaseFingerprint();
    const lastAudit = (getDb().$client.prepare("select max(id) id from audit_log").get() as { id: number }).id;
    const result = importOfferingsCsv(csv, { networkId: unnaId, actor, createMissing: false, dryRun: false });
    expect(result).toMatchObject({ ok: true, created: 0, updated: 0, unchanged: 97 });
    // Only the import's own audit entry is new.
    const added = getDb().$client.prepare("select entity from audit_log where id > ?").all(lastAudit);
    expect(added).toEqual([{ entity: "offering-import" }]);
    getDb().$client.prepare("delete from audit_log where id > ?").run(lastAudit);
    expect(databaseFingerprint()).toBe(before);
  });

  it("refuses a file with one bad row entirely, naming row and column", () => {
    const csv = [header, "N1;Familienzentrum Arche;Massen;Neues Angebot;;gesundheit;0;3;Mo;09:00;10:00;de;0;nein", "N2;Familienzentrum Arche;Massen;Kaputt;;gesundheit;5;2;Mo;09:00;10:00;de;0;nein"].join("\n");
    const before = databaseFingerprint();
    const result = importOfferingsCsv(csv, { networkId: unnaId, actor, createMissing: false, dryRun: false });
    expect(result.ok).toBe(false);
    expect(result.errors).toMatchObject([{ row: 3, column: "age_to", message: "Das Höchstalter liegt unter dem Mindestalter." }]);
    expect(databaseFingerprint()).toBe(before);
  });

  it("treats unknown centres and neighbourhoods as errors unless asked to create them", () => {
    const csv = [header, "X1;Familienzentrum Neu;Neustadt;Spielgruppe;;bewegung-kinder;1;3;Di;10:00;11:00;de;0;nein"].join("\n");
    const refused = importOfferingsCsv(csv, { networkId: dortmundId, actor, createMissing: false, dryRun: false });
    expect(refused.errors.map((e) => e.column)).toEqual(["neighbourhood", "centre"]);
    const preview = importOfferingsCsv(csv, { networkId: dortmundId, actor, createMissing: true, dryRun: true });
    expect(preview).toMatchObject({ ok: true, dryRun: true, created: 1, createdCentres: ["Familienzentrum Neu"], createdNeighbourhoods: ["Neustadt"] });
    expect(getDb().select().from(offerings).where(eq(offerings.networkId, dortmundId)).all()).toHaveLength(0);
    const done = importOfferingsCsv(csv, { networkId: dortmundId, actor, createMissing: true, dryRun: false });
    expect(done).toMatchObject({ ok: true, created: 1 });
    const [row] = getDb().select().from(offerings).where(eq(offerings.networkId, dortmundId)).all();
    expect(row).toMatchObject({ ref: "X1", title: "Spielgruppe", weekdays: [2], startTime: "10:00", status: "published" });
  });

  it("updates an offering when its ref comes again, keeping a version", () => {
    const csv = [header, "X1;Familienzentrum Neu;Neustadt;Spielgruppe am Dienstag;;bewegung-kinder;1;3;Di;10:00;11:30;de;0;nein"].join("\n");
    const result = importOfferingsCsv(csv, { networkId: dortmundId, actor, createMissing: false, dryRun: false });
    expect(result).toMatchObject({ ok: true, created: 0, updated: 1 });
    const row = getDb().select().from(offerings).where(eq(offerings.ref, "X1")).get()!;
    expect(row).toMatchObject({ title: "Spielgruppe am Dienstag", endTime: "11:30", version: 2 });
    const versions = getDb().select().from(offeringVersions).where(eq(offeringVersions.offeringId, row.id)).all();
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
    expect(versions[1]!.changes).toMatchObject({ title: ["Spielgruppe", "Spielgruppe am Dienstag"], endTime: ["11:00", "11:30"] });
  });

  it("imports the shared development set with --create-missing", () => {
    const file = fs.readFileSync(new URL("../../shared/data/offerings-dev-d.csv", import.meta.url));
    const result = importOfferingsCsv(file, { networkId: dortmundId, actor, createMissing: true, dryRun: false });
    expect(result.ok).toBe(true);
    expect(result.created).toBeGreaterThan(50);
  });
});
