import { describe, expect, it } from "vitest";
import { originAllowed } from "./origin";

describe("originAllowed", () => {
  it("accepts our own origin and requests without one", () => {
    expect(originAllowed("http://localhost:3000", "localhost:3000")).toBe(true);
    expect(originAllowed(undefined, "localhost:3000")).toBe(true);
  });
  it("accepts an opaque origin only when Fetch Metadata says same-origin", () => {
    expect(originAllowed("null", "localhost:3000", "same-origin")).toBe(true);
  });

  it("refuses other origins, opaque origins and garbage", () => {
    expect(originAllowed("https://evil.example", "localhost:3000")).toBe(false);
    expect(originAllowed("http://localhost:3001", "localhost:3000")).toBe(false);
    expect(originAllowed("null", "localhost:3000")).toBe(false);
    expect(originAllowed("null", "localhost:3000", "cross-site")).toBe(false);
    expect(originAllowed("not a url", "localhost:3000")).toBe(false);
  });
});
