// Durability over real HTTP: the server killed with SIGKILL in the middle of a write load loses no
// acknowledged write and leaves a sound database; a backup taken while writes go on restores to the
// same data.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoPassword, startServer, type TestServer } from "./harness";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "familiennetz-resilience-"));
const databasePath = path.join(dir, "app.db");
const servers: TestServer[] = [];

afterAll(async () => {
  for (const server of servers) if (server.process.exitCode === null) server.process.kill("SIGKILL");
  fs.rmSync(dir, { recursive: true, force: true });
});

async function start(): Promise<TestServer> {
  const server = await startServer({ DATABASE_PATH: databasePath });
  servers.push(server);
  return server;
}

async function signIn(url: string, email: string): Promise<string> {
  const response = await fetch(`${url}/login`, { method: "POST", body: new URLSearchParams({ email, password: demoPassword }), redirect: "manual" });
  expect(response.status).toBe(302);
  return `fn_session=${/fn_session=([a-z2-7]+)/.exec(response.headers.get("set-cookie") ?? "")![1]}`;
}

function read<T>(file: string, query: string): T[] {
  const conn = new Database(file, { readonly: true });
  try {
    return conn.prepare(query).all() as T[];
  } finally {
    conn.close();
  }
}

function integrity(file: string): string {
  const conn = new Database(file, { readonly: true });
  try {
    return String(conn.pragma("integrity_check", { simple: true }));
  } finally {
    conn.close();
  }
}

/** Every row of every table (FTS shadow tables aside), to compare two databases. */
function contents(file: string): string {
  const conn = new Database(file, { readonly: true });
  try {
    const tables = conn.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '%_fts%' order by name").all() as { name: string }[];
    return tables.map(({ name }) => `${name}:${JSON.stringify(conn.prepare(`select * from "${name}" order by rowid`).all())}`).join("\n");
  } finally {
    conn.close();
  }
}

/**
 * Reports needs (Bedarfe) as the coordinator, `parallel` at a time, until `stop()` says so. Each
 * title whose request was answered with the redirect to the new need is acknowledged.
 */
function writeLoad(url: string, cookie: string, neighbourhoodId: number, prefix: string, parallel = 4) {
  const acknowledged: string[] = [];
  const failures: string[] = [];
  let running = true;
  let counter = 0;
  const worker = async () => {
    while (running) {
      const title = `${prefix} ${++counter}`;
      try {
        const response = await fetch(`${url}/n/unna/needs/new`, {
          method: "POST",
          headers: { Cookie: cookie, Origin: url },
          body: new URLSearchParams({ neighbourhoodId: String(neighbourhoodId), categoryId: "", title, description: "Lasttest", source: "", ageFrom: "", ageTo: "", ageUnit: "years" }),
          redirect: "manual",
        });
        if (response.status === 302 && /\/n\/unna\/needs\/\d+\?done=created$/.test(response.headers.get("location") ?? "")) acknowledged.push(title);
        else if (running) {
          failures.push(`${response.status} ${response.headers.get("location") ?? ""} ${await response.text()}`.slice(0, 300));
          return;
        }
      } catch (error) {
        // Once the server is killed, requests in flight fail; that is the point of the test.
        if (!running) return;
        if (error instanceof TypeError) return;
        failures.push(String(error));
        return;
      }
    }
  };
  const done = Promise.all(Array.from({ length: parallel }, worker));
  return {
    acknowledged,
    /** Waits until `count` writes are acknowledged; fails on an unexpected answer or after 30 s. */
    async reach(count: number) {
      const deadline = Date.now() + 30_000;
      while (acknowledged.length < count) {
        if (failures.length > 0) throw new Error(`Write failed: ${failures[0]}`);
        if (Date.now() > deadline) throw new Error(`Only ${acknowledged.length} writes acknowledged`);
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    async stop() {
      running = false;
      await done;
    },
  };
}

describe("durability", () => {
  let server: TestServer;
  let hood = 0;

  beforeAll(async () => {
    server = await start();
    hood = read<{ id: number }>(databasePath, "select n.id from neighbourhoods n join networks w on w.id = n.network_id where w.slug = 'unna' and n.name = 'Königsborn'")[0]!.id;
  });

  it("keeps every acknowledged write and a sound database when the server is killed mid-load", async () => {
    const cookie = await signIn(server.url, "koordination@example.org");
    const load = writeLoad(server.url, cookie, hood, "Absturztest");
    await load.reach(40);
    server.process.kill("SIGKILL");
    await new Promise((r) => server.process.once("exit", r));
    await load.stop();
    const acknowledged = [...load.acknowledged];

    expect(integrity(databasePath)).toBe("ok");
    const stored = new Set(read<{ title: string }>(databasePath, "select title from needs where title like 'Absturztest %'").map((r) => r.title));
    expect(acknowledged.filter((title) => !stored.has(title))).toEqual([]);

    // It starts again on the same file and answers.
    server = await start();
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(integrity(databasePath)).toBe("ok");
  });

  it("backs up while writes go on; the backup is sound and restores to exactly its data", async () => {
    const cookie = await signIn(server.url, "koordination@example.org");
    const load = writeLoad(server.url, cookie, hood, "Sicherungstest", 2);
    await load.reach(10);
    const backupFile = path.join(dir, "backup.db");
    // Asynchronous, so that the write load in this process goes on while the CLI copies the file.
    const cli = (args: string[], database: string) =>
      new Promise<{ status: number; stderr: string }>((resolve) => {
        execFile(process.execPath, ["--import", "tsx", "cli/index.ts", ...args], { env: { ...process.env, DATABASE_PATH: database } }, (error, _stdout, stderr) =>
          resolve({ status: error ? Number(error.code ?? 1) : 0, stderr }),
        );
      });
    const ackedBefore = load.acknowledged.length;
    const backup = await cli(["backup", backupFile], databasePath);
    const ackedDuring = load.acknowledged.length - ackedBefore;
    await load.stop();
    expect(backup.status, backup.stderr).toBe(0);
    expect(ackedDuring, "writes acknowledged while the backup ran").toBeGreaterThan(0);
    expect(integrity(backupFile)).toBe("ok");
    // Writes went on during the backup; the backup holds a consistent prefix of them.
    const inBackup = read<{ title: string }>(backupFile, "select title from needs where title like 'Sicherungstest %'").length;
    expect(inBackup).toBeGreaterThanOrEqual(10);

    const restoredPath = path.join(dir, "restored.db");
    const restore = await cli(["restore", backupFile], restoredPath);
    expect(restore.status, restore.stderr).toBe(0);
    expect(contents(restoredPath)).toBe(contents(backupFile));

    // And a backup of the quiet database restores to the live data, row for row.
    const quietFile = path.join(dir, "quiet.db");
    expect((await cli(["backup", quietFile], databasePath)).status).toBe(0);
    const quietRestored = path.join(dir, "quiet-restored.db");
    expect((await cli(["restore", quietFile], quietRestored)).status).toBe(0);
    expect(contents(quietRestored)).toBe(contents(databasePath));
  });
});
