// The route × persona matrix: what each persona gets from every loader and action.
// tests/permissions.test.ts fails when a route exists that this table does not cover.
import type { Outcome, Persona } from "./helpers";

export type Expectation = Record<Persona, Outcome>;

const everyone = (outcome: Outcome): Expectation => ({
  anonymous: outcome,
  staffA: outcome,
  leadA: outcome,
  leadB: outcome,
  coordinator: outcome,
  admin: outcome,
  otherNetwork: outcome,
});

export const expect = {
  public: everyone("ok"),
  /** Anyone signed in; visitors are sent to sign in. */
  signedIn: { ...everyone("ok"), anonymous: "login" } as Expectation,
  /** Members of the demo network (and admins). */
  members: { ...everyone("ok"), anonymous: "login", otherNetwork: "forbidden" } as Expectation,
  /** The demo network's coordinator and admins. */
  coordinators: { ...everyone("forbidden"), anonymous: "login", coordinator: "ok", admin: "ok" } as Expectation,
  /** Instance admins only. */
  admins: { ...everyone("forbidden"), anonymous: "login", admin: "ok" } as Expectation,
  /** Whoever may change centre A (Arche): its lead, the coordinator, admins. */
  centreA: { ...everyone("forbidden"), anonymous: "login", leadA: "ok", coordinator: "ok", admin: "ok" } as Expectation,
};

export interface MatrixCase {
  /** Route file name in app/routes without extension. */
  route: string;
  kind: "loader" | "action";
  path: string;
  params?: Record<string, string>;
  /** Form fields for actions; a function so it can look up ids. */
  form?: () => Record<string, string | string[]>;
  expect: Expectation;
}

export const matrix: MatrixCase[] = [
  { route: "_index", kind: "loader", path: "/", expect: { ...everyone("redirect"), anonymous: "ok", admin: "ok" } },
  { route: "login", kind: "loader", path: "/login", expect: { ...everyone("redirect"), anonymous: "ok" } },
  {
    route: "login",
    kind: "action",
    path: "/login",
    form: () => ({ email: "nobody@example.org", password: "wrong-password" }),
    expect: everyone("invalid"),
  },
  { route: "logout", kind: "loader", path: "/logout", expect: everyone("redirect") },
  { route: "language", kind: "loader", path: "/language", expect: everyone("redirect") },
  { route: "healthz", kind: "loader", path: "/healthz", expect: everyone("ok") },
  { route: "impressum", kind: "loader", path: "/impressum", expect: everyone("ok") },
  { route: "datenschutz", kind: "loader", path: "/datenschutz", expect: everyone("ok") },
  { route: "n.$network", kind: "loader", path: "/n/unna", params: { network: "unna" }, expect: expect.members },
  { route: "n.$network._index", kind: "loader", path: "/n/unna", params: { network: "unna" }, expect: expect.members },
];

/**
 * Actions that sign out or switch language act on the caller's own session only; they are covered
 * by their own tests (tests/accounts.test.ts) because running them here would end the personas' sessions.
 */
export const coveredElsewhere = new Set(["logout:action", "language:action"]);
