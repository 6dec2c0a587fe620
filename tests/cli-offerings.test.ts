// `npm run cli -- import-offerings` and `export-offerings` as an operator runs them: a real process on a
// real SQLite file.
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "familiennetz-cli-offerings-"));
const databasePath = path.join(dir, "cli.db");
const sharedData = new URL("../../shared/data/", import.meta.url);
const header = "ref;centre;neighbourhood;title;description;category;age_from;age_to;weekday;start;end;languages;cost_eur;registration";

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "cli/index.ts", ...args], {
    env: { ...process.env, DATABASE_PATH: databasePath },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr.trim() };
}

function query<T>(sql: string, ...values: unknown[]): T[] {
  const db = new Database(databasePath, { readonly: true });
  try {
    return db.prepare(sql).all(...values) as T[];
  } finally {
    db.close();
  }
}

const count = (sql: string, ...values: unknown[]) => query<{ n: number }>(sql, ...values)[0]!.n;

/** A digest of the tables an import writes (the audit log aside, which gains the import's own entry). */
function digest(): string {
  const hash = crypto.createHash("sha256");
  for (const table of ["offerings", "offering_versions", "offering_dates", "offering_partners", "centres", "neighbourhoods", "centre_neighbourhoods"]) {
    hash.update(JSON.stringify(query(`select * from ${table} order by rowid`)));
  }
  return hash.digest("hex");
}

function writeCsv(name: string, lines: string[]): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, lines.join("\r\n") + "\r\n");
  return file;
}

const devSets = fs
  .readdirSync(sharedData)
  .filter((name) => /^offerings-dev-.*\.csv$/.test(name) && !name.endsWith("-pairs.csv"))
  .sort();

beforeAll(() => {
  expect(cli("seed-demo").code).toBe(0);
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

// Each case starts the CLI a few times; on a busy machine that takes a while.
describe("npm run cli -- import-offerings / export-offerings", { timeout: 60_000 }, () => {
  it("imports every development set cleanly into a fresh network with --create-missing", () => {
    expect(devSets.length).toBeGreaterThanOrEqual(2);
    for (const [index, name] of devSets.entries()) {
      const slug = `frisch-${index}`;
      expect(cli("create-network", "--slug", slug, "--name", `Frisch ${index}`).code).toBe(0);
      const file = fileURLToPath(new URL(name, sharedData));
      const rows = fs.readFileSync(file, "utf8").trim().split(/\r?\n/).length - 1;
      const result = cli("import-offerings", file, "--network", slug, "--create-missing");
      expect(result.code, result.stderr).toBe(0);
      expect(result.stderr).toBe("");
      expect(result.stdout).toContain(`Imported into ${slug}:`);
      expect(result.stdout).toMatch(new RegExp(`new\\s+${rows}\\n`));
      expect(count("select count(*) n from offerings o join networks w on w.id = o.network_id where w.slug = ?", slug)).toBe(rows);
      // One version per offering.
      expect(count("select count(*) n from offering_versions v join offerings o on o.id = v.offering_id join networks w on w.id = o.network_id where w.slug = ?", slug)).toBe(rows);
    }
  });

  it("writes nothing on a dry run but reports exactly what the import would do", () => {
    expect(cli("create-network", "--slug", "probe", "--name", "Probelauf").code).toBe(0);
    const before = digest();
    const audits = count("select count(*) n from audit_log");
    const result = cli("import-offerings", fileURLToPath(new URL("offerings-dev-d.csv", sharedData)), "--network", "probe", "--create-missing", "--dry-run");
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("Dry run for probe: nothing was written.");
    expect(result.stdout).toMatch(/new\s+140\n/);
    expect(result.stdout).toMatch(/new centres\s+12 \(/);
    expect(digest()).toBe(before);
    expect(count("select count(*) n from audit_log")).toBe(audits);
  });

  it("reports every error by row and column, exits 1 and writes nothing", () => {
    const file = writeCsv("kaputt.csv", [
      header,
      "K1;Familienzentrum Arche;Massen;Gut;;gesundheit;0;3;Mo;09:00;10:00;de;0;nein",
      "K2;Familienzentrum Arche;Massen;Alter verdreht;;gesundheit;5;2;Mo;09:00;10:00;de;0;nein",
      "K3;Familienzentrum Arche;Massen;;;gesundheit;0;3;Xy;09:00;10:00;de;0;vielleicht",
    ]);
    const before = digest();
    const result = cli("import-offerings", file, "--network", "unna");
    expect(result.code).toBe(1);
    const lines = result.stderr.split("\n");
    expect(lines.slice(0, -1)).toEqual([
      "Zeile 3, Spalte age_to: Das Höchstalter liegt unter dem Mindestalter.",
      "Zeile 4, Spalte title: Der Titel fehlt.",
      "Zeile 4, Spalte weekday: Unbekannter Wochentag „Xy“ (erlaubt: Mo, Di, Mi, Do, Fr, Sa, So oder leer).",
      "Zeile 4, Spalte registration: „vielleicht“: bitte ja oder nein.",
    ]);
    expect(lines.at(-1)).toBe(`Error: 4 error(s) in 2 row(s) of ${file}; nothing was imported`);
    expect(result.stdout).toBe("");
    expect(digest()).toBe(before);

    const unknown = writeCsv("unbekannt.csv", [header, "U1;Familienzentrum Nirgendwo;Massen;Spielkreis;;gesundheit;0;3;Mo;09:00;10:00;de;0;nein"]);
    const refused = cli("import-offerings", unknown, "--network", "unna");
    expect(refused.code).toBe(1);
    expect(refused.stderr.split("\n")[0]).toBe("Zeile 2, Spalte centre: Unbekanntes Familienzentrum „Familienzentrum Nirgendwo“.");
    expect(digest()).toBe(before);
  });

  it("exports CSV only on stdout, and importing the export changes nothing", () => {
    const exported = cli("export-offerings", "--network", "unna");
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stderr).toBe("");
    expect(exported.stdout.startsWith(`\uFEFF${header};age_from_months;age_to_months\r\n`)).toBe(true);
    expect(exported.stdout.endsWith("\r\n")).toBe(true);
    const records = exported.stdout.trimEnd().split("\r\n").length - 1;
    expect(records).toBe(count("select count(*) n from offerings o join networks w on w.id = o.network_id where w.slug = 'unna' and o.status <> 'archived'"));
    const file = path.join(dir, "export.csv");
    fs.writeFileSync(file, exported.stdout);
    const before = digest();
    const result = cli("import-offerings", file, "--network", "unna");
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`unchanged\\s+${records}\\n`));
    expect(result.stdout).toMatch(/updated\s+0\n/);
    expect(digest()).toBe(before);
  });

  it("updates the offering when its ref comes again, keeping a version", () => {
    const exported = cli("export-offerings", "--network", "unna").stdout.split("\r\n");
    const index = exported.findIndex((line) => line.startsWith("A0026;"));
    const cells = exported[index]!.split(";");
    cells[3] = "Malen, Kneten und Basteln";
    const file = writeCsv("update.csv", [exported[0]!.replace(/^\uFEFF/, ""), cells.join(";")]);
    const offeringsBefore = count("select count(*) n from offerings");
    const result = cli("import-offerings", file, "--network", "unna");
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/new\s+0\n\s+updated\s+1\n/);
    expect(count("select count(*) n from offerings")).toBe(offeringsBefore);
    const [row] = query<{ id: number; title: string; version: number }>("select o.id, o.title, o.version from offerings o where o.ref = 'A0026'");
    expect(row).toMatchObject({ title: "Malen, Kneten und Basteln", version: 2 });
    const versions = query<{ changes: string }>("select changes from offering_versions where offering_id = ? order by version", row!.id);
    expect(versions).toHaveLength(2);
    expect(JSON.parse(versions[1]!.changes)).toEqual({ title: ["Malen und Basteln für Kinder", "Malen, Kneten und Basteln"] });
  });

  it("fails with one clear line for an unknown network, a missing file or missing options", () => {
    const file = fileURLToPath(new URL("offerings-dev-a.csv", sharedData));
    for (const [args, message] of [
      [["import-offerings", file, "--network", "nirgendwo"], 'Error: Unknown network "nirgendwo"'],
      [["export-offerings", "--network", "nirgendwo"], 'Error: Unknown network "nirgendwo"'],
      [["import-offerings", path.join(dir, "fehlt.csv"), "--network", "unna"], `Error: No such file: ${path.join(dir, "fehlt.csv")}`],
      [["import-offerings", file], "Error: Missing --network"],
      [["import-offerings", "--network", "unna"], "Error: Missing FILE: npm run cli -- import-offerings FILE --network SLUG"],
    ] as const) {
      const result = cli(...args);
      expect(result.code, args.join(" ")).toBe(1);
      expect(result.stderr).toBe(message);
      expect(result.stdout).toBe("");
    }
  });
});
