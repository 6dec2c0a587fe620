import { beforeAll, describe, expect, it } from "vitest";
import { databaseFingerprint, makeRequest, outcomeOf, personas, seedTwoNetworks, type Persona, type RouteModule } from "./helpers";
import { coveredElsewhere, matrix } from "./permission-matrix";

const modules = import.meta.glob<RouteModule>("../app/routes/*.tsx", { eager: true });
const routes = new Map(
  Object.entries(modules).map(([file, mod]) => [file.replace("../app/routes/", "").replace(/\.tsx$/, ""), mod]),
);

beforeAll(async () => {
  await seedTwoNetworks();
});

describe("permission matrix", () => {
  it("covers every loader and action of every route", () => {
    const missing: string[] = [];
    for (const [name, mod] of routes) {
      for (const kind of ["loader", "action"] as const) {
        if (!mod[kind]) continue;
        const key = `${name}:${kind}`;
        if (coveredElsewhere.has(key)) continue;
        if (!matrix.some((c) => c.route === name && c.kind === kind)) missing.push(key);
      }
    }
    expect(missing).toEqual([]);
  });

  for (const entry of matrix) {
    describe(`${entry.kind} ${entry.route} (${entry.path})`, () => {
      for (const persona of Object.keys(personas) as Persona[]) {
        const expected = entry.expect[persona];
        it(`${persona} → ${expected}`, async () => {
          const mod = routes.get(entry.route);
          expect(mod, `route file ${entry.route}`).toBeDefined();
          const params = typeof entry.params === "function" ? entry.params() : entry.params;
          const before = databaseFingerprint();
          const request = makeRequest(entry.path, {
            as: personas[persona],
            method: entry.kind === "action" ? "POST" : "GET",
            form: entry.kind === "action" ? (entry.form?.() ?? {}) : undefined,
          });
          const { outcome } = await outcomeOf(mod![entry.kind], request, params);
          expect(outcome).toBe(expected);
          if (outcome === "login" || outcome === "forbidden" || outcome === "notfound" || outcome === "invalid") {
            expect(databaseFingerprint(), "a refused request must change nothing").toBe(before);
          }
          if (entry.kind === "loader") expect(databaseFingerprint(), "a GET must change nothing").toBe(before);
        });
      }
    });
  }
});
