import { describe, expect, it } from "vitest";
import { movedOrder } from "./move";

describe("movedOrder", () => {
  it("swaps the entry with its neighbour", () => {
    expect(movedOrder([4, 7, 9], 7, "up")).toEqual([7, 4, 9]);
    expect(movedOrder([4, 7, 9], 7, "down")).toEqual([4, 9, 7]);
  });

  it("refuses moves past either end and unknown entries", () => {
    expect(movedOrder([4, 7, 9], 4, "up")).toBeNull();
    expect(movedOrder([4, 7, 9], 9, "down")).toBeNull();
    expect(movedOrder([4, 7, 9], 5, "up")).toBeNull();
  });
});
