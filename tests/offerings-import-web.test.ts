// The web import against a real database: upload → preview (dry run) → confirm → result; errors block the
// import; leads import only their own centre's rows; only coordinators may create missing centres; large
// files run as a job in a worker thread with progress; the CSV download.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@db/client.server";
import { auditLog, importJobs, offerings } from "@db/schema";
import { exportOfferingsCsv } from "~/modules/offerings/export.server";
import { importsDir, liveProgress, settled } from "~/modules/offerings/import-jobs.server";
import * as exportRoute from "~/routes/n.$network.offerings.export";
import * as jobRoute from "~/routes/n.$network.offerings.import.$id";
import * as uploadRoute from "~/routes/n.$network.offerings.import._index";
import { personas, seedTwoNetworks, type Persona } from "./helpers";
import { call, centreBySlug, multipart, networkBySlug } from "./network-fixtures";

const header = "ref;centre;neighbourhood;title;description;category;age_from;age_to;weekday;start;end;languages;cost_eur;registration";
const devA = fs.readFileSync(new URL("../../shared/data/offerings-dev-a.csv", import.meta.url));
const params = { network: "unna" };

beforeAll(async () => {
  await seedTwoNetworks();
});

/** A digest of what an import may change (not the job table). */
function dataFingerprint(): string {
  const client = getDb().$client;
  const hash = crypto.createHash("sha256");
  for (const table of ["offerings", "offering_versions", "centres", "neighbourhoods", "centre_neighbourhoods", "audit_log"]) {
    hash.update(JSON.stringify(client.prepare(`select * from ${table} order by rowid`).all()));
  }
  return hash.digest("hex");
}

const csvFile = (content: string | Uint8Array, name = "angebote.csv", type = "text/csv") => new File([content as BlobPart], name, { type });

async function upload(as: Persona, file: File, fields: Record<string, string> = {}) {
  return call(uploadRoute.action, "/n/unna/offerings/import", { as, params, form: multipart(fields, { file }) });
}

/** Uploads and returns the job id from the redirect to the preview. */
async function uploadOk(as: Persona, file: File, fields: Record<string, string> = {}): Promise<string> {
  const result = await upload(as, file, fields);
  expect(result.outcome, JSON.stringify(result.value)).toBe("redirect");
  const location = (result.value as Response).headers.get("Location")!;
  expect(location).toMatch(/^\/n\/unna\/offerings\/import\/[a-f0-9]{32}$/);
  return location.split("/").pop()!;
}

type View = Awaited<ReturnType<typeof jobRoute.loader>>;

async function view(as: Persona, id: string): Promise<View["job"]> {
  const result = await call(jobRoute.loader, `/n/unna/offerings/import/${id}`, { as, params: { ...params, id } });
  expect(result.outcome).toBe("ok");
  return (result.value as View).job;
}

async function confirm(as: Persona, id: string, intent = "confirm") {
  return call(jobRoute.action, `/n/unna/offerings/import/${id}`, { as, params: { ...params, id }, form: { intent } });
}

const waitingFiles = () => (fs.existsSync(importsDir()) ? fs.readdirSync(importsDir()) : []);

describe("web import: upload, preview, confirm", () => {
  it("offers the create-missing checkbox to coordinators and admins only", async () => {
    for (const [as, expected] of [["coordinator", true], ["admin", true], ["leadA", false], ["staffA", false]] as const) {
      const result = await call(uploadRoute.loader, "/n/unna/offerings/import", { as, params });
      expect(result.outcome).toBe("ok");
      expect((result.value as { mayCreateMissing: boolean }).mayCreateMissing, as).toBe(expected);
    }
    const lead = await call(uploadRoute.loader, "/n/unna/offerings/import", { as: "leadA", params });
    expect((lead.value as { ownCentres: string[] }).ownCentres).toEqual(["Familienzentrum Arche"]);
  });

  it("previews the development set against the demo (all unchanged) and imports it without changes", async () => {
    const before = dataFingerprint();
    const id = await uploadOk("coordinator", csvFile(devA, "offerings-dev-a.csv"));
    const preview = await view("coordinator", id);
    expect(preview).toMatchObject({ status: "checked", fileName: "offerings-dev-a.csv", canConfirm: true });
    expect(preview.summary).toMatchObject({ ok: true, dryRun: true, total: 96, created: 0, updated: 0, unchanged: 96, errorCount: 0 });
    expect(dataFingerprint()).toBe(before);
    expect(waitingFiles()).toEqual([`${id}.csv`]);

    const done = await confirm("coordinator", id);
    expect(done.outcome).toBe("redirect");
    const result = await view("coordinator", id);
    expect(result).toMatchObject({ status: "imported", canConfirm: false });
    expect(result.summary).toMatchObject({ ok: true, dryRun: false, unchanged: 96, created: 0 });
    expect(waitingFiles()).toEqual([]);
    // Confirming twice does nothing.
    expect((await confirm("coordinator", id)).status).toBe(409);
  });

  it("imports new and changed rows after the preview, with versions and one audit entry", async () => {
    const csv = [
      header,
      "W1;Familienzentrum Arche;Massen;Sprachcafé am Abend;Austausch in einfacher Sprache.;sprachfoerderung;18;99;Do;18:00;19:30;de,ar;0;nein",
      "W2;Familienzentrum Regenbogen;Königsborn;Babytreff;;eltern-kind-gruppe;0;1;Mi;10:00;11:30;de;2,50;ja",
      "A0026;Familienzentrum Arche;Massen;Malen und Basteln für Kinder;Mit Farben, Papier und Ton.;kreativ-kultur;4;10;Fr;09:30;10:30;de,tr;12.50;nein",
    ].join("\n");
    const before = dataFingerprint();
    const id = await uploadOk("coordinator", csvFile(csv));
    expect((await view("coordinator", id)).summary).toMatchObject({ ok: true, created: 2, updated: 1, unchanged: 0 });
    expect(dataFingerprint()).toBe(before);
    const audits = getDb().select().from(auditLog).where(eq(auditLog.entity, "offering-import")).all().length;

    expect((await confirm("coordinator", id)).outcome).toBe("redirect");
    expect((await view("coordinator", id)).summary).toMatchObject({ ok: true, created: 2, updated: 1 });
    const w2 = getDb().select().from(offerings).where(eq(offerings.ref, "W2")).get()!;
    expect(w2).toMatchObject({ title: "Babytreff", costCents: 250, registrationRequired: true, weekdays: [3], version: 1 });
    const a26 = getDb().select().from(offerings).where(eq(offerings.ref, "A0026")).get()!;
    expect(a26).toMatchObject({ description: "Mit Farben, Papier und Ton.", version: 2 });
    const coordinator = getDb().$client.prepare("select id from users where email = ?").get(personas.coordinator) as { id: number };
    expect(a26.updatedBy).toBe(coordinator.id);
    expect(getDb().select().from(auditLog).where(eq(auditLog.entity, "offering-import")).all()).toHaveLength(audits + 1);
    const versions = getDb().$client.prepare("select version, actor_name, changes from offering_versions where offering_id = ? order by version").all(a26.id) as { version: number; actor_name: string; changes: string }[];
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
    expect(versions[1]!.actor_name).toBe("Netzwerkkoordination Unna");
    expect(Object.keys(JSON.parse(versions[1]!.changes))).toEqual(["description"]);
    // The full-text index knows the new offering.
    const found = getDb().$client.prepare("select rowid from offerings_fts where offerings_fts match 'Sprachcafé'").all() as { rowid: number }[];
    expect(found.map((r) => r.rowid)).toContain(getDb().select().from(offerings).where(eq(offerings.ref, "W1")).get()!.id);
  });

  it("lists every error by row and column and refuses to import a file with errors", async () => {
    const csv = [
      header,
      "E1;Familienzentrum Arche;Massen;Gute Zeile;;gesundheit;0;3;Mo;09:00;10:00;de;0;nein",
      "E2;Familienzentrum Arche;Massen;;;gesundheit;5;2;Mo;09:00;10:00;de;0;nein",
      "E3;Familienzentrum Nirgendwo;Massen;Unbekanntes Zentrum;;gesundheit;0;3;Xx;09:00;10:00;de;0;nein",
    ].join("\n");
    const before = dataFingerprint();
    const id = await uploadOk("coordinator", csvFile(csv));
    const preview = await view("coordinator", id);
    expect(preview.canConfirm).toBe(false);
    expect(preview.summary?.ok).toBe(false);
    expect(preview.summary?.errors.map((e) => [e.row, e.column])).toEqual([
      [3, "title"],
      [3, "age_to"],
      [4, "weekday"],
    ]);
    expect(preview.summary?.errors[0]).toMatchObject({ message: "Der Titel fehlt.", key: "import.error.titleMissing" });
    expect(preview.summary).toMatchObject({ errorCount: 3, errorRows: 2 });
    // Nothing waits for confirmation, and confirming is refused.
    expect(waitingFiles()).toEqual([]);
    const refused = await confirm("coordinator", id);
    expect(refused).toMatchObject({ outcome: "invalid", status: 409 });
    expect(dataFingerprint()).toBe(before);
  });

  it("limits a lead to the own centre's rows", async () => {
    const mixed = [
      header,
      "L1;Familienzentrum Arche;Massen;Krabbelgruppe;;eltern-kind-gruppe;0;2;Di;09:00;10:30;de;0;nein",
      "L2;Familienzentrum Regenbogen;Königsborn;Fremdes Angebot;;gesundheit;0;3;Mi;09:00;10:00;de;0;nein",
    ].join("\n");
    const before = dataFingerprint();
    const id = await uploadOk("leadA", csvFile(mixed));
    const preview = await view("leadA", id);
    expect(preview.summary?.errors).toMatchObject([
      { row: 3, column: "centre", message: "Sie dürfen nur Angebote Ihres Familienzentrums importieren.", key: "import.error.notYourCentre" },
    ]);
    expect(preview.canConfirm).toBe(false);
    expect(dataFingerprint()).toBe(before);

    // Staff of Arche imports Arche's rows.
    const own = await uploadOk("staffA", csvFile(mixed.split("\n").slice(0, 2).join("\n")));
    expect((await view("staffA", own)).summary).toMatchObject({ ok: true, created: 1 });
    expect((await confirm("staffA", own)).outcome).toBe("redirect");
    expect(getDb().select().from(offerings).where(eq(offerings.ref, "L1")).get()).toMatchObject({ centreId: centreBySlug("arche")!.id });
  });

  it("creates missing centres and neighbourhoods for coordinators only; a forged checkbox from a lead is ignored", async () => {
    const csv = [header, "N1;Familienzentrum Neuland;Unna-Nord;Spielkreis;;bewegung-kinder;1;3;Di;10:00;11:00;de;0;nein"].join("\n");
    const forged = await uploadOk("leadA", csvFile(csv), { createMissing: "on" });
    const leadView = await view("leadA", forged);
    expect(leadView.createMissing).toBe(false);
    expect(leadView.summary?.errors.map((e) => e.column)).toEqual(["neighbourhood", "centre"]);

    const withoutBox = await uploadOk("coordinator", csvFile(csv));
    expect((await view("coordinator", withoutBox)).summary?.ok).toBe(false);
    const id = await uploadOk("coordinator", csvFile(csv), { createMissing: "on" });
    expect((await view("coordinator", id)).summary).toMatchObject({ ok: true, created: 1, createdCentres: ["Familienzentrum Neuland"], createdNeighbourhoods: ["Unna-Nord"] });
    expect(centreBySlug("neuland")).toBeUndefined();
    expect((await confirm("coordinator", id)).outcome).toBe("redirect");
    expect(centreBySlug("neuland")).toMatchObject({ name: "Familienzentrum Neuland" });
  });

  it("refuses files that are too large, empty, missing or not text, with a German message", async () => {
    const before = dataFingerprint();
    const cases: [File | null, string, number][] = [
      [csvFile(new Uint8Array(20 * 1024 * 1024 + 1).fill(0x41)), "import.fileTooLarge", 413],
      [csvFile(new Uint8Array(26 * 1024 * 1024).fill(0x41)), "import.fileTooLarge", 413],
      [csvFile(""), "import.fileEmpty", 400],
      [csvFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), "angebote.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), "import.fileNotCsv", 415],
      [csvFile(new Uint8Array([0xff, 0xfe, 0x72, 0x00, 0x65, 0x00]), "unicode.csv"), "import.fileNotCsv", 415],
      [null, "import.fileMissing", 400],
    ];
    for (const [file, error, status] of cases) {
      const form = multipart({}, file ? { file } : {});
      const result = await call(uploadRoute.action, "/n/unna/offerings/import", { as: "coordinator", params, form });
      expect(result, error).toMatchObject({ outcome: "invalid", status, value: { error } });
    }
    expect(dataFingerprint()).toBe(before);
  });

  it("shows a job only to the person who uploaded it, and cancelling removes the file", async () => {
    const id = await uploadOk("leadA", csvFile(devA));
    const recent = async (as: Persona) =>
      ((await call(uploadRoute.loader, "/n/unna/offerings/import", { as, params })).value as { recent: { id: string; status: string }[] }).recent;
    expect((await recent("leadA"))[0]).toMatchObject({ id, status: "checked" });
    expect((await recent("leadB")).map((j) => j.id)).not.toContain(id);
    for (const as of ["leadB", "coordinator", "admin", "staffA"] as const) {
      const result = await call(jobRoute.loader, `/n/unna/offerings/import/${id}`, { as, params: { ...params, id } });
      expect(result.outcome, as).toBe("notfound");
    }
    expect((await call(jobRoute.loader, `/n/unna/offerings/import/${id}`, { as: "otherNetwork", params: { ...params, id } })).outcome).toBe("forbidden");
    expect((await call(jobRoute.loader, "/n/unna/offerings/import/nope", { as: "leadA", params: { ...params, id: "../../etc" } })).outcome).toBe("notfound");
    const ok = await uploadOk("coordinator", csvFile(devA));
    expect(waitingFiles()).toContain(`${ok}.csv`);
    const cancelled = await confirm("coordinator", ok, "cancel");
    expect(cancelled.outcome).toBe("redirect");
    expect((await view("coordinator", ok)).status).toBe("cancelled");
    expect(waitingFiles()).not.toContain(`${ok}.csv`);
  });

  it("expires a preview after an hour", async () => {
    const id = await uploadOk("coordinator", csvFile(devA));
    getDb().update(importJobs).set({ updatedAt: Date.now() - 2 * 60 * 60 * 1000 }).where(eq(importJobs.id, id)).run();
    expect((await view("coordinator", id)).status).toBe("expired");
    expect(waitingFiles()).not.toContain(`${id}.csv`);
    expect((await confirm("coordinator", id)).status).toBe(409);
  });
});

describe("web import of a large file: a job in a worker thread", () => {
  it("checks and imports in a worker, showing progress while it runs", async () => {
    process.env.IMPORT_JOB_THRESHOLD = "50";
    try {
      const lines = [header];
      for (let i = 1; i <= 1200; i++) {
        lines.push(`J${i};Familienzentrum Sonnenblume;Unna-Mitte;Elterncafé ${i};Offener Treff Nummer ${i}.;offener-treff;0;99;${["Mo", "Di", "Mi"][i % 3]};09:00;11:00;de;0;nein`);
      }
      const before = dataFingerprint();
      const id = await uploadOk("coordinator", csvFile(lines.join("\n"), "gross.csv"));
      // The action returned before the check finished: the page shows progress.
      const running = await view("coordinator", id);
      expect(running.status).toBe("checking");
      expect(running.progress).toMatchObject({ rows: 1200, max: 1200 });
      await settled([id]);
      const preview = await view("coordinator", id);
      expect(preview, JSON.stringify(preview)).toMatchObject({ status: "checked" });
      expect(preview.summary).toMatchObject({ ok: true, created: 1200 });
      expect(getDb().select().from(importJobs).where(eq(importJobs.id, id)).get()).toMatchObject({ processed: 1200, total: 1200 });
      expect(dataFingerprint()).toBe(before);

      expect((await confirm("coordinator", id)).outcome).toBe("redirect");
      const importing = await view("coordinator", id);
      expect(importing.status).toBe("importing");
      expect(importing.progress).toMatchObject({ rows: 1200, max: 2400 });
      let sawProgress = false;
      while (liveProgress(id)) {
        if ((liveProgress(id)?.processed ?? 0) > 0) sawProgress = true;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await settled([id]);
      expect(sawProgress).toBe(true);
      const result = await view("coordinator", id);
      expect(result).toMatchObject({ status: "imported", progress: null });
      expect(result.summary).toMatchObject({ ok: true, created: 1200 });
      const count = getDb().$client.prepare("select count(*) n from offerings where ref like 'J%'").get() as { n: number };
      expect(count.n).toBe(1200);
      expect(waitingFiles()).toEqual([]);
    } finally {
      delete process.env.IMPORT_JOB_THRESHOLD;
    }
  });
});

describe("CSV download", () => {
  it("gives members the network's offerings as a German-Excel-friendly CSV that re-imports without changes", async () => {
    const result = await call(exportRoute.loader, "/n/unna/offerings/export", { as: "staffA", params });
    expect(result.outcome).toBe("ok");
    const response = result.value as Response;
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toMatch(/^attachment; filename="angebote-unna-\d{4}-\d{2}-\d{2}\.csv"/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    expect(text.slice(1).startsWith(`${header};age_from_months;age_to_months\r\n`)).toBe(true);
    expect(text).toBe(exportOfferingsCsv(networkBySlug("unna").id));

    const id = await uploadOk("coordinator", csvFile(bytes, path.basename("angebote-unna.csv")));
    const preview = await view("coordinator", id);
    expect(preview.summary).toMatchObject({ ok: true, created: 0, updated: 0 });
    expect(preview.summary!.unchanged).toBeGreaterThan(96);
    expect((await call(exportRoute.loader, "/n/unna/offerings/export", { as: "otherNetwork", params })).outcome).toBe("forbidden");
    expect((await call(exportRoute.loader, "/n/unna/offerings/export", { as: "anonymous", params })).outcome).toBe("login");
  });
});
