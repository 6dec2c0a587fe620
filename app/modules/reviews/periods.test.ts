import { describe, expect, it } from "vitest";
import { dueDateFor, nextCyclePeriod, periodAfter, periodContaining, periodTitle, suggestedCycle } from "./periods";
import { addDays, berlinDate, berlinMidnight, isIsoDate } from "~/modules/time/dates";

describe("review periods", () => {
  it("finds the quarter, half-year and year containing a date", () => {
    expect(periodContaining("quarterly", "2026-11-23")).toEqual({ start: "2026-10-01", end: "2026-12-31" });
    expect(periodContaining("quarterly", "2027-02-28")).toEqual({ start: "2027-01-01", end: "2027-03-31" });
    expect(periodContaining("half-yearly", "2026-06-30")).toEqual({ start: "2026-01-01", end: "2026-06-30" });
    expect(periodContaining("half-yearly", "2026-07-01")).toEqual({ start: "2026-07-01", end: "2026-12-31" });
    expect(periodContaining("yearly", "2028-02-29")).toEqual({ start: "2028-01-01", end: "2028-12-31" });
  });

  it("continues directly after the previous period, across the year", () => {
    expect(periodAfter("half-yearly", "2026-12-31")).toEqual({ start: "2027-01-01", end: "2027-06-30" });
    expect(periodAfter("quarterly", "2027-06-30")).toEqual({ start: "2027-07-01", end: "2027-09-30" });
    expect(periodAfter("yearly", "2026-12-31")).toEqual({ start: "2027-01-01", end: "2027-12-31" });
  });

  it("titles periods in German", () => {
    expect(periodTitle("half-yearly", "2027-01-01")).toBe("1. Halbjahr 2027");
    expect(periodTitle("half-yearly", "2026-07-01")).toBe("2. Halbjahr 2026");
    expect(periodTitle("quarterly", "2027-07-01")).toBe("3. Quartal 2027");
    expect(periodTitle("yearly", "2027-01-01")).toBe("Jahr 2027");
  });

  it("sets the due date four weeks after the period's end", () => {
    expect(dueDateFor({ start: "2026-07-01", end: "2026-12-31" })).toBe("2027-01-28");
    expect(addDays("2026-02-28", 1)).toBe("2026-03-01");
  });

  it("opens the current period when there is no cycle, the following one otherwise, never a stale backlog", () => {
    expect(nextCyclePeriod("half-yearly", null, "2026-11-23")).toEqual({ start: "2026-07-01", end: "2026-12-31" });
    expect(nextCyclePeriod("half-yearly", "2026-12-31", "2027-01-01")).toEqual({ start: "2027-01-01", end: "2027-06-30" });
    expect(nextCyclePeriod("quarterly", "2025-03-31", "2026-11-23")).toEqual({ start: "2026-10-01", end: "2026-12-31" });
  });

  it("suggests the half-year after the latest cycle", () => {
    expect(suggestedCycle("2026-06-30", "2026-11-23")).toEqual({ start: "2026-07-01", end: "2026-12-31", title: "2. Halbjahr 2026", dueOn: "2027-01-28" });
    expect(suggestedCycle(null, "2027-03-01").title).toBe("1. Halbjahr 2027");
  });

  it("checks ISO dates and knows Berlin's midnight and today", () => {
    expect(isIsoDate("2026-02-29")).toBe(false);
    expect(isIsoDate("2028-02-29")).toBe(true);
    expect(isIsoDate("1.1.2026")).toBe(false);
    expect(berlinMidnight("2026-01-01")).toBe(Date.parse("2025-12-31T23:00:00Z"));
    expect(berlinMidnight("2026-07-01")).toBe(Date.parse("2026-06-30T22:00:00Z"));
    expect(berlinDate(new Date("2026-11-23T23:30:00Z"))).toBe("2026-11-24");
  });
});
