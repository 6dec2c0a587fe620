import { describe, expect, it } from "vitest";
import { parseRoleSpec } from "./roles";

describe("parseRoleSpec", () => {
  it("reads network and centre roles", () => {
    expect(parseRoleSpec("coordinator@unna")).toEqual({ role: "coordinator", network: "unna", centre: null });
    expect(parseRoleSpec("lead@unna/arche")).toEqual({ role: "lead", network: "unna", centre: "arche" });
  });
  it("rejects malformed or contradictory roles", () => {
    expect(() => parseRoleSpec("boss@unna")).toThrow(/Invalid --role/);
    expect(() => parseRoleSpec("staff@unna")).toThrow(/needs a centre/);
    expect(() => parseRoleSpec("coordinator@unna/arche")).toThrow(/not a centre/);
  });
});
