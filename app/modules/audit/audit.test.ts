import { describe, expect, it } from "vitest";
import { diffRecords } from "./audit.server";

describe("diffRecords", () => {
  it("lists only changed fields with before and after", () => {
    expect(diffRecords({ name: "A", phone: "1", focusAreas: ["x"] }, { name: "A", phone: "2", focusAreas: ["x", "y"] })).toEqual({
      phone: ["1", "2"],
      focusAreas: [["x"], ["x", "y"]],
    });
  });
  it("never records password hashes", () => {
    expect(diffRecords({ passwordHash: "a" }, { passwordHash: "b" })).toEqual({});
  });
  it("treats missing and null alike", () => {
    expect(diffRecords({ endsOn: null }, {})).toEqual({});
  });
});
