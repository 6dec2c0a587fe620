// `npm run cli -- overlaps`: a real process on a real SQLite file, against the labelled development set D.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "familiennetz-cli-overlaps-"));
const databasePath = path.join(dir, "cli.db");
const data = path.resolve("../shared/data");

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "cli/index.ts", ...args], {
    env: { ...process.env, DATABASE_PATH: databasePath },
    encoding: "utf8",
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr.trim() };
}

beforeAll(() => {
  expect(cli("create-network", "--slug", "set-d", "--name", "Set D").code).toBe(0);
  const imported = cli("import-offerings", path.join(data, "offerings-dev-d.csv"), "--network", "set-d", "--create-missing");
  expect(imported.code, imported.stderr).toBe(0);
  expect(imported.stdout).toMatch(/Overlap scan: \d+ new/);
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

interface Pair {
  a: string;
  b: string;
  score: number;
  reasons: string[];
}

describe("npm run cli -- overlaps", () => {
  it("prints the flagged pairs of set D as JSON, matching its labelled pairs (F1 ≥ 0.9)", () => {
    const { code, stdout, stderr } = cli("overlaps", "--network", "set-d", "--json");
    expect(code, stderr).toBe(0);
    const pairs = JSON.parse(stdout) as Pair[];
    expect(Array.isArray(pairs)).toBe(true);
    for (const pair of pairs) {
      expect(Object.keys(pair).sort()).toEqual(["a", "b", "reasons", "score"]);
      expect(typeof pair.a).toBe("string");
      expect(pair.a < pair.b).toBe(true);
      expect(pair.score).toBeGreaterThanOrEqual(0);
      expect(pair.score).toBeLessThanOrEqual(1);
      expect(pair.reasons.length).toBeGreaterThan(0);
      for (const reason of pair.reasons) expect(typeof reason).toBe("string");
    }
    const keys = pairs.map((p) => `${p.a}|${p.b}`);
    expect(keys).toEqual([...keys].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)));
    expect(new Set(keys).size).toBe(keys.length);

    const truth = new Set(
      fs
        .readFileSync(path.join(data, "offerings-dev-d-pairs.csv"), "utf8")
        .split(/\r?\n/)
        .slice(1)
        .filter(Boolean)
        .map((line) => line.split(",").map((s) => s.trim()))
        .map(([x, y]) => (x! < y! ? `${x}|${y}` : `${y}|${x}`)),
    );
    const tp = keys.filter((k) => truth.has(k)).length;
    const precision = keys.length ? tp / keys.length : 0;
    const recall = tp / truth.size;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    expect(f1).toBeGreaterThanOrEqual(0.9);
  });

  it("prints a readable table without --json, and the same pairs on a second run", () => {
    const table = cli("overlaps", "--network", "set-d");
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^a\s+b\s+score\s+reasons$/m);
    expect(table.stdout).toMatch(/\d+ open flag\(s\)/);
    const again = JSON.parse(cli("overlaps", "--network", "set-d", "--json").stdout) as Pair[];
    expect(table.stdout).toContain(`${again.length} open flag(s)`);
  });

  it("fails with one line and exit 1 for an unknown network", () => {
    const { code, stderr } = cli("overlaps", "--network", "nirgendwo", "--json");
    expect(code).toBe(1);
    expect(stderr.split("\n")).toHaveLength(1);
    expect(stderr).toContain('Unknown network "nirgendwo"');
  });
});
