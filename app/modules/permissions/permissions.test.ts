import { describe, expect, it } from "vitest";
import { can, type Actor, type Membership } from "./permissions";

function actor(memberships: Membership[], isAdmin = false): Actor {
  return { userId: 1, name: "Test", email: "t@example.org", isAdmin, memberships };
}

const leadOfA = actor([{ networkId: 1, centreId: 10, role: "lead" }]);
const staffOfA = actor([{ networkId: 1, centreId: 10, role: "staff" }]);
const coordinator = actor([{ networkId: 1, centreId: null, role: "coordinator" }]);

describe("can", () => {
  it("lets a lead update their own centre but never another", () => {
    expect(can(leadOfA, "update:centre", { networkId: 1, centreId: 10 })).toBe(true);
    expect(can(leadOfA, "update:centre", { networkId: 1, centreId: 11 })).toBe(false);
    expect(can(leadOfA, "update:centre", { networkId: 1 })).toBe(false);
  });

  it("does not carry a lead's role into another network with the same centre id", () => {
    expect(can(leadOfA, "update:centre", { networkId: 2, centreId: 10 })).toBe(false);
    expect(can(leadOfA, "read:network", { networkId: 2 })).toBe(false);
  });

  it("lets staff read the network but change nothing", () => {
    expect(can(staffOfA, "read:network", { networkId: 1 })).toBe(true);
    expect(can(staffOfA, "update:centre", { networkId: 1, centreId: 10 })).toBe(false);
    expect(can(staffOfA, "manage:network", { networkId: 1 })).toBe(false);
  });

  it("gives coordinators every centre of their network only", () => {
    expect(can(coordinator, "update:centre", { networkId: 1, centreId: 99 })).toBe(true);
    expect(can(coordinator, "read:audit", { networkId: 1 })).toBe(true);
    expect(can(coordinator, "update:centre", { networkId: 2, centreId: 99 })).toBe(false);
    expect(can(coordinator, "admin:instance")).toBe(false);
  });

  it("gives admins everything and anonymous visitors nothing", () => {
    expect(can(actor([], true), "admin:instance")).toBe(true);
    expect(can(actor([], true), "manage:members", { networkId: 7 })).toBe(true);
    expect(can(null, "read:network", { networkId: 1 })).toBe(false);
  });

  it("combines several roles of one person", () => {
    const both = actor([
      { networkId: 1, centreId: 10, role: "staff" },
      { networkId: 1, centreId: 11, role: "lead" },
    ]);
    expect(can(both, "update:centre", { networkId: 1, centreId: 10 })).toBe(false);
    expect(can(both, "update:centre", { networkId: 1, centreId: 11 })).toBe(true);
  });
});
