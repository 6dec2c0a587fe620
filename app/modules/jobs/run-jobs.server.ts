// Scheduled jobs, run by the server at start-up and hourly, and by `npm run cli -- run-jobs` (cron):
// (a) the review cadence opens the next cycle, (b) reminders before a cycle's due date, (c) reminders
// about overdue actions. Every job is idempotent: running it twice in a row does nothing the second time.
import { and, eq, isNull, lte, ne } from "drizzle-orm";
import type { Db } from "@db/client.server";
import { criteria, networks, reviewCycles } from "@db/schema";
import { sendOverdueActionReminders } from "~/modules/actions/reminders.server";
import { sendCertificateWarnings } from "~/modules/recertification/warnings.server";
import { createCycle, latestCycle, openCycle } from "~/modules/reviews/cycles.server";
import { notifyDueSoon } from "~/modules/reviews/notify.server";
import { dueDateFor, nextCyclePeriod, periodTitle, type Cadence } from "~/modules/reviews/periods";
import { nowDate } from "~/modules/time/clock";
import { addDays, berlinDate } from "~/modules/time/dates";

/** Days before the due date at which the reminder goes out. */
export const dueReminderDays = 14;

export interface JobsSummary {
  cyclesOpened: number;
  dueReminders: number;
  overdueActionReminders: number;
  certificateWarnings: number;
}

/** (a) For networks with a cadence whose latest cycle's period has ended (or that have none): open the next cycle. */
export async function openCyclesByCadence(db: Db, now: Date): Promise<number> {
  const today = berlinDate(now);
  let opened = 0;
  for (const network of db.select().from(networks).where(ne(networks.reviewCadence, "none")).all()) {
    const cadence = network.reviewCadence as Cadence;
    const latest = latestCycle(network.id, db);
    if (latest && latest.periodEnd >= today) continue;
    const criterionIds = db.select({ id: criteria.id }).from(criteria).where(eq(criteria.networkId, network.id)).all().map((c) => c.id);
    if (criterionIds.length === 0) continue;
    const period = nextCyclePeriod(cadence, latest?.periodEnd ?? null, today);
    const created = createCycle(
      null,
      network.id,
      { title: periodTitle(cadence, period.start), periodStart: period.start, periodEnd: period.end, dueOn: dueDateFor(period), criterionIds },
      { automatic: true, now: now.getTime() },
    );
    if (!created.ok) continue;
    if (await openCycle(null, created.value, now.getTime())) opened += 1;
  }
  return opened;
}

/** (b) Once per open cycle, 14 days before its due date: remind leads of centres not done yet and the coordinators. */
export async function sendDueReminders(db: Db, now: Date): Promise<number> {
  const horizon = addDays(berlinDate(now), dueReminderDays);
  const due = db
    .select({ cycle: reviewCycles, slug: networks.slug })
    .from(reviewCycles)
    .innerJoin(networks, eq(networks.id, reviewCycles.networkId))
    .where(and(eq(reviewCycles.status, "open"), isNull(reviewCycles.dueReminderSentAt), lte(reviewCycles.dueOn, horizon)))
    .all();
  let sent = 0;
  for (const { cycle, slug } of due) {
    // Claimed first, so a second runner at the same moment does not send it again.
    const claimed = db
      .update(reviewCycles)
      .set({ dueReminderSentAt: now.getTime() })
      .where(and(eq(reviewCycles.id, cycle.id), isNull(reviewCycles.dueReminderSentAt)))
      .run().changes;
    if (claimed === 0) continue;
    await notifyDueSoon(cycle, slug);
    sent += 1;
  }
  return sent;
}

/** Runs every scheduled job; each job's failure is logged and does not stop the others. */
export async function runScheduledJobs(db: Db, now: Date = nowDate()): Promise<JobsSummary> {
  const summary: JobsSummary = { cyclesOpened: 0, dueReminders: 0, overdueActionReminders: 0, certificateWarnings: 0 };
  const jobs: [keyof JobsSummary, () => Promise<number>][] = [
    ["cyclesOpened", () => openCyclesByCadence(db, now)],
    ["dueReminders", () => sendDueReminders(db, now)],
    ["overdueActionReminders", () => sendOverdueActionReminders(db, now)],
    ["certificateWarnings", () => sendCertificateWarnings(db, now)],
  ];
  for (const [name, job] of jobs) {
    try {
      summary[name] = await job();
    } catch (error) {
      console.error(`scheduled job ${name} failed:`, error instanceof Error ? error.message : error);
    }
  }
  return summary;
}
