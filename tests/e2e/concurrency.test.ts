// Concurrent writers over real HTTP and real processes: parallel saves of one offering from two server
// processes on one database file lose no update (exactly one save wins, the others see the conflict);
// parallel CLI imports into one network are each all or nothing.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoPassword, launchBrowser, newPage, startServer, type TestServer } from "./harness";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "familiennetz-concurrency-"));
const databasePath = path.join(dir, "app.db");
const servers: TestServer[] = [];

beforeAll(async () => {
  // The second server starts once the first has migrated and seeded the file.
  servers.push(await startServer({ DATABASE_PATH: databasePath }));
  servers.push(await startServer({ DATABASE_PATH: databasePath }));
});

afterAll(async () => {
  for (const server of servers) if (server.process.exitCode === null) server.process.kill("SIGTERM");
  fs.rmSync(dir, { recursive: true, force: true });
});

function query<T>(sql: string, ...params: unknown[]): T[] {
  const conn = new Database(databasePath, { readonly: true });
  try {
    return conn.prepare(sql).all(...params) as T[];
  } finally {
    conn.close();
  }
}

async function signIn(url: string, email: string): Promise<string> {
  const response = await fetch(`${url}/login`, { method: "POST", body: new URLSearchParams({ email, password: demoPassword }), redirect: "manual" });
  expect(response.status).toBe(302);
  return `fn_session=${/fn_session=([a-z2-7]+)/.exec(response.headers.get("set-cookie") ?? "")![1]}`;
}

/** The fields of the offering's edit form exactly as a browser would send them. */
async function editFormFields(url: string, offeringId: number): Promise<[string, string][]> {
  const browser = await launchBrowser();
  try {
    const { context, page } = await newPage(browser);
    const cookie = await signIn(url, "leitung.arche@example.org");
    await context.addCookies([{ name: "fn_session", value: cookie.split("=")[1]!, url }]);
    await page.goto(`${url}/n/unna/offerings/${offeringId}/edit`);
    return await page.evaluate(() => {
      const form = document.querySelector("main form[method='post']") as HTMLFormElement;
      return Array.from(new FormData(form).entries()).map(([k, v]) => [k, String(v)] as [string, string]);
    });
  } finally {
    await browser.close();
  }
}

describe("parallel saves of one offering from two server processes", () => {
  it("accept exactly one save based on a version and refuse the others as conflicts", async () => {
    const [offering] = query<{ id: number; version: number }>(
      "select o.id, o.version from offerings o join centres c on c.id = o.centre_id where c.slug = 'arche' and o.status = 'published' order by o.id limit 1",
    );
    const fields = await editFormFields(servers[0]!.url, offering!.id);
    const writers = ["leitung.arche@example.org", "team.arche@example.org", "koordination@example.org"];
    const cookies = await Promise.all(servers.flatMap((s) => writers.map(async (email) => ({ url: s.url, cookie: await signIn(s.url, email) }))));
    const attempts = cookies.flatMap(({ url, cookie }, i) =>
      [0, 1].map(async (j) => {
        const body = new URLSearchParams(fields.map(([k, v]) => [k, k === "description" ? `Fassung ${i}-${j}` : v]));
        const response = await fetch(`${url}/n/unna/offerings/${offering!.id}/edit`, { method: "POST", headers: { Cookie: cookie, Origin: url }, body, redirect: "manual" });
        return { status: response.status, location: response.headers.get("location") ?? "", description: `Fassung ${i}-${j}` };
      }),
    );
    const results = await Promise.all(attempts);
    const saved = results.filter((r) => r.status === 302 && r.location.endsWith("?done=saved"));
    const refused = results.filter((r) => r.status === 409);
    expect(results.map((r) => r.status).sort()).toEqual([302, ...Array(results.length - 1).fill(409)]);
    expect(saved).toHaveLength(1);
    expect(refused).toHaveLength(results.length - 1);

    const [after] = query<{ version: number; description: string }>("select version, description from offerings where id = ?", offering!.id);
    expect(after).toEqual({ version: offering!.version + 1, description: saved[0]!.description });
    const versions = query<{ version: number }>("select version from offering_versions where offering_id = ? and version > ?", offering!.id, offering!.version);
    expect(versions).toEqual([{ version: offering!.version + 1 }]);
  });
});

describe("parallel imports into one network", () => {
  const cli = (args: string[]) =>
    new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
      execFile(process.execPath, ["--import", "tsx", "cli/index.ts", ...args], { env: { ...process.env, DATABASE_PATH: databasePath } }, (error, stdout, stderr) =>
        resolve({ status: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
      );
    });

  function csv(prefix: string, rows: number, broken = false): string {
    const header = "ref;centre;neighbourhood;title;description;category;age_from;age_to;weekday;start;end;languages;cost_eur;registration";
    const lines = Array.from({ length: rows }, (_, i) => {
      const weekday = broken && i === rows - 1 ? "Montag" : ["Mo", "Di", "Mi", "Do", "Fr"][i % 5];
      return `${prefix}-${i};Familienzentrum Arche;Königsborn;${prefix} Kurs ${i};Beschreibung ${i};elternbildung;2;6;${weekday};09:00;10:00;de;0;nein`;
    });
    const file = path.join(dir, `${prefix}.csv`);
    fs.writeFileSync(file, [header, ...lines].join("\n"));
    return file;
  }

  it("write each valid file completely and nothing of an invalid one", async () => {
    const [a, b, broken] = [csv("PARA", 400), csv("PARB", 400), csv("PARX", 400, true)];
    const results = await Promise.all([cli(["import-offerings", a, "--network", "unna"]), cli(["import-offerings", b, "--network", "unna"]), cli(["import-offerings", broken, "--network", "unna"])]);
    expect(results[0]!.status, results[0]!.stderr).toBe(0);
    expect(results[1]!.status, results[1]!.stderr).toBe(0);
    expect(results[2]!.status).not.toBe(0);
    expect(results[2]!.stderr).toContain("Zeile 401, Spalte weekday");
    expect(results[2]!.stderr).toContain("nothing was imported");
    const count = (prefix: string) => query<{ n: number }>("select count(*) n from offerings where ref like ?", `${prefix}-%`)[0]!.n;
    expect([count("PARA"), count("PARB"), count("PARX")]).toEqual([400, 400, 0]);
    expect(String(new Database(databasePath, { readonly: true }).pragma("integrity_check", { simple: true }))).toBe("ok");
  });
});
