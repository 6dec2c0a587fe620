// The joint action list (Maßnahmen): list with filters and overdue marking, the action page, who may
// change what (manage:action on the centre; network-wide actions coordinator-only; owners may change the
// status), validation, audit, and the overdue reminders (once per due date).
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@db/client.server";
import { actions, auditLog, notifications, outboxMessages } from "@db/schema";
import { actionOwnerOptions, createAction, findAction, listActions, updateAction } from "~/modules/actions/actions.server";
import { sendOverdueActionReminders } from "~/modules/actions/reminders.server";
import * as actionPage from "~/routes/n.$network.actions.$id";
import * as listPage from "~/routes/n.$network.actions._index";
import { demoDates, seedTwoNetworks } from "./helpers";
import { actionTitled, daysFromToday, unnaCentreId, unnaId, userIdOf } from "./matrix/meetings";
import { call, expectUnchanged, fieldErrors } from "./network-fixtures";

const unna = { network: "unna" };

beforeAll(async () => {
  await seedTwoNetworks();
});

function addAction(input: { centre: string | null; owner: string | null; dueOn: string | null; title: string; status?: "open" | "in-progress" | "done" | "dropped" }) {
  const db = getDb();
  const { id } = createAction(db, {
    networkId: unnaId(),
    centreId: input.centre ? unnaCentreId(input.centre) : null,
    title: input.title,
    ownerId: input.owner ? userIdOf(input.owner) : null,
    dueOn: input.dueOn,
    createdBy: userIdOf("koordination@example.org"),
  });
  if (input.status) db.update(actions).set({ status: input.status }).where(eq(actions.id, id)).run();
  return id;
}

type ListData = Awaited<ReturnType<typeof listPage.loader>>;

async function list(query = "", as: "staffA" | "coordinator" = "staffA"): Promise<ListData> {
  const { outcome, value } = await call(listPage.loader, `/n/unna/actions${query}`, { as, params: unna });
  expect(outcome).toBe("ok");
  return value as ListData;
}

describe("the action list", () => {
  it("lists actions from meetings and reviews by due date, overdue ones marked", async () => {
    const data = await list();
    const dates = data.actions.map((a) => a.dueOn ?? "9999");
    expect(dates).toEqual([...dates].sort());
    const overdue = data.actions.filter((a) => a.overdue).map((a) => a.title);
    expect(overdue).toContain("Kooperationsvereinbarung mit der Grundschule erneuern");
    expect(overdue).not.toContain("Gemeinsames Sprachcafé in Königsborn planen");
    const fromMeeting = data.actions.find((a) => a.title === "Kooperationsvereinbarung mit der Grundschule erneuern")!;
    const second = demoDates().meetings.held[1];
    expect(fromMeeting).toMatchObject({ source: "meeting", meetingDate: second, meetingItemTitle: `Fortbildungen ${second.slice(0, 4)}`, centreName: "Familienzentrum Löwenzahn", ownerName: "Leitung Löwenzahn" });
  });

  it("filters by centre, status and source; unknown filter values are ignored", async () => {
    const arche = await list(`?centre=${unnaCentreId("arche")}`);
    expect(arche.actions.map((a) => a.centreName)).toEqual(arche.actions.map(() => "Familienzentrum Arche"));
    expect(arche.actions.length).toBeGreaterThan(0);
    const network = await list("?centre=network");
    expect(network.actions.every((a) => a.centreId === null)).toBe(true);
    const done = await list("?status=done");
    expect(done.actions.every((a) => a.status === "done")).toBe(true);
    const active = await list("?status=active");
    expect(active.actions.every((a) => a.status === "open" || a.status === "in-progress")).toBe(true);
    const reviews = await list("?source=review");
    expect(reviews.actions.every((a) => a.source === "review")).toBe(true);
    const meetingsOnly = await list("?source=meeting");
    expect(meetingsOnly.actions.length).toBeGreaterThan(0);
    const junk = await list("?centre=999999&status=bogus&source=x");
    expect(junk.filter).toEqual({ centre: "", status: "", source: "" });
    expect(junk.actions.length).toBe((await list()).actions.length);
  });

  it("is for members only", async () => {
    await expectUnchanged("forbidden", () => call(listPage.loader, "/n/unna/actions", { as: "otherNetwork", params: unna }));
    await expectUnchanged("login", () => call(listPage.loader, "/n/unna/actions", { as: "anonymous", params: unna }));
  });
});

describe("changing an action", () => {
  const form = (id: number, changes: Record<string, string> = {}) => {
    const action = findAction(getDb(), unnaId(), id)!;
    return {
      intent: "update",
      title: action.title,
      description: action.description,
      ownerId: action.ownerId === null ? "" : String(action.ownerId),
      dueOn: action.dueOn ?? "",
      status: action.status,
      ...changes,
    };
  };

  it("a lead updates actions of their centre; the lead of another centre is refused and nothing changes", async () => {
    const [due, later] = [daysFromToday(60), daysFromToday(74)];
    const id = addAction({ centre: "arche", owner: "leitung.arche@example.org", dueOn: due, title: "Infoabend planen" });
    const params = { network: "unna", id: String(id) };
    const path = `/n/unna/actions/${id}`;
    await expectUnchanged("forbidden", () => call(actionPage.action, path, { as: "leadB", params, form: form(id, { status: "done" }) }));
    await expectUnchanged("forbidden", () => call(actionPage.action, path, { as: "leadB", params, form: { intent: "status", status: "done" } }));
    await expectUnchanged("forbidden", () => call(actionPage.action, path, { as: "otherNetwork", params, form: form(id, { status: "done" }) }));
    const { outcome } = await call(actionPage.action, path, { as: "leadA", params, form: form(id, { status: "in-progress", description: "Mit Elternbeirat", dueOn: later }) });
    expect(outcome).toBe("redirect");
    expect(findAction(getDb(), unnaId(), id)).toMatchObject({ status: "in-progress", description: "Mit Elternbeirat", dueOn: later });
    const audit = getDb().select().from(auditLog).where(and(eq(auditLog.entity, "action"), eq(auditLog.entityId, String(id)))).all();
    expect(audit.map((a) => a.action)).toEqual(["create", "update"]);
    expect(audit[1]!.summary).toMatchObject({ status: ["open", "in-progress"], dueOn: [due, later] });
  });

  it("a network-wide action is the coordinator's", async () => {
    const id = addAction({ centre: null, owner: null, dueOn: daysFromToday(90), title: "Netzwerkflyer drucken" });
    const params = { network: "unna", id: String(id) };
    const path = `/n/unna/actions/${id}`;
    await expectUnchanged("forbidden", () => call(actionPage.action, path, { as: "leadA", params, form: form(id, { status: "done" }) }));
    expect((await call(actionPage.action, path, { as: "coordinator", params, form: form(id, { status: "done" }) })).outcome).toBe("redirect");
    expect(findAction(getDb(), unnaId(), id)!.status).toBe("done");
  });

  it("the owner may change the status, but nothing else", async () => {
    const id = addAction({ centre: "regenbogen", owner: "team.arche@example.org", dueOn: daysFromToday(45), title: "Material ausleihen" });
    const params = { network: "unna", id: String(id) };
    const path = `/n/unna/actions/${id}`;
    const page = await call(actionPage.loader, path, { as: "staffA", params });
    expect(page.value).toMatchObject({ canManage: false, canStatus: true });
    await expectUnchanged("forbidden", () => call(actionPage.action, path, { as: "staffA", params, form: form(id, { status: "done", title: "Anders" }) }));
    const bad = await expectUnchanged("invalid", () => call(actionPage.action, path, { as: "staffA", params, form: { intent: "status", status: "fertig" } }));
    expect(fieldErrors(bad).status).toEqual(["form.invalid"]);
    expect((await call(actionPage.action, path, { as: "staffA", params, form: { intent: "status", status: "done" } })).outcome).toBe("redirect");
    expect(findAction(getDb(), unnaId(), id)).toMatchObject({ status: "done", title: "Material ausleihen" });
    // Regenbogen's lead manages it (it concerns their centre).
    const lead = await call(actionPage.loader, path, { as: "leadB", params });
    expect(lead.value).toMatchObject({ canManage: true, canStatus: true });
  });

  it("explains bad input and changes nothing", async () => {
    const id = actionTitled("Krabbelgruppen in Massen zeitlich entzerren");
    const params = { network: "unna", id: String(id) };
    const path = `/n/unna/actions/${id}`;
    const value = await expectUnchanged("invalid", () =>
      call(actionPage.action, path, { as: "coordinator", params, form: form(id, { title: "", dueOn: "31.12.2026", status: "fertig" }) }),
    );
    expect(fieldErrors(value)).toMatchObject({ title: ["form.required"], dueOn: ["form.date"], status: ["form.invalid"] });
    const owner = await expectUnchanged("invalid", () =>
      call(actionPage.action, path, { as: "coordinator", params, form: form(id, { ownerId: String(userIdOf("leitung.hoerde@example.net")) }) }),
    );
    expect(fieldErrors(owner).ownerId).toEqual(["actions.ownerUnknown"]);
  });

  it("actions of another network are not found", async () => {
    const id = actionTitled("Krabbelgruppen in Massen zeitlich entzerren");
    await expectUnchanged("notfound", () => call(actionPage.loader, `/n/dortmund/actions/${id}`, { as: "otherNetwork", params: { network: "dortmund", id: String(id) } }));
  });
});

describe("owners", () => {
  it("are the network's members, the concerned centre's first", () => {
    const options = actionOwnerOptions(getDb(), unnaId(), unnaCentreId("arche"));
    expect(options.slice(0, 2).map((o) => o.name).sort()).toEqual(["Leitung Arche", "Team Arche"]);
    expect(options[2]!.name).toBe("Netzwerkkoordination Unna");
    expect(options.map((o) => o.name)).not.toContain("Leitung Hörde");
    expect(() =>
      createAction(getDb(), { networkId: unnaId(), centreId: null, title: "x", ownerId: userIdOf("leitung.hoerde@example.net"), dueOn: null, createdBy: userIdOf("koordination@example.org") }),
    ).toThrow();
  });
});

describe("overdue reminders", () => {
  it("go out once per overdue action to its owner, the centre's lead or the coordinators, and again after a new due date", async () => {
    const db = getDb();
    // Only the actions of this test are due: mark every other open action as reminded already.
    db.update(actions).set({ overdueReminderSentAt: 1 }).run();
    const owned = addAction({ centre: "arche", owner: "team.arche@example.org", dueOn: "2026-11-01", title: "Überfällig mit Owner" });
    const leadless = addAction({ centre: "kunterbunt", owner: null, dueOn: "2026-11-02", title: "Überfällig ohne Owner" });
    const network = addAction({ centre: null, owner: null, dueOn: "2026-11-03", title: "Überfällig im Netzwerk" });
    addAction({ centre: "arche", owner: "leitung.arche@example.org", dueOn: "2026-11-01", title: "Erledigt", status: "done" });
    addAction({ centre: "arche", owner: "leitung.arche@example.org", dueOn: "2026-12-24", title: "Noch nicht fällig" });
    const now = new Date("2026-11-23T08:00:00Z");
    expect(await sendOverdueActionReminders(db, now)).toBe(3);
    const notes = (id: number) => db.select().from(notifications).where(and(eq(notifications.kind, "action.overdue"), eq(notifications.link, `/n/unna/actions/${id}`))).all();
    expect(notes(owned).map((n) => n.userId)).toEqual([userIdOf("team.arche@example.org")]);
    expect(notes(owned)[0]!.title).toBe("Maßnahme überfällig: Überfällig mit Owner");
    expect(notes(owned)[0]!.body).toBe("Die Maßnahme „Überfällig mit Owner“ war am 01.11.2026 fällig und ist noch nicht erledigt.");
    expect(notes(leadless).map((n) => n.userId)).toEqual([userIdOf("leitung.kunterbunt@example.org")]);
    expect(notes(network).map((n) => n.userId)).toEqual([userIdOf("koordination@example.org")]);
    expect(db.select().from(outboxMessages).all().some((m) => m.subject === "Maßnahme überfällig: Überfällig mit Owner")).toBe(true);
    // Once.
    expect(await sendOverdueActionReminders(db, now)).toBe(0);
    expect(notes(owned)).toHaveLength(1);
    // A new due date resets the reminder; when that one passes too, it goes out again.
    const action = findAction(db, unnaId(), owned)!;
    updateAction(db, { userId: userIdOf("leitung.arche@example.org"), name: "Leitung Arche" }, action, { dueOn: "2026-11-20" });
    expect(findAction(db, unnaId(), owned)!.overdueReminderSentAt).toBeNull();
    expect(await sendOverdueActionReminders(db, now)).toBe(1);
    expect(notes(owned)).toHaveLength(2);
    // Changing something else keeps it.
    updateAction(db, { userId: userIdOf("leitung.arche@example.org"), name: "Leitung Arche" }, findAction(db, unnaId(), owned)!, { description: "Neu" });
    expect(findAction(db, unnaId(), owned)!.overdueReminderSentAt).not.toBeNull();
    // Done actions are not reminded.
    expect(listActions(db, unnaId(), { overdueOn: "2026-11-23" }).map((a) => a.title)).not.toContain("Erledigt");
  });
});
