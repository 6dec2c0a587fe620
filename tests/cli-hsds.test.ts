// `npm run cli -- export-hsds`: a real process on a real SQLite file; its output validates against HSDS 3.0.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hsdsValidator } from "./hsds-validator";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "familiennetz-cli-hsds-"));
const databasePath = path.join(dir, "cli.db");

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "cli/index.ts", ...args], {
    env: { ...process.env, DATABASE_PATH: databasePath, APP_URL: "https://wegweiser.example" },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr.trim() };
}

beforeAll(() => {
  const seeded = cli("seed-demo");
  expect(seeded.code, seeded.stderr).toBe(0);
  expect(cli("create-network", "--slug", "leer", "--name", "Leeres Netzwerk").code).toBe(0);
}, 60_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("npm run cli -- export-hsds", () => {
  it("prints a JSON array of valid HSDS 3.0 service records with links to the public guide", () => {
    const { code, stdout, stderr } = cli("export-hsds", "--network", "unna");
    expect(code, stderr).toBe(0);
    const records = JSON.parse(stdout) as Record<string, unknown>[];
    expect(records.length).toBeGreaterThan(50);
    const validate = hsdsValidator();
    for (const record of records) expect(validate(record)).toEqual([]);
    const tuesday = records.filter((r) => r.name === "Babymassage" && (r.schedules as { byday?: string }[])[0]!.byday === "TU");
    expect(tuesday).toHaveLength(1);
    expect(tuesday[0]!.url).toMatch(/^https:\/\/wegweiser\.example\/guide\/unna\/offerings\/\d+$/);
  });

  it("prints an empty array for a network without offerings", () => {
    const { code, stdout } = cli("export-hsds", "--network", "leer");
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual([]);
  });

  it("fails with one line for an unknown network or a missing option", () => {
    const unknown = cli("export-hsds", "--network", "nirgendwo");
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toBe('Error: Unknown network "nirgendwo"');
    const missing = cli("export-hsds");
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe("Error: Missing --network");
  });
});
