import { describe, expect, it } from "vitest";
import { tileImageSource } from "./tiles";

describe("tileImageSource", () => {
  it("is the origin of the tile URL", () => {
    expect(tileImageSource("https://tile.openstreetmap.org/{z}/{x}/{y}.png")).toBe("https://tile.openstreetmap.org");
    expect(tileImageSource("http://127.0.0.1:8080/tiles/{z}/{x}/{y}.png")).toBe("http://127.0.0.1:8080");
    expect(tileImageSource("https://{s}.tile.example.org/{z}/{x}/{y}.png")).toBe("https://*.tile.example.org");
  });

  it("refuses anything that is not a plain http(s) host", () => {
    expect(tileImageSource(undefined)).toBeNull();
    expect(tileImageSource("")).toBeNull();
    expect(tileImageSource("javascript:alert(1)")).toBeNull();
    expect(tileImageSource("https://{z}.example.org/x.png")).toBeNull();
    expect(tileImageSource("https://a.example.org; script-src *")).toBeNull();
  });
});
