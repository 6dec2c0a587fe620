import { describe, expect, it } from "vitest";
import { easterSunday, nrwPublicHolidays, nrwPublicHolidaysBetween } from "./public-holidays";

describe("NRW public holidays", () => {
  it("finds Easter Sunday", () => {
    expect(easterSunday(2026)).toEqual({ month: 4, day: 5 });
    expect(easterSunday(2027)).toEqual({ month: 3, day: 28 });
    expect(easterSunday(2019)).toEqual({ month: 4, day: 21 });
  });

  it("lists the movable and fixed holidays of 2026", () => {
    const byName = Object.fromEntries(nrwPublicHolidays(2026).map((h) => [h.name, h.date]));
    expect(byName).toMatchObject({
      Karfreitag: "2026-04-03",
      Ostermontag: "2026-04-06",
      "Christi Himmelfahrt": "2026-05-14",
      Pfingstmontag: "2026-05-25",
      Fronleichnam: "2026-06-04",
      Allerheiligen: "2026-11-01",
      "Tag der Deutschen Einheit": "2026-10-03",
    });
  });

  it("filters by range across years", () => {
    expect(nrwPublicHolidaysBetween("2026-12-20", "2027-01-02").map((h) => h.date)).toEqual([
      "2026-12-25",
      "2026-12-26",
      "2027-01-01",
    ]);
  });
});
