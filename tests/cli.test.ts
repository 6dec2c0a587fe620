// The CLI as an operator runs it: a real process on a real SQLite file.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "familiennetz-cli-"));
const databasePath = path.join(dir, "cli.db");

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "cli/index.ts", ...args], {
    env: { ...process.env, DATABASE_PATH: databasePath },
    encoding: "utf8",
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr.trim() };
}

function query<T>(sql: string, file = databasePath): T[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("npm run cli", () => {
  it("lists its commands with --help", () => {
    const { code, stdout } = cli("--help");
    expect(code).toBe(0);
    for (const name of ["create-network", "create-user", "seed-demo", "backup", "restore"]) expect(stdout).toContain(name);
  });

  it("fails with one clear line and a non-zero exit on an unknown command", () => {
    const { code, stderr } = cli("frobnicate");
    expect(code).toBe(1);
    expect(stderr.split("\n")).toHaveLength(1);
    expect(stderr).toContain('Unknown command "frobnicate"');
  });

  it("creates a network and refuses a second one with the same slug", () => {
    expect(cli("create-network", "--slug", "hamm", "--name", "Netzwerk Hamm").code).toBe(0);
    const again = cli("create-network", "--slug", "hamm", "--name", "Noch einmal");
    expect(again.code).toBe(1);
    expect(again.stderr).toBe('Error: A network with slug "hamm" already exists');
    expect(cli("create-network", "--slug", "Bad Slug!", "--name", "x").stderr).toContain("--slug must be");
    expect(cli("create-network", "--name", "x").stderr).toBe("Error: Missing --slug");
  });

  it("seeds the demo network once", () => {
    expect(cli("seed-demo").stdout).toContain("Seeded the demo network unna");
    expect(cli("seed-demo").stdout).toContain("already exists");
    expect(query<{ n: number }>("select count(*) n from neighbourhoods n join networks w on w.id = n.network_id where w.slug = 'unna'")[0]!.n).toBe(14);
    expect(query<{ n: number }>("select count(*) n from centres")[0]!.n).toBe(8);
    expect(query<{ n: number }>("select count(*) n from criteria")[0]!.n).toBe(4);
  });

  it("creates a user with roles and rejects bad roles in one line", () => {
    const ok = cli("create-user", "--email", "Neu@Example.org", "--name", "Neu", "--password", "ein-langes-passwort", "--role", "lead@unna/arche", "--role", "coordinator@hamm");
    expect(ok.code, ok.stderr).toBe(0);
    const roles = query<{ role: string; slug: string }>(
      "select m.role, w.slug from memberships m join users u on u.id = m.user_id join networks w on w.id = m.network_id where u.email = 'neu@example.org' order by m.role",
    );
    expect(roles).toEqual([
      { role: "coordinator", slug: "hamm" },
      { role: "lead", slug: "unna" },
    ]);
    const badCentre = cli("create-user", "--email", "x@example.org", "--name", "X", "--password", "ein-langes-passwort", "--role", "lead@unna/nirgendwo");
    expect(badCentre.code).toBe(1);
    expect(badCentre.stderr).toBe('Error: Unknown centre "nirgendwo" in network unna');
    expect(query<{ n: number }>("select count(*) n from users where email = 'x@example.org'")[0]!.n).toBe(0);
    expect(cli("create-user", "--email", "y@example.org", "--name", "Y", "--password", "kurz").stderr).toContain("at least 10 characters");
  });

  it("backs up and restores the database", () => {
    const backup = path.join(dir, "backup", "copy.db");
    expect(cli("backup", backup).code).toBe(0);
    expect(query<{ n: number }>("select count(*) n from users", backup)[0]!.n).toBe(
      query<{ n: number }>("select count(*) n from users")[0]!.n,
    );
    expect(cli("create-network", "--slug", "soest", "--name", "Netzwerk Soest").code).toBe(0);
    expect(cli("restore", backup).code).toBe(0);
    expect(query<{ slug: string }>("select slug from networks order by slug").map((r) => r.slug)).toEqual(["hamm", "unna"]);
    const missing = cli("restore", path.join(dir, "nope.db"));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("No such file");
  });
});
