// Expectation shorthands and the case type for the route × persona matrix.
import type { Outcome, Persona } from "../helpers";

export type Expectation = Record<Persona, Outcome>;

export const everyoneGets = (outcome: Outcome): Expectation => ({
  anonymous: outcome,
  staffA: outcome,
  leadA: outcome,
  leadB: outcome,
  coordinator: outcome,
  admin: outcome,
  otherNetwork: outcome,
});

export const expect = {
  public: everyoneGets("ok"),
  /** Anyone signed in; visitors are sent to sign in. */
  signedIn: { ...everyoneGets("ok"), anonymous: "login" } as Expectation,
  /** Members of the demo network (and admins). */
  members: { ...everyoneGets("ok"), anonymous: "login", otherNetwork: "forbidden" } as Expectation,
  /** The demo network's coordinator and admins. */
  coordinators: { ...everyoneGets("forbidden"), anonymous: "login", coordinator: "ok", admin: "ok" } as Expectation,
  /** Instance admins only. */
  admins: { ...everyoneGets("forbidden"), anonymous: "login", admin: "ok" } as Expectation,
  /** Whoever may change centre A (Arche): its lead, the coordinator, admins. */
  centreA: { ...everyoneGets("forbidden"), anonymous: "login", leadA: "ok", coordinator: "ok", admin: "ok" } as Expectation,
};

export interface MatrixCase {
  /** Route file name in app/routes without extension. */
  route: string;
  kind: "loader" | "action";
  path: string;
  /**
   * Route params; a function when they hold ids known only after seeding. It runs before the
   * database fingerprint is taken, so it may also create a throwaway row (e.g. one to delete).
   */
  params?: Record<string, string> | (() => Record<string, string>);
  /** Form fields for actions; a function so it can look up ids. */
  form?: () => Record<string, string | string[]>;
  expect: Expectation;
}

