// School holidays in the admin area: list, add, delete (instance admins only), and their effect on the calendar.
import { and, eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@db/client.server";
import { schoolHolidays } from "@db/schema";
import { holidaysByDay, upcomingHolidayYearsMissing } from "~/modules/calendar/holidays.server";
import * as adminStart from "~/routes/admin._index";
import * as holidaysPage from "~/routes/admin.holidays";
import * as calendarPage from "~/routes/n.$network.calendar";
import { setClock } from "~/modules/time/clock";
import { seedTwoNetworks } from "./helpers";
import { auditFor, call, expectUnchanged, fieldErrors } from "./network-fixtures";

beforeAll(async () => {
  await seedTwoNetworks();
});

function holiday(name: string, startsOn: string) {
  return getDb().select().from(schoolHolidays).where(and(eq(schoolHolidays.name, name), eq(schoolHolidays.startsOn, startsOn))).get();
}

const path = "/admin/holidays";

describe("school holidays admin", () => {
  it("lists the seeded years in date order", async () => {
    const { outcome, value } = await call(holidaysPage.loader, path, { as: "admin", params: {} });
    expect(outcome).toBe("ok");
    const { holidays } = value as Awaited<ReturnType<typeof holidaysPage.loader>>;
    expect(holidays.length).toBeGreaterThanOrEqual(10);
    expect(holidays[0]).toMatchObject({ name: "Osterferien", startsOn: "2026-03-30", endsOn: "2026-04-11" });
    expect(holidays.map((h) => h.startsOn)).toEqual([...holidays.map((h) => h.startsOn)].sort());
  });

  it("adds a later year, which then shows in the calendar; audited", async () => {
    const { outcome, value } = await call(holidaysPage.action, path, {
      as: "admin",
      params: {},
      form: { name: "Osterferien", startsOn: "2028-04-10", endsOn: "2028-04-22" },
    });
    expect(outcome).toBe("ok");
    expect(value).toMatchObject({ ok: true, message: "calendar.holidays.created" });
    const row = holiday("Osterferien", "2028-04-10")!;
    expect(row.endsOn).toBe("2028-04-22");
    expect(auditFor("school-holiday", row.id)).toMatchObject([{ action: "create", networkId: null, actorName: "Administration" }]);
    expect(holidaysByDay("2028-04-22", "2028-04-23")).toEqual({ "2028-04-22": [{ kind: "school", name: "Osterferien" }] });
  });

  it("refuses a last day before the first, overlong spans, missing fields and duplicates; nothing changes", async () => {
    const reversed = await expectUnchanged("invalid", () =>
      call(holidaysPage.action, path, { as: "admin", params: {}, form: { name: "Herbstferien", startsOn: "2028-10-28", endsOn: "2028-10-14" } }),
    );
    expect(fieldErrors(reversed)).toEqual({ endsOn: ["calendar.holidays.endBeforeStart"] });
    const long = await expectUnchanged("invalid", () =>
      call(holidaysPage.action, path, { as: "admin", params: {}, form: { name: "Sommerferien", startsOn: "2028-07-10", endsOn: "2029-07-10" } }),
    );
    expect(fieldErrors(long)).toEqual({ endsOn: ["calendar.holidays.tooLong"] });
    const missing = await expectUnchanged("invalid", () =>
      call(holidaysPage.action, path, { as: "admin", params: {}, form: { name: "", startsOn: "2028-13-01" } }),
    );
    expect(fieldErrors(missing)).toEqual({ name: ["form.required"], startsOn: ["form.date"], endsOn: ["form.required"] });
    const duplicate = await expectUnchanged("invalid", () =>
      call(holidaysPage.action, path, { as: "admin", params: {}, form: { name: "Sommerferien", startsOn: "2026-07-20", endsOn: "2026-09-01" } }),
    );
    expect(fieldErrors(duplicate)).toEqual({ name: ["calendar.holidays.duplicate"] });
  });

  it("deletes a row by id; an unknown id changes nothing", async () => {
    await call(holidaysPage.action, path, { as: "admin", params: {}, form: { name: "Pfingstferien", startsOn: "2028-06-06", endsOn: "2028-06-06" } });
    const row = holiday("Pfingstferien", "2028-06-06")!;
    const { outcome, value } = await call(holidaysPage.action, path, { as: "admin", params: {}, form: { intent: "delete", id: String(row.id) } });
    expect(outcome).toBe("ok");
    expect(value).toMatchObject({ ok: true, message: "calendar.holidays.deleted" });
    expect(holiday("Pfingstferien", "2028-06-06")).toBeUndefined();
    expect(auditFor("school-holiday", row.id).map((e) => e.action)).toEqual(["create", "delete"]);
    await expectUnchanged("invalid", () => call(holidaysPage.action, path, { as: "admin", params: {}, form: { intent: "delete", id: String(row.id) } }));
    await expectUnchanged("invalid", () => call(holidaysPage.action, path, { as: "admin", params: {}, form: { intent: "delete", id: "abc" } }));
  });

  it("is for instance admins only", async () => {
    const first = getDb().select().from(schoolHolidays).get()!;
    for (const as of ["coordinator", "leadA"] as const) {
      expect((await call(holidaysPage.loader, path, { as, params: {} })).outcome).toBe("forbidden");
      await expectUnchanged("forbidden", () => call(holidaysPage.action, path, { as, params: {}, form: { intent: "delete", id: String(first.id) } }));
    }
    await expectUnchanged("login", () =>
      call(holidaysPage.action, path, { as: "anonymous", params: {}, form: { name: "X", startsOn: "2029-01-01", endsOn: "2029-01-02" } }),
    );
  });
});

describe("years without school holiday data", () => {
  // The shared data covers 2026 and 2027; 2028 has only the Osterferien added above (when run in order),
  // so years from 2030 on are certainly without data.
  afterEach(() => setClock(null));

  it("the calendar of a month without data says so and shows public holidays only; admins get the link", async () => {
    const url = "/n/unna/calendar?view=month&date=2031-10-01";
    const member = (await call(calendarPage.loader, url, { as: "staffA", params: { network: "unna" } })).value as Awaited<ReturnType<typeof calendarPage.loader>>;
    expect(member.holidayYearsMissing).toEqual([2031]);
    expect(member.mayEnterHolidays).toBe(false);
    expect(Object.values(member.holidays).flat()).toEqual([{ kind: "public", name: "Tag der Deutschen Einheit" }]);
    const admin = (await call(calendarPage.loader, url, { as: "admin", params: { network: "unna" } })).value as Awaited<ReturnType<typeof calendarPage.loader>>;
    expect(admin.mayEnterHolidays).toBe(true);
    const known = (await call(calendarPage.loader, "/n/unna/calendar?view=month&date=2027-10-01", { as: "staffA", params: { network: "unna" } })).value as Awaited<ReturnType<typeof calendarPage.loader>>;
    expect(known.holidayYearsMissing).toEqual([]);
    // A week across New Year touches both years.
    const week = (await call(calendarPage.loader, "/n/unna/calendar?view=week&date=2031-12-31", { as: "staffA", params: { network: "unna" } })).value as Awaited<ReturnType<typeof calendarPage.loader>>;
    expect(week.holidayYearsMissing).toEqual([2031, 2032]);
  });

  it("admins are asked for this year's and next year's data once it is missing", async () => {
    setClock("2027-06-01T10:00:00Z");
    expect(upcomingHolidayYearsMissing()).not.toContain(2027);
    setClock("2033-03-01T10:00:00Z");
    expect(upcomingHolidayYearsMissing()).toEqual([2033, 2034]);
    setClock(null);
    // The admin pages show what the function finds today (sessions follow the real clock).
    const listed = (await call(holidaysPage.loader, path, { as: "admin", params: {} })).value as Awaited<ReturnType<typeof holidaysPage.loader>>;
    const start = (await call(adminStart.loader, "/admin", { as: "admin", params: {} })).value as Awaited<ReturnType<typeof adminStart.loader>>;
    expect(listed.yearsMissing).toEqual(upcomingHolidayYearsMissing());
    expect(start.holidayYearsMissing).toEqual(upcomingHolidayYearsMissing());
  });
});
