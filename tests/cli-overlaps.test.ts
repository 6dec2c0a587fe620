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

interface Group {
  neighbourhood: string;
  members: string[];
  score: number;
  reasons: string[];
}

/** Every two members of a group from different centres as pairs "a|b" (a < b): how the output is scored. */
const pairsOf = (groups: Group[], centreOf: Map<string, string>) =>
  groups.flatMap((g) =>
    g.members.flatMap((a, i) =>
      g.members
        .slice(i + 1)
        .filter((b) => centreOf.get(a) !== centreOf.get(b))
        .map((b) => (a < b ? `${a}|${b}` : `${b}|${a}`)),
    ),
  );

describe("npm run cli -- overlaps", () => {
  // Set D is one of the towns the model is trained on, so this checks the command end to end, not how
  // detection generalises (that is leave-one-town-out, in detect.test.ts and the bench).
  it("prints the duplicate groups of set D as JSON, whose pairs match its labelled pairs (F1 ≥ 0.85)", () => {
    const { code, stdout, stderr } = cli("overlaps", "--network", "set-d", "--json");
    expect(code, stderr).toBe(0);
    const groups = JSON.parse(stdout) as Group[];
    expect(Array.isArray(groups)).toBe(true);
    expect(groups.some((g) => g.members.length > 2)).toBe(true);
    const rows = fs
      .readFileSync(path.join(data, "offerings-dev-d.csv"), "utf8")
      .split(/\r?\n/)
      .slice(1)
      .filter(Boolean)
      .map((line) => line.split(";"));
    const hoods = new Set(rows.map((row) => row[2]));
    const centreOf = new Map(rows.map((row) => [row[0]!.replace(/^\uFEFF/, ""), row[1]!]));
    for (const group of groups) {
      expect(Object.keys(group).sort()).toEqual(["members", "neighbourhood", "reasons", "score"]);
      expect(hoods.has(group.neighbourhood)).toBe(true);
      expect(group.members.length).toBeGreaterThanOrEqual(2);
      expect(group.members).toEqual([...group.members].sort());
      expect(group.score).toBeGreaterThanOrEqual(0);
      expect(group.score).toBeLessThanOrEqual(1);
      expect(group.reasons.length).toBeGreaterThan(0);
      for (const reason of group.reasons) expect(typeof reason).toBe("string");
    }
    const keys = new Set(pairsOf(groups, centreOf));
    const truth = new Set(
      fs
        .readFileSync(path.join(data, "offerings-dev-d-pairs.csv"), "utf8")
        .split(/\r?\n/)
        .slice(1)
        .filter(Boolean)
        .map((line) => line.split(",").map((s) => s.trim()))
        .map(([x, y]) => (x! < y! ? `${x}|${y}` : `${y}|${x}`)),
    );
    const tp = [...keys].filter((k) => truth.has(k)).length;
    const precision = keys.size ? tp / keys.size : 0;
    const recall = tp / truth.size;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    expect(f1).toBeGreaterThanOrEqual(0.85);
  });

  it("prints readable lines without --json, and the same groups on a second run", () => {
    const table = cli("overlaps", "--network", "set-d");
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^[^:\n]+: [^,\n]+, .+\s\d\.\d\d\s/m);
    const again = JSON.parse(cli("overlaps", "--network", "set-d", "--json").stdout) as Group[];
    expect(table.stdout).toContain(`${again.length} open duplicate group(s)`);
  });

  it("fails with one line and exit 1 for an unknown network", () => {
    const { code, stderr } = cli("overlaps", "--network", "nirgendwo", "--json");
    expect(code).toBe(1);
    expect(stderr.split("\n")).toHaveLength(1);
    expect(stderr).toContain('Unknown network "nirgendwo"');
  });
});
