// Standalone events: create, edit, delete through the routes; validation, permissions, audit.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@db/client.server";
import { events } from "@db/schema";
import * as eventPage from "~/routes/n.$network.events.$id";
import * as eventNew from "~/routes/n.$network.events.new";
import { seedTwoNetworks } from "./helpers";
import { auditFor, call, centreBySlug, expectUnchanged, fieldErrors, neighbourhoodByName } from "./network-fixtures";

beforeAll(async () => {
  await seedTwoNetworks();
});

const unna = { network: "unna" };
const arche = () => centreBySlug("arche")!;
const regenbogen = () => centreBySlug("regenbogen")!;

function eventRow(id: number) {
  return getDb().select().from(events).where(eq(events.id, id)).get();
}

function idFrom(value: unknown): number {
  const location = (value as Response).headers.get("Location") ?? "";
  const match = /\/events\/(\d+)\?done=/.exec(location);
  if (!match) throw new Error(`No event in ${location}`);
  return Number(match[1]);
}

const openDay = (changes: Record<string, string> = {}) => ({
  kind: "open-day",
  title: "Tag der offenen Tür in der Arche",
  description: "Rundgang, Kaffee und Kuchen; alle Familien sind willkommen.",
  date: "2026-05-09",
  startTime: "10:00",
  endTime: "14:00",
  place: "",
  centreId: String(arche().id),
  neighbourhoodId: "",
  isPublic: "on",
  ...changes,
});

async function create(as: "leadA" | "coordinator" | "admin", form: Record<string, string>) {
  const { outcome, value } = await call(eventNew.action, "/n/unna/events/new", { as, params: unna, form });
  expect(outcome).toBe("redirect");
  return idFrom(value);
}

describe("creating events", () => {
  it("the lead of Arche adds a public open day for Arche, audited", async () => {
    const { outcome, value } = await call(eventNew.action, "/n/unna/events/new", { as: "leadA", params: unna, form: openDay() });
    expect(outcome).toBe("redirect");
    const id = idFrom(value);
    expect((value as Response).headers.get("Location")).toBe(`/n/unna/events/${id}?done=created`);
    expect(eventRow(id)).toMatchObject({
      kind: "open-day",
      title: "Tag der offenen Tür in der Arche",
      date: "2026-05-09",
      startTime: "10:00",
      endTime: "14:00",
      centreId: arche().id,
      neighbourhoodId: null,
      isPublic: true,
    });
    const [entry] = auditFor("event", id);
    expect(entry).toMatchObject({ action: "create", actorName: "Leitung Arche" });
    expect(entry!.summary).toMatchObject({ title: "Tag der offenen Tür in der Arche", isPublic: true });
  });

  it("offers leads their own centre only and coordinators every centre and the whole network", async () => {
    type Data = Awaited<ReturnType<typeof eventNew.loader>>;
    const lead = (await call(eventNew.loader, "/n/unna/events/new?date=2026-05-09", { as: "leadA", params: unna })).value as Data;
    expect(lead.choices).toEqual({ centres: [{ id: arche().id, name: "Familienzentrum Arche" }], networkWide: false });
    expect(lead.date).toBe("2026-05-09");
    const coordinator = (await call(eventNew.loader, "/n/unna/events/new", { as: "coordinator", params: unna })).value as Data;
    expect(coordinator.choices.networkWide).toBe(true);
    expect(coordinator.choices.centres).toHaveLength(8);
    expect((await call(eventNew.loader, "/n/unna/events/new", { as: "staffA", params: unna })).outcome).toBe("forbidden");
  });

  it("refuses bad input with field messages and changes nothing", async () => {
    const value = await expectUnchanged("invalid", () =>
      call(eventNew.action, "/n/unna/events/new", {
        as: "leadA",
        params: unna,
        form: openDay({ kind: "party", title: " ", date: "2026-02-30", startTime: "25:00" }),
      }),
    );
    expect(fieldErrors(value)).toMatchObject({
      kind: ["form.invalid"],
      title: ["form.required"],
      date: ["form.date"],
      startTime: ["calendar.form.time"],
    });
  });

  it("refuses an end before (or at) the start, and markup", async () => {
    const value = await expectUnchanged("invalid", () =>
      call(eventNew.action, "/n/unna/events/new", { as: "leadA", params: unna, form: openDay({ startTime: "14:00", endTime: "14:00" }) }),
    );
    expect(fieldErrors(value)).toEqual({ endTime: ["calendar.form.endBeforeStart"] });
    const markup = await expectUnchanged("invalid", () =>
      call(eventNew.action, "/n/unna/events/new", { as: "leadA", params: unna, form: openDay({ title: "<script>alert(1)</script>" }) }),
    );
    expect(fieldErrors(markup)).toEqual({ title: ["form.noMarkup"] });
    const missing = await expectUnchanged("invalid", () =>
      call(eventNew.action, "/n/unna/events/new", { as: "leadA", params: unna, form: openDay({ kind: "", date: "", endTime: "" }) }),
    );
    expect(fieldErrors(missing)).toEqual({ kind: ["form.required"], date: ["form.required"], endTime: ["form.required"] });
  });

  it("does not let a lead add an event for another centre (403) or for the whole network", async () => {
    await expectUnchanged("forbidden", () =>
      call(eventNew.action, "/n/unna/events/new", { as: "leadA", params: unna, form: openDay({ centreId: String(regenbogen().id) }) }),
    );
    const value = await expectUnchanged("invalid", () =>
      call(eventNew.action, "/n/unna/events/new", { as: "leadA", params: unna, form: openDay({ centreId: "" }) }),
    );
    expect(fieldErrors(value)).toEqual({ centreId: ["calendar.event.centreRequired"] });
    await expectUnchanged("forbidden", () => call(eventNew.action, "/n/unna/events/new", { as: "staffA", params: unna, form: openDay() }));
  });

  it("lets the coordinator add a network-wide meeting", async () => {
    const id = await create("coordinator", openDay({ kind: "meeting", title: "Arbeitskreis im Rathaus", centreId: "", isPublic: "", place: "Rathaus Unna" }));
    expect(eventRow(id)).toMatchObject({ kind: "meeting", centreId: null, isPublic: false, place: "Rathaus Unna" });
  });

  it("refuses ids of another network's centre or neighbourhood", async () => {
    const hoerde = centreBySlug("hoerde", "dortmund")!;
    const hoerdeHood = neighbourhoodByName("Hörde", "dortmund")!;
    const value = await expectUnchanged("invalid", () =>
      call(eventNew.action, "/n/unna/events/new", {
        as: "coordinator",
        params: unna,
        form: openDay({ centreId: String(hoerde.id), neighbourhoodId: String(hoerdeHood.id) }),
      }),
    );
    expect(fieldErrors(value)).toEqual({ centreId: ["calendar.event.centreUnknown"], neighbourhoodId: ["calendar.event.neighbourhoodUnknown"] });
  });
});

describe("editing and deleting events", () => {
  it("the lead saves changes to their centre's event; only changed fields are audited", async () => {
    const id = await create("leadA", openDay());
    const form = { intent: "update", ...openDay({ endTime: "15:30", neighbourhoodId: String(neighbourhoodByName("Massen")!.id) }) };
    const { outcome, value } = await call(eventPage.action, `/n/unna/events/${id}`, { as: "leadA", params: { ...unna, id: String(id) }, form });
    expect(outcome).toBe("redirect");
    expect((value as Response).headers.get("Location")).toBe(`/n/unna/events/${id}?done=saved`);
    expect(eventRow(id)).toMatchObject({ endTime: "15:30", neighbourhoodId: neighbourhoodByName("Massen")!.id });
    const entries = auditFor("event", id);
    expect(entries.map((e) => e.action)).toEqual(["create", "update"]);
    expect(Object.keys(entries[1]!.summary).sort()).toEqual(["endTime", "neighbourhoodId"]);

    // The same values again: nothing is written.
    await expectUnchanged("redirect", () => call(eventPage.action, `/n/unna/events/${id}`, { as: "leadA", params: { ...unna, id: String(id) }, form }));
  });

  it("does not let lead B edit or delete Arche's event, nor see its form", async () => {
    const id = await create("leadA", openDay({ title: "Elternabend Arche" }));
    const params = { ...unna, id: String(id) };
    await expectUnchanged("forbidden", () =>
      call(eventPage.action, `/n/unna/events/${id}`, { as: "leadB", params, form: { intent: "update", ...openDay({ title: "Übernommen" }) } }),
    );
    await expectUnchanged("forbidden", () =>
      call(eventPage.action, `/n/unna/events/${id}`, { as: "leadB", params, form: { intent: "delete", confirm: "yes" } }),
    );
    const { outcome, value } = await call(eventPage.loader, `/n/unna/events/${id}`, { as: "leadB", params });
    expect(outcome).toBe("ok");
    expect(value).toMatchObject({ canManage: false, form: null, event: { title: "Elternabend Arche" }, centre: { slug: "arche" } });
  });

  it("does not let a lead move their event to another centre or to the whole network", async () => {
    const id = await create("leadA", openDay({ title: "Umzugsversuch" }));
    const params = { ...unna, id: String(id) };
    await expectUnchanged("forbidden", () =>
      call(eventPage.action, `/n/unna/events/${id}`, { as: "leadA", params, form: { intent: "update", ...openDay({ centreId: String(regenbogen().id) }) } }),
    );
    const value = await expectUnchanged("invalid", () =>
      call(eventPage.action, `/n/unna/events/${id}`, { as: "leadA", params, form: { intent: "update", ...openDay({ centreId: "" }) } }),
    );
    expect(fieldErrors(value)).toEqual({ centreId: ["calendar.event.centreRequired"] });
  });

  it("keeps network-wide events to the coordinator", async () => {
    const id = await create("coordinator", openDay({ kind: "meeting", title: "Netzwerktreffen", centreId: "" }));
    const params = { ...unna, id: String(id) };
    await expectUnchanged("forbidden", () =>
      call(eventPage.action, `/n/unna/events/${id}`, { as: "leadA", params, form: { intent: "update", ...openDay({ centreId: String(arche().id) }) } }),
    );
    const { outcome } = await call(eventPage.action, `/n/unna/events/${id}`, {
      as: "coordinator",
      params,
      form: { intent: "update", ...openDay({ kind: "meeting", title: "Netzwerktreffen (verlegt)", centreId: "", date: "2026-05-11" }) },
    });
    expect(outcome).toBe("redirect");
    expect(eventRow(id)).toMatchObject({ title: "Netzwerktreffen (verlegt)", date: "2026-05-11", centreId: null });
  });

  it("deletes only after confirmation, then returns to the calendar week; audited", async () => {
    const id = await create("leadA", openDay({ title: "Wird gelöscht", date: "2026-05-20" }));
    const params = { ...unna, id: String(id) };
    const unconfirmed = await expectUnchanged("invalid", () =>
      call(eventPage.action, `/n/unna/events/${id}`, { as: "leadA", params, form: { intent: "delete" } }),
    );
    expect(unconfirmed).toMatchObject({ deleteError: "network.delete.confirmRequired" });
    const { outcome, value } = await call(eventPage.action, `/n/unna/events/${id}`, { as: "leadA", params, form: { intent: "delete", confirm: "yes" } });
    expect(outcome).toBe("redirect");
    expect((value as Response).headers.get("Location")).toBe("/n/unna/calendar?view=week&date=2026-05-20&done=deleted");
    expect(eventRow(id)).toBeUndefined();
    expect(auditFor("event", id).map((e) => e.action)).toEqual(["create", "delete"]);
  });

  it("treats another network's event id as unknown", async () => {
    const id = await create("leadA", openDay({ title: "Nur in Unna" }));
    const { outcome } = await call(eventPage.loader, `/n/dortmund/events/${id}`, { as: "otherNetwork", params: { network: "dortmund", id: String(id) } });
    expect(outcome).toBe("notfound");
    await expectUnchanged("notfound", () =>
      call(eventPage.action, `/n/dortmund/events/${id}`, { as: "admin", params: { network: "dortmund", id: String(id) }, form: { intent: "delete", confirm: "yes" } }),
    );
  });
});
