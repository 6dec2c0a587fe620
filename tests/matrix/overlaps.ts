// Matrix cases for the overlap pages (list, neighbourhood, flag with decision and comments), the
// notifications page and the "similar offerings" resource route.
import { archeFlag } from "../overlaps-fixtures";
import { everyoneGets, expect, type Expectation, type MatrixCase } from "./expect";

const unna = { network: "unna" };
const flagParams = () => ({ network: "unna", id: String(archeFlag()) });

const redirects = (e: Expectation): Expectation =>
  Object.fromEntries(Object.entries(e).map(([persona, outcome]) => [persona, outcome === "ok" ? "redirect" : outcome])) as Expectation;

/** Who may decide the Arche / St. Martin flag: Arche's lead, the coordinator, admins. */
const archeDeciders: Expectation = { ...everyoneGets("forbidden"), anonymous: "login", leadA: "ok", coordinator: "ok", admin: "ok" };

export const overlapsCases: MatrixCase[] = [
  { route: "n.$network.overlaps._index", kind: "loader", path: "/n/unna/overlaps?status=open", params: unna, expect: expect.members },
  {
    route: "n.$network.overlaps._index",
    kind: "action",
    path: "/n/unna/overlaps (Bitte prüfen: not a duplicate)",
    params: unna,
    form: () => ({ intent: "review", item: `flag:${archeFlag()}`, decision: "not-duplicate" }),
    expect: redirects(archeDeciders),
  },
  {
    route: "n.$network.overlaps.neighbourhoods.$neighbourhood",
    kind: "loader",
    path: "/n/unna/overlaps/neighbourhoods/massen",
    params: { network: "unna", neighbourhood: "massen" },
    expect: expect.members,
  },
  { route: "n.$network.overlaps.$id", kind: "loader", path: "/n/unna/overlaps/:id", params: flagParams, expect: expect.members },
  {
    route: "n.$network.overlaps.$id",
    kind: "action",
    path: "/n/unna/overlaps/:id (decide: not a duplicate)",
    params: flagParams,
    form: () => ({ intent: "decide", decision: "not-duplicate", note: "" }),
    expect: redirects(archeDeciders),
  },
  {
    route: "n.$network.overlaps.$id",
    kind: "action",
    path: "/n/unna/overlaps/:id (decide: intentional without a reason)",
    params: flagParams,
    form: () => ({ intent: "decide", decision: "intentional", note: "" }),
    expect: { ...archeDeciders, leadA: "invalid", coordinator: "invalid", admin: "invalid" },
  },
  {
    route: "n.$network.overlaps.$id",
    kind: "action",
    path: "/n/unna/overlaps/:id (comment)",
    params: flagParams,
    form: () => ({ intent: "comment", body: "Wir sprechen uns ab." }),
    expect: redirects(expect.members),
  },
  {
    route: "n.$network.offerings.similar",
    kind: "loader",
    path: "/n/unna/offerings/similar?centre=arche&title=Stilltreff&categoryId=1&neighbourhoodId=1",
    params: unna,
    expect: expect.members,
  },
  { route: "notifications", kind: "loader", path: "/notifications", expect: expect.signedIn },
  { route: "notifications", kind: "action", path: "/notifications (mark all read)", form: () => ({ intent: "read-all" }), expect: redirects(expect.signedIn) },
];
