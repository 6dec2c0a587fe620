import { afterEach, describe, expect, it } from "vitest";
import { nowMs, setClock } from "./clock";
import { addDays, addMonths, berlinDate, firstOfMonth, lastOfMonth, berlinMidnight, berlinMoment, berlinToday, daysUntil, isIsoDate, isoWeekday } from "./dates";

afterEach(() => setClock(null));

describe("the clock", () => {
  it("can be pinned by tests and released again", () => {
    setClock("2031-02-03T10:00:00Z");
    expect(nowMs()).toBe(Date.parse("2031-02-03T10:00:00Z"));
    expect(berlinToday()).toBe("2031-02-03");
    setClock(null);
    expect(Math.abs(nowMs() - performance.timeOrigin - performance.now())).toBeLessThan(5_000);
  });
});

describe("Berlin dates", () => {
  it("reads late evening on New Year's Eve as the next day once midnight has passed in Berlin", () => {
    expect(berlinDate(Date.parse("2026-12-31T22:30:00Z"))).toBe("2026-12-31");
    expect(berlinDate(Date.parse("2026-12-31T23:30:00Z"))).toBe("2027-01-01");
    setClock("2026-12-31T23:30:00Z");
    expect(berlinToday()).toBe("2027-01-01");
  });

  it("finds midnight and wall-clock times across the daylight-saving switches", () => {
    expect(new Date(berlinMidnight("2027-03-28")).toISOString()).toBe("2027-03-27T23:00:00.000Z");
    expect(new Date(berlinMidnight("2027-03-29")).toISOString()).toBe("2027-03-28T22:00:00.000Z");
    expect(new Date(berlinMoment("2027-03-28", "03:30")).toISOString()).toBe("2027-03-28T01:30:00.000Z");
    expect(new Date(berlinMidnight("2027-10-31")).toISOString()).toBe("2027-10-30T22:00:00.000Z");
  });

  it("adds days and months on calendar dates", () => {
    expect(addDays("2027-03-27", 2)).toBe("2027-03-29");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2028-03-01", -1)).toBe("2028-02-29");
    expect(addMonths("2027-01-31", 1)).toBe("2027-02-28");
    expect(addMonths("2026-12-07", -8)).toBe("2026-04-07");
    expect(daysUntil("2026-12-07", "2027-12-07")).toBe(365);
    expect(daysUntil("2026-11-23", "2026-11-20")).toBe(-3);
    expect(lastOfMonth("2028-02-10")).toBe("2028-02-29");
    expect(firstOfMonth("2028-02-10")).toBe("2028-02-01");
    expect(isoWeekday("2027-03-28")).toBe(7);
    expect(isIsoDate("2027-02-29")).toBe(false);
    expect(isIsoDate("2028-02-29")).toBe(true);
  });
});
