// School holidays in the admin area: list, add, delete (instance admins only), and their effect on the calendar.
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@db/client.server";
import { schoolHolidays } from "@db/schema";
import { holidaysByDay } from "~/modules/calendar/holidays.server";
import * as holidaysPage from "~/routes/admin.holidays";
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
