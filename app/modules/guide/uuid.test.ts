import { describe, expect, it } from "vitest";
import { entityUuid, uuidV5 } from "./uuid.server";

describe("uuidV5", () => {
  it("matches the RFC 9562 example for the DNS namespace", () => {
    // python: uuid.uuid5(uuid.NAMESPACE_DNS, "www.example.com")
    expect(uuidV5("www.example.com", "6ba7b810-9dad-11d1-80b4-00c04fd430c8")).toBe("2ed6657d-e927-568b-95e1-2665a8aea6a2");
  });

  it("is stable and differs by network, kind and id", () => {
    const a = entityUuid("unna", "service", 1);
    expect(entityUuid("unna", "service", 1)).toBe(a);
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set([a, entityUuid("hamm", "service", 1), entityUuid("unna", "location", 1), entityUuid("unna", "service", 2)]).size).toBe(4);
  });
});
