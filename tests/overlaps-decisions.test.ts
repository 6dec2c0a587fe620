// Overlap decisions through the pages' loaders and actions: list order, deciding (duplicate with an
// archived side, intentional with a reason, not a duplicate), comments, who may do what, notifications
// (in-app and mail) and the notifications page, and similar offerings while writing.
import { and, eq, inArray, like } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@db/client.server";
import { notifications, offerings, outboxMessages, overlapComments, overlapFlags, users } from "@db/schema";
import { notifyFlagChanges } from "~/modules/overlaps/notify.server";
import * as start from "~/routes/n.$network._index";
import * as editOffering from "~/routes/n.$network.offerings.$id.edit";
import * as create from "~/routes/n.$network.offerings.new";
import * as similar from "~/routes/n.$network.offerings.similar";
import * as flagRoute from "~/routes/n.$network.overlaps.$id";
import * as list from "~/routes/n.$network.overlaps._index";
import * as hood from "~/routes/n.$network.overlaps.neighbourhoods.$neighbourhood";
import * as notificationsRoute from "~/routes/notifications";
import { makeRequest, outcomeOf, seedTwoNetworks } from "./helpers";
import { auditFor, call, expectUnchanged, neighbourhoodByName } from "./network-fixtures";
import { editForm, newForm, offeringById } from "./offerings-fixtures";
import { archeFlag, flagIdBetween, regenbogenFlag } from "./overlaps-fixtures";

beforeAll(async () => {
  await seedTwoNetworks();
});

const unna = { network: "unna" };
const flagParams = (id: number) => ({ network: "unna", id: String(id) });
const flagRow = (id: number) => getDb().select().from(overlapFlags).where(eq(overlapFlags.id, id)).get()!;
const userId = (email: string) => getDb().select().from(users).where(eq(users.email, email)).get()!.id;

type ListData = { flags: { id: number; status: string; reasons: string[]; a: { title: string }; b: { title: string } }[]; counts: Record<string, number> };

async function listAs(path = "/n/unna/overlaps") {
  const result = await call(list.loader, path, { as: "coordinator", params: unna });
  expect(result.outcome).toBe("ok");
  return result.value as ListData;
}

function decide(id: number, as: Parameters<typeof call>[2]["as"], fields: Record<string, string>) {
  const row = flagRow(id);
  const a = offeringById(row.offeringAId)!;
  const b = offeringById(row.offeringBId)!;
  return call(flagRoute.action, `/n/unna/overlaps/${id}`, {
    as,
    params: flagParams(id),
    form: { intent: "decide", versionA: String(a.version), versionB: String(b.version), note: "", ...fields },
  });
}

describe("the overlap list", () => {
  it("shows the demo's explained flags side by side with German reasons and counts", async () => {
    const data = await listAs();
    expect(data.flags.length).toBeGreaterThanOrEqual(5);
    expect(data.flags.every((f) => f.status === "open" && f.reasons.length > 0)).toBe(true);
    expect(data.flags.some((f) => f.a.title === "Stilltreff mit Beratung" && f.b.title === "Stilltreff mit Beratung")).toBe(true);
    expect(data.counts.open).toBe(data.flags.length);
  });

  it("orders open flags first, then reopened, then decided; filters by status, centre and neighbourhood", async () => {
    const decided = flagIdBetween("sternschnuppe", "regenbogen", "Musikgarten");
    expect((await decide(decided, "coordinator", { decision: "not-duplicate" })).outcome).toBe("redirect");
    const reopened = flagIdBetween("loewenzahn", "sonnenblume", "Kinderturnen");
    getDb()
      .update(overlapFlags)
      .set({ reopenedChanges: { a: { title: ["Kinderturnen", "Kinderturnen am Morgen"] } }, decidedByName: "Koordination", decidedAt: Date.now() })
      .where(eq(overlapFlags.id, reopened))
      .run();
    const data = await listAs();
    const ids = data.flags.map((f) => f.id);
    const rank = (status: string) => ["open", "reopened"].indexOf(status) + 1 || 3;
    const ranks = data.flags.map((f) => rank(f.status === "open" || f.status === "reopened" ? f.status : "decided"));
    expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
    expect(ids.indexOf(reopened)).toBeGreaterThan(ids.indexOf(archeFlag()));
    expect(ids.indexOf(decided)).toBe(ids.length - 1);
    expect(data.counts.reopened).toBe(1);
    expect(data.counts["not-duplicate"]).toBe(1);

    expect((await listAs("/n/unna/overlaps?status=reopened")).flags.map((f) => f.id)).toEqual([reopened]);
    const centre = getDb().$client.prepare("select id from centres where slug = 'arche'").pluck().get() as number;
    expect((await listAs(`/n/unna/overlaps?centre=${centre}`)).flags.map((f) => f.id)).toEqual([archeFlag()]);
    const massen = await call(hood.loader, "/n/unna/overlaps/neighbourhoods/massen", { as: "staffA", params: { network: "unna", neighbourhood: "massen" } });
    expect((massen.value as ListData).flags.map((f) => f.id)).toEqual([archeFlag()]);
    expect((await call(hood.loader, "/n/unna/overlaps/neighbourhoods/nirgendwo", { as: "staffA", params: { network: "unna", neighbourhood: "nirgendwo" } })).outcome).toBe("notfound");

    const page = await call(flagRoute.loader, `/n/unna/overlaps/${reopened}`, { as: "staffA", params: flagParams(reopened) });
    const detail = page.value as { flag: { status: string; reopened: { a: { field: string; from: string; to: string }[] } } };
    expect(detail.flag.status).toBe("reopened");
    expect(detail.flag.reopened.a).toEqual([{ field: "Titel", from: "Kinderturnen", to: "Kinderturnen am Morgen" }]);
  });
});

describe("deciding", () => {
  it("duplicate, archiving one side: the offering is archived, who and when is kept, fingerprints stored, audited", async () => {
    const id = regenbogenFlag();
    const before = flagRow(id);
    const result = await decide(id, "coordinator", { decision: "duplicate", resolution: "archive-b", note: "Regenbogen bietet es weiter an." });
    expect(result.outcome).toBe("redirect");
    const after = flagRow(id);
    expect(after).toMatchObject({ status: "duplicate", resolution: "archive-b", decisionNote: "Regenbogen bietet es weiter an.", decidedByName: "Netzwerkkoordination Unna" });
    expect(after.decidedBy).toBe(userId("koordination@example.org"));
    expect(after.decidedAt).toBeGreaterThan(0);
    expect(after.fingerprintA).toBeTruthy();
    expect(after.fingerprintB).toBeTruthy();
    const archived = offeringById(before.offeringBId)!;
    expect(archived.status).toBe("archived");
    expect(offeringById(before.offeringAId)!.status).toBe("published");
    expect(auditFor("overlap", id).at(-1)).toMatchObject({ action: "update", actorName: "Netzwerkkoordination Unna" });
  });

  it("intentional needs a reason: without one nothing is saved", async () => {
    const id = flagIdBetween("loewenzahn", "sonnenblume", "Schuldner");
    const value = await expectUnchanged("invalid", () => decide(id, "coordinator", { decision: "intentional", note: "  " }));
    expect((value as { errors: Record<string, string[]> }).errors.note).toEqual(["overlaps.error.noteRequired"]);
    const missing = await expectUnchanged("invalid", () => decide(id, "coordinator", { decision: "duplicate" }));
    expect((missing as { errors: Record<string, string[]> }).errors.resolution).toEqual(["overlaps.error.resolution"]);
    await expectUnchanged("invalid", () => decide(id, "coordinator", {}));

    expect((await decide(id, "coordinator", { decision: "intentional", note: "Nachfrage übersteigt Kapazität" })).outcome).toBe("redirect");
    expect(flagRow(id)).toMatchObject({ status: "intentional", resolution: null, decisionNote: "Nachfrage übersteigt Kapazität" });
  });

  it("not a duplicate; a decision can be changed later by the same people", async () => {
    const id = flagIdBetween("loewenzahn", "sonnenblume", "Familienberatung");
    expect((await decide(id, "coordinator", { decision: "not-duplicate" })).outcome).toBe("redirect");
    expect(flagRow(id).status).toBe("not-duplicate");
    expect((await decide(id, "coordinator", { decision: "duplicate", resolution: "coordinate", note: "Termine abstimmen" })).outcome).toBe("redirect");
    expect(flagRow(id)).toMatchObject({ status: "duplicate", resolution: "coordinate" });
    const page = await call(flagRoute.loader, `/n/unna/overlaps/${id}`, { as: "staffA", params: flagParams(id) });
    expect((page.value as { history: unknown[] }).history).toMatchObject([
      { by: "Netzwerkkoordination Unna", decision: "not-duplicate", resolution: null, note: "" },
      { by: "Netzwerkkoordination Unna", decision: "duplicate", resolution: "coordinate", note: "Termine abstimmen" },
    ]);
  });

  it("refuses a stale version of the offering to archive (nothing saved)", async () => {
    const id = flagIdBetween("loewenzahn", "sonnenblume", "Elterncafé");
    const row = flagRow(id);
    const value = await expectUnchanged("invalid", () =>
      call(flagRoute.action, `/n/unna/overlaps/${id}`, {
        as: "coordinator",
        params: flagParams(id),
        form: { intent: "decide", decision: "duplicate", resolution: "archive-a", versionA: String(offeringById(row.offeringAId)!.version - 1) },
      }),
    );
    expect((value as { errors: Record<string, string[]> }).errors.form).toEqual(["overlaps.error.archiveConflict"]);
  });
});

describe("who may decide and comment", () => {
  it("the lead of a third centre cannot decide (403, nothing changed); staff cannot decide but may comment", async () => {
    const id = archeFlag();
    await expectUnchanged("forbidden", () => decide(id, "leadB", { decision: "not-duplicate" }));
    await expectUnchanged("forbidden", () => decide(id, "staffA", { decision: "not-duplicate" }));
    const page = await call(flagRoute.loader, `/n/unna/overlaps/${id}`, { as: "staffA", params: flagParams(id) });
    expect((page.value as { canDecide: boolean }).canDecide).toBe(false);

    const comment = await call(flagRoute.action, `/n/unna/overlaps/${id}`, { as: "staffA", params: flagParams(id), form: { intent: "comment", body: "Wir haben montags noch Plätze." } });
    expect(comment.outcome).toBe("redirect");
    const comments = getDb().select().from(overlapComments).where(eq(overlapComments.flagId, id)).all();
    expect(comments.at(-1)).toMatchObject({ body: "Wir haben montags noch Plätze.", authorName: "Team Arche" });
    expect(auditFor("overlap", id).at(-1)).toMatchObject({ action: "create", summary: { comment: "Wir haben montags noch Plätze." } });
    await expectUnchanged("invalid", () => call(flagRoute.action, `/n/unna/overlaps/${id}`, { as: "leadB", params: flagParams(id), form: { intent: "comment", body: "   " } }));
    const again = await call(flagRoute.loader, `/n/unna/overlaps/${id}`, { as: "leadB", params: flagParams(id) });
    expect((again.value as { comments: { body: string }[] }).comments.map((c) => c.body)).toContain("Wir haben montags noch Plätze.");
  });

  it("the lead of Arche may decide a flag touching Arche and archive Arche's offering, but not St. Martin's", async () => {
    const id = archeFlag();
    const row = flagRow(id);
    const arche = getDb().$client.prepare("select id from centres where slug = 'arche'").pluck().get() as number;
    const archeSide = offeringById(row.offeringAId)!.centreId === arche ? "a" : "b";
    const otherSide = archeSide === "a" ? "b" : "a";
    const page = await call(flagRoute.loader, `/n/unna/overlaps/${id}`, { as: "leadA", params: flagParams(id) });
    expect(page.value).toMatchObject({ canDecide: true, canArchive: { [archeSide]: true, [otherSide]: false } });
    await expectUnchanged("forbidden", () => decide(id, "leadA", { decision: "duplicate", resolution: `archive-${otherSide}` }));
    expect((await decide(id, "leadA", { decision: "duplicate", resolution: `archive-${archeSide}` })).outcome).toBe("redirect");
    const archived = offeringById(archeSide === "a" ? row.offeringAId : row.offeringBId)!;
    expect(archived.status).toBe("archived");
    expect(flagRow(id)).toMatchObject({ status: "duplicate", decidedByName: "Leitung Arche" });
  });

  it("flags are 404 under another network and refused for its members", async () => {
    const id = archeFlag();
    expect((await call(flagRoute.loader, `/n/dortmund/overlaps/${id}`, { as: "otherNetwork", params: { network: "dortmund", id: String(id) } })).outcome).toBe("notfound");
    expect((await call(flagRoute.loader, `/n/unna/overlaps/${id}`, { as: "otherNetwork", params: flagParams(id) })).outcome).toBe("forbidden");
    await expectUnchanged("notfound", () =>
      call(flagRoute.action, `/n/dortmund/overlaps/${id}`, { as: "admin", params: { network: "dortmund", id: String(id) }, form: { intent: "decide", decision: "not-duplicate" } }),
    );
  });
});

describe("notifications", () => {
  it("an opened flag notifies the coordinator and the leads of both centres, in-app and by mail", async () => {
    const id = archeFlag();
    const link = `/n/unna/overlaps/${id}`;
    await notifyFlagChanges({ opened: [id], reopened: [] });
    const rows = getDb().select().from(notifications).where(eq(notifications.link, link)).all();
    const emails = getDb()
      .select({ email: users.email })
      .from(users)
      .where(inArray(users.id, rows.map((r) => r.userId)))
      .all()
      .map((u) => u.email)
      .sort();
    expect(emails).toEqual(["koordination@example.org", "leitung.arche@example.org", "leitung.st-martin@example.org"]);
    expect(rows[0]).toMatchObject({ kind: "overlap.opened", title: "Mögliches Doppelangebot: Stilltreff mit Beratung / Stilltreff mit Beratung" });
    const mails = getDb().select().from(outboxMessages).where(like(outboxMessages.body, `%${link}%`)).all();
    expect(mails.map((m) => m.recipient).sort()).toEqual(emails);
    expect(mails[0]!.body).toContain(`http://localhost:3000${link}`);
  });

  it("saving an offering that duplicates one in its neighbourhood opens flags and notifies at once", async () => {
    const koenigsborn = neighbourhoodByName("Königsborn")!.id;
    const category = getDb().select().from(offerings).where(eq(offerings.title, "Massage für Neugeborene")).get()!.categoryId;
    const fields = newForm({ title: "Babymassage", description: "Sanfte Massage für Babys", categoryId: String(category), neighbourhoodId: String(koenigsborn), status: "published" });
    const saved = await call(create.action, "/n/unna/offerings/new", { as: "leadA", params: unna, form: fields });
    expect(saved.outcome).toBe("redirect");
    const id = Number(/offerings\/(\d+)\?done=created$/.exec((saved.value as Response).headers.get("Location")!)![1]);
    const flags = getDb().select().from(overlapFlags).where(eq(overlapFlags.offeringBId, id)).all();
    expect(flags.length).toBeGreaterThan(0);
    for (const flag of flags) {
      const notified = getDb().select().from(notifications).where(eq(notifications.link, `/n/unna/overlaps/${flag.id}`)).all();
      const other = offeringById(flag.offeringAId)!;
      const otherLead = getDb().$client.prepare("select user_id from memberships where centre_id = ? and role = 'lead'").pluck().all(other.centreId) as number[];
      expect(notified.map((n) => n.userId).sort()).toEqual([userId("koordination@example.org"), userId("leitung.arche@example.org"), ...otherLead].sort());
      expect(notified[0]!.body).toContain("Babymassage");
    }
  });

  it("notifyFlagChanges tells about reopened flags too", async () => {
    const id = regenbogenFlag();
    const before = getDb().select().from(notifications).where(eq(notifications.kind, "overlap.reopened")).all().length;
    await notifyFlagChanges({ opened: [], reopened: [id] });
    const rows = getDb().select().from(notifications).where(eq(notifications.kind, "overlap.reopened")).all();
    expect(rows.length - before).toBe(3);
    expect(rows.at(-1)!.title).toMatch(/^Überschneidung wieder geöffnet/);
  });

  it("the notifications page lists the person's notifications; one or all are marked read", async () => {
    const lead = userId("leitung.arche@example.org");
    const page = await call(notificationsRoute.loader, "/notifications", { as: "leadA", params: {} });
    const data = page.value as { unread: number; items: { id: number; link: string; read: boolean }[] };
    expect(data.unread).toBeGreaterThan(0);
    expect(data.items.every((i) => i.link.startsWith("/n/unna/overlaps/"))).toBe(true);
    const first = data.items[0]!;
    expect((await call(notificationsRoute.action, "/notifications", { as: "leadA", params: {}, form: { intent: "read", id: String(first.id) } })).outcome).toBe("redirect");
    expect(getDb().select().from(notifications).where(eq(notifications.id, first.id)).get()!.readAt).not.toBeNull();
    // Someone else's notification is left alone.
    const others = getDb().select().from(notifications).where(eq(notifications.userId, userId("koordination@example.org"))).all();
    await call(notificationsRoute.action, "/notifications", { as: "leadA", params: {}, form: { intent: "read", id: String(others[0]!.id) } });
    expect(getDb().select().from(notifications).where(eq(notifications.id, others[0]!.id)).get()!.readAt).toBeNull();
    await call(notificationsRoute.action, "/notifications", { as: "leadA", params: {}, form: { intent: "read-all" } });
    expect(getDb().select().from(notifications).where(and(eq(notifications.userId, lead))).all().every((n) => n.readAt !== null)).toBe(true);
    expect(((await call(notificationsRoute.loader, "/notifications", { as: "leadA", params: {} })).value as { unread: number }).unread).toBe(0);
    expect((await outcomeOf(notificationsRoute.loader, makeRequest("/notifications"))).outcome).toBe("login");
  });
});

describe("start page and similar offerings", () => {
  it("a lead sees open flags touching their centre; the coordinator the number of open flags", async () => {
    const lead = await call(start.loader, "/n/unna", { as: "leadB", params: unna });
    const overlaps = (lead.value as { overlaps: { centreFlags: { a: { centre: string }; b: { centre: string } }[]; openCount: number | null } }).overlaps;
    expect(overlaps.openCount).toBeNull();
    expect(overlaps.centreFlags.every((f) => [f.a.centre, f.b.centre].some((c) => c.includes("Regenbogen")))).toBe(true);
    const coordinator = await call(start.loader, "/n/unna", { as: "coordinator", params: unna });
    const open = getDb().select().from(overlapFlags).where(eq(overlapFlags.status, "open")).all().length;
    expect((coordinator.value as { overlaps: { openCount: number } }).overlaps.openCount).toBe(open);
  });

  it("while writing, a similar offering in the neighbourhood shows (resource route and the check button without JavaScript)", async () => {
    const koenigsborn = neighbourhoodByName("Königsborn")!.id;
    const category = getDb().select().from(offerings).where(eq(offerings.title, "Massage für Neugeborene")).get()!.categoryId;
    const query = new URLSearchParams({ centre: "arche", title: "Babymassage", description: "Sanfte Massage für Babys", categoryId: String(category), neighbourhoodId: String(koenigsborn), ageFrom: "0", ageFromUnit: "months", ageTo: "12", ageToUnit: "months" });
    const found = await call(similar.loader, `/n/unna/offerings/similar?${query}`, { as: "leadA", params: unna });
    const items = (found.value as { items: { title: string; centre: string; reasons: string[] }[] }).items;
    expect(items.map((i) => i.title)).toContain("Massage für Neugeborene");
    expect(items[0]!.reasons.length).toBeGreaterThan(0);

    const fields = newForm({ title: "Babymassage", description: "Sanfte Massage für Babys", categoryId: String(category), neighbourhoodId: String(koenigsborn), intent: "similar" });
    const reply = await expectUnchanged("ok", () => call(create.action, "/n/unna/offerings/new", { as: "leadA", params: unna, form: fields }));
    expect((reply as { similar: { title: string }[] }).similar.map((s) => s.title)).toContain("Massage für Neugeborene");

    const own = getDb().select().from(offerings).where(eq(offerings.title, "Massage für Neugeborene")).all()[0]!;
    const edited = await call(editOffering.action, `/n/unna/offerings/${own.id}/edit`, { as: "admin", params: { network: "unna", id: String(own.id) }, form: { ...editForm(own.id), intent: "similar" } });
    expect(edited.outcome).toBe("ok");
    expect((edited.value as { similar: { id: number }[] }).similar.every((s) => s.id !== own.id)).toBe(true);
  });
});
