import { describe, expect, it } from "vitest";
import { expandOccurrences, type Schedule } from "./occurrences";
import { isoWeekday } from "~/modules/time/dates";

const weekly: Schedule = {
  kind: "weekly",
  weekdays: [2, 4],
  startTime: "09:30",
  endTime: "11:00",
  validFrom: "2026-11-01",
  validUntil: "2026-11-30",
  dates: [],
  cancelled: ["2026-11-12"],
};

describe("expandOccurrences", () => {
  it("knows ISO weekdays", () => {
    expect(isoWeekday("2026-11-23")).toBe(1);
    expect(isoWeekday("2026-11-29")).toBe(7);
  });

  it("expands weekly schedules within their range, without cancelled dates", () => {
    expect(expandOccurrences(weekly, "2026-11-09", "2026-11-20").map((o) => o.date)).toEqual(["2026-11-10", "2026-11-17", "2026-11-19"]);
    expect(expandOccurrences(weekly, "2026-11-26", "2026-12-31").map((o) => o.date)).toEqual(["2026-11-26"]);
  });

  it("lists single dates and nothing for appointments", () => {
    const dates: Schedule = { ...weekly, kind: "dates", dates: [{ date: "2026-12-05", start: "10:00", end: "12:00" }, { date: "2027-01-09", start: "10:00", end: "12:00" }] };
    expect(expandOccurrences(dates, "2026-12-01", "2026-12-31")).toEqual([{ date: "2026-12-05", start: "10:00", end: "12:00" }]);
    expect(expandOccurrences({ ...weekly, kind: "appointment" }, "2026-01-01", "2027-01-01")).toEqual([]);
  });
});
