import { describe, expect, it } from "vitest";
import { currentOf } from "./section-nav";

describe("currentOf", () => {
  const calendar = { to: "/n/unna/calendar", label: "nav.calendar", also: ["/n/unna/events"] } as const;
  const network = { to: "/n/unna", label: "nav.network", end: true, also: ["/n/unna/centres"] } as const;

  it("marks the page itself as the current page", () => {
    expect(currentOf(calendar, "/n/unna/calendar")).toBe("page");
    expect(currentOf(network, "/n/unna/")).toBe("page");
  });

  it("marks the section of pages below it or under a related path", () => {
    expect(currentOf(calendar, "/n/unna/calendar/2026-11")).toBe("true");
    expect(currentOf(calendar, "/n/unna/events/12")).toBe("true");
    expect(currentOf(network, "/n/unna/centres/arche")).toBe("true");
  });

  it("leaves other pages alone, also those sharing a prefix", () => {
    expect(currentOf(calendar, "/n/unna/offerings")).toBeUndefined();
    expect(currentOf(calendar, "/n/unna/calendarx")).toBeUndefined();
    expect(currentOf(network, "/n/unna/offerings")).toBeUndefined();
  });
});
