import { everyoneGets, expect, type MatrixCase } from "./expect";

const everyone = everyoneGets;

export const coreCases: MatrixCase[] = [
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
