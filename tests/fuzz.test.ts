// Property-based fuzzing of every action: random, oversized, malformed and hostile values (unicode,
// markup, SQL, huge numbers, missing and repeated fields) posted by an admin (who passes every
// permission check, so the input reaches the validation). Never a 5xx or a thrown error; a refused
// request answers with a message and leaves the database unchanged.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { databaseFingerprint, makeRequest, personas, seedTwoNetworks, type RouteModule } from "./helpers";
import { coveredElsewhere, matrix } from "./permission-matrix";

const modules = import.meta.glob<RouteModule>("../app/routes/*.tsx", { eager: true });
const routes = new Map(Object.entries(modules).map(([file, mod]) => [file.replace("../app/routes/", "").replace(/\.tsx$/, ""), mod]));
const runs = Number(process.env.FUZZ_RUNS ?? 10);

beforeAll(async () => {
  await seedTwoNetworks();
});

const hostile = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.constantFrom(
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "' OR 1=1; --",
    '"; DROP TABLE users; --',
    "../../etc/passwd",
    "\u0000",
    "\u202e\u0645\u0631\u062d\u0628\u0627",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 👨‍👩‍👧",
    "9".repeat(400),
    "-1",
    "0",
    "1e309",
    "-9007199254740993",
    "NaN",
    "Infinity",
    "0x10",
    "2026-02-30",
    "99999-01-01",
    "25:99",
    "true",
    "null",
    "[]",
    "{}",
    " ",
    "",
  ),
  fc.integer().map(String),
  fc.double().map(String),
  fc.constant("x".repeat(200_000)),
);

type Pairs = [string, string | File][];

/** Each field kept, replaced by a hostile value, dropped, or repeated; sometimes an extra field. */
const mutation = (valid: Pairs) =>
  fc
    .tuple(
      fc.array(fc.tuple(fc.constantFrom("keep", "hostile", "drop", "repeat"), hostile, hostile), { minLength: valid.length, maxLength: valid.length }),
      fc.option(fc.tuple(fc.string({ maxLength: 12 }), hostile)),
    )
    // At least one field is not as the valid form has it (a form without fields gets an extra one).
    .filter(([choices, extra]) => choices.some(([choice], i) => choice !== "keep" && !(valid[i]![1] instanceof File)) || (valid.length === 0 && extra !== null))
    .map(([choices, extra]) => {
      const pairs: Pairs = [];
      valid.forEach(([key, value], i) => {
        const [choice, a, b] = choices[i]!;
        if (choice === "keep" || value instanceof File) pairs.push([key, value]);
        else if (choice === "hostile") pairs.push([key, a]);
        else if (choice === "repeat") pairs.push([key, a], [key, b]);
      });
      if (extra) pairs.push(extra);
      return pairs;
    });

function pairsOf(form: Record<string, string | string[]> | FormData | undefined): Pairs {
  if (!form) return [];
  if (form instanceof FormData) return [...form.entries()] as Pairs;
  return Object.entries(form).flatMap(([key, value]) => (Array.isArray(value) ? value.map((v) => [key, v] as [string, string]) : [[key, value] as [string, string]]));
}

/** What the action answered: its status and the data, or the thrown non-Response error. */
async function post(mod: RouteModule, path: string, params: Record<string, string>, pairs: Pairs) {
  const body = new FormData();
  for (const [key, value] of pairs) body.append(key, value);
  const request = makeRequest(path, { as: personas.admin, method: "POST", form: body });
  try {
    const value = await (mod.action as (args: never) => unknown)({ request, params, context: { clientAddress: "127.0.0.1", cspNonce: "" } } as never);
    return { value, status: statusOf(value), error: null };
  } catch (thrown) {
    if (thrown instanceof Response) return { value: thrown, status: thrown.status, error: null };
    return { value: null, status: 500, error: thrown };
  }
}

function statusOf(value: unknown): number {
  if (value instanceof Response) return value.status;
  if (value && typeof value === "object" && "init" in value && "data" in value) return (value as { init?: { status?: number } | null }).init?.status ?? 200;
  return 200;
}

async function messageOf(value: unknown): Promise<string> {
  if (value instanceof Response) return value.bodyUsed ? "" : await value.clone().text();
  return JSON.stringify(value && typeof value === "object" && "data" in value ? (value as { data: unknown }).data : value) ?? "";
}

const actions = matrix.filter((c) => c.kind === "action" && !coveredElsewhere.has(`${c.route}:action`));
// Resolved before any fuzzing: a fuzzed request may legitimately change what a later case looks up.
const resolvedParams = new Map<(typeof actions)[number], Record<string, string>>();
const validForms = new Map<(typeof actions)[number], Pairs>();

beforeAll(() => {
  for (const entry of actions) {
    resolvedParams.set(entry, typeof entry.params === "function" ? entry.params() : (entry.params ?? {}));
    validForms.set(entry, pairsOf(entry.form?.()));
  }
});

describe("fuzzing every action", () => {
  it("has actions to fuzz", () => {
    expect(actions.length).toBeGreaterThan(40);
  });

  for (const entry of actions) {
    it(`${entry.route} (${entry.path}) survives hostile input`, async () => {
      const mod = routes.get(entry.route)!;
      const params = resolvedParams.get(entry)!;
      const valid = validForms.get(entry)!;
      await fc.assert(
        fc.asyncProperty(mutation(valid), async (pairs) => {
          const before = databaseFingerprint();
          const answer = await post(mod, entry.path, params, pairs);
          expect(answer.error, `threw ${String(answer.error)}`).toBeNull();
          expect(answer.status).toBeLessThan(500);
          if (answer.status >= 400) {
            expect(databaseFingerprint(), "a refused request must change nothing").toBe(before);
            expect((await messageOf(answer.value)).length, "a refusal says why").toBeGreaterThan(0);
          }
        }),
        { numRuns: runs },
      );
    }, 120_000);
  }
});
