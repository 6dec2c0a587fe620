// Scheduled jobs: the review cadence opens the next cycle once, reminders before the due date go out
// once, overdue actions are reminded through the actions module; the demo (cadence "none") stays as it is.
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@db/client.server";
import { actions, assessments, criteria, memberships, networks, notifications, outboxMessages, reviewCycles, users } from "@db/schema";
import { createCriterion, createUser } from "@db/seed/factories";
import { runScheduledJobs } from "~/modules/jobs/run-jobs.server";
import { seedTwoNetworks } from "./helpers";
import { centreBySlug, networkBySlug } from "./network-fixtures";

let net: number;
let leadId: number;
let coordinatorId: number;

const cyclesOf = (networkId: number) => getDb().select().from(reviewCycles).where(eq(reviewCycles.networkId, networkId)).orderBy(reviewCycles.periodStart).all();
const notificationsOf = (userId: number, kind: string) => getDb().select().from(notifications).where(and(eq(notifications.userId, userId), eq(notifications.kind, kind))).all();

beforeAll(async () => {
  await seedTwoNetworks();
  const db = getDb();
  net = networkBySlug("dortmund").id;
  createCriterion(db, { networkId: net, position: 1, title: "Austausch", scope: "network" });
  createCriterion(db, { networkId: net, position: 2, title: "Vernetzung", scope: "centre" });
  leadId = db.select().from(users).where(eq(users.email, "leitung.hoerde@example.net")).get()!.id;
  coordinatorId = createUser(db, { email: "koordination@example.net", name: "Koordination Dortmund", passwordHash: null, roles: [{ networkId: net, role: "coordinator" }] }).id;
});

describe("review cadence", () => {
  it("leaves networks without a cadence alone", async () => {
    const unna = networkBySlug("unna").id;
    const before = cyclesOf(unna).length;
    const summary = await runScheduledJobs(getDb(), new Date("2026-11-23T09:00:00Z"));
    expect(summary.cyclesOpened).toBe(0);
    expect(cyclesOf(unna)).toHaveLength(before);
    expect(cyclesOf(net)).toHaveLength(0);
  });

  it("opens the current half-year when there is no cycle yet, once, and tells the centres", async () => {
    getDb().update(networks).set({ reviewCadence: "half-yearly" }).where(eq(networks.id, net)).run();
    const now = new Date("2026-11-23T09:00:00Z");
    expect((await runScheduledJobs(getDb(), now)).cyclesOpened).toBe(1);
    expect((await runScheduledJobs(getDb(), now)).cyclesOpened).toBe(0);
    const [cycle] = cyclesOf(net);
    expect(cycle).toMatchObject({ title: "2. Halbjahr 2026", periodStart: "2026-07-01", periodEnd: "2026-12-31", dueOn: "2027-01-28", status: "open", automatic: true });
    const opened = notificationsOf(leadId, "review.opened");
    expect(opened).toHaveLength(1);
    expect(opened[0]!.title).toBe("Selbsteinschätzung fällig: 2. Halbjahr 2026");
    expect(opened[0]!.link).toBe(`/n/dortmund/reviews/${cycle!.id}`);
  });

  it("opens the following period once the latest one has ended, with every criterion in scope", async () => {
    expect((await runScheduledJobs(getDb(), new Date("2026-12-31T12:00:00Z"))).cyclesOpened).toBe(0);
    const now = new Date("2027-01-01T08:00:00Z");
    expect((await runScheduledJobs(getDb(), now)).cyclesOpened).toBe(1);
    expect((await runScheduledJobs(getDb(), now)).cyclesOpened).toBe(0);
    const list = cyclesOf(net);
    expect(list.map((c) => c.title)).toEqual(["2. Halbjahr 2026", "1. Halbjahr 2027"]);
    expect(list[1]).toMatchObject({ periodStart: "2027-01-01", periodEnd: "2027-06-30", dueOn: "2027-07-28" });
    const scope = getDb().$client.prepare("select count(*) as n from review_cycle_criteria where cycle_id = ?").get(list[1]!.id) as { n: number };
    expect(scope.n).toBe(getDb().select().from(criteria).where(eq(criteria.networkId, net)).all().length);
  });
});

describe("reminders", () => {
  it("reminds leads of centres not done and the coordinators 14 days before the due date, once", async () => {
    const first = cyclesOf(net)[0]!;
    expect((await runScheduledJobs(getDb(), new Date("2027-01-13T09:00:00Z"))).dueReminders).toBe(0);
    const outboxBefore = getDb().select().from(outboxMessages).all().length;
    expect((await runScheduledJobs(getDb(), new Date("2027-01-14T09:00:00Z"))).dueReminders).toBe(1);
    expect((await runScheduledJobs(getDb(), new Date("2027-01-20T09:00:00Z"))).dueReminders).toBe(0);
    const lead = notificationsOf(leadId, "review.due");
    expect(lead).toHaveLength(1);
    expect(lead[0]!.title).toBe("Erinnerung: Überprüfung „2. Halbjahr 2026“ fällig");
    const coordinator = notificationsOf(coordinatorId, "review.due");
    expect(coordinator).toHaveLength(1);
    expect(coordinator[0]!.body).toContain("Noch nicht vollständig eingereicht: Familienzentrum Hörde.");
    const mails = getDb().select().from(outboxMessages).all().slice(outboxBefore).filter((m) => m.subject === "Erinnerung: Überprüfung „2. Halbjahr 2026“ fällig");
    expect(mails.map((m) => m.recipient).sort()).toEqual(["koordination@example.net", "leitung.hoerde@example.net"]);
    expect(getDb().select().from(reviewCycles).where(eq(reviewCycles.id, first.id)).get()!.dueReminderSentAt).toBe(Date.parse("2027-01-14T09:00:00Z"));
  });

  it("spares leads whose centre has submitted everything", async () => {
    const db = getDb();
    const second = cyclesOf(net)[1]!;
    const hoerde = centreBySlug("hoerde", "dortmund")!;
    for (const c of db.select().from(criteria).where(eq(criteria.networkId, net)).all()) {
      db.insert(assessments).values({ cycleId: second.id, criterionId: c.id, centreId: hoerde.id, selfStatus: "met", selfConfidence: 3, selfSubmittedAt: Date.now(), updatedAt: Date.now() }).run();
    }
    const before = notificationsOf(leadId, "review.due").length;
    expect((await runScheduledJobs(getDb(), new Date("2027-07-20T09:00:00Z"))).dueReminders).toBe(1);
    expect(notificationsOf(leadId, "review.due")).toHaveLength(before);
    expect(notificationsOf(coordinatorId, "review.due").at(-1)!.body).toContain("Alle Familienzentren haben eingereicht.");
  });

  it("reminds the owner of an overdue action through the actions module, once", async () => {
    const db = getDb();
    const hoerde = centreBySlug("hoerde", "dortmund")!;
    // Only this test's action is due: the demo's actions (dated from the day the demo was seeded) count as reminded.
    db.update(actions).set({ overdueReminderSentAt: 1 }).run();
    db.insert(actions).values({ networkId: net, centreId: hoerde.id, title: "Kooperationsvertrag erneuern", ownerId: leadId, dueOn: "2027-08-01", updatedAt: Date.now() }).run();
    expect((await runScheduledJobs(getDb(), new Date("2027-08-01T12:00:00Z"))).overdueActionReminders).toBe(0);
    expect((await runScheduledJobs(getDb(), new Date("2027-08-02T12:00:00Z"))).overdueActionReminders).toBe(1);
    expect((await runScheduledJobs(getDb(), new Date("2027-08-03T12:00:00Z"))).overdueActionReminders).toBe(0);
    expect(db.select().from(memberships).where(eq(memberships.userId, leadId)).all()).toHaveLength(1);
  });
});
