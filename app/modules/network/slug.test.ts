import { describe, expect, it } from "vitest";
import { slugify } from "./slug";

describe("slugify", () => {
  it("transliterates German names", () => {
    expect(slugify("Königsborn")).toBe("koenigsborn");
    expect(slugify("Familienzentrum Löwenzahn")).toBe("familienzentrum-loewenzahn");
    expect(slugify("St. Martin")).toBe("st-martin");
    expect(slugify("Straße & Café")).toBe("strasse-cafe");
  });
});
