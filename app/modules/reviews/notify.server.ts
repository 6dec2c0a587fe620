// Notifications of the review cycles: a cycle opened (centres' leads and staff), the due date is near
// (leads of centres not done yet, and the coordinators), and the status changes of criteria when a cycle
// closes (one digest per member of the network). In-app and by mail.
import { and, asc, desc, eq, inArray, isNotNull, isNull } from "drizzle-orm";
import { getDb } from "@db/client.server";
import { assessments, centres, criteria, memberships, reviewCycleCriteria, reviewCycles } from "@db/schema";
import type { MessageKey, Translate } from "~/modules/i18n/translate";
import { formatDate } from "~/modules/network/format";
import { createNotification } from "~/modules/notifications/notifications.server";
import type { ReviewCycle } from "./indicators.server";

function members(networkId: number, roles: ("coordinator" | "lead" | "staff")[], centreIds?: number[]): number[] {
  const conditions = [eq(memberships.networkId, networkId), inArray(memberships.role, roles)];
  if (centreIds) conditions.push(centreIds.length ? inArray(memberships.centreId, centreIds) : isNull(memberships.id));
  return [...new Set(getDb().select({ userId: memberships.userId }).from(memberships).where(and(...conditions)).all().map((r) => r.userId))];
}

const link = (slug: string, cycleId: number) => `/n/${slug}/reviews/${cycleId}`;

export async function notifyCycleOpened(cycle: ReviewCycle, slug: string): Promise<number> {
  const recipients = members(cycle.networkId, ["lead", "staff"]);
  return createNotification(
    recipients,
    {
      kind: "review.opened",
      networkId: cycle.networkId,
      title: (t) => t("reviews.notify.openedTitle", { title: cycle.title }),
      body: (t, locale) => t("reviews.notify.openedBody", { title: cycle.title, due: formatDate(cycle.dueOn, locale) }),
      link: link(slug, cycle.id),
    },
    { mail: true },
  );
}

/** Centres of the network that have not submitted every self-assessment of the cycle. */
export function centresNotSubmitted(cycle: ReviewCycle): number[] {
  const db = getDb();
  const criterionIds = db
    .select({ id: reviewCycleCriteria.criterionId })
    .from(reviewCycleCriteria)
    .where(eq(reviewCycleCriteria.cycleId, cycle.id))
    .all()
    .map((c) => c.id);
  const centreIds = db.select({ id: centres.id }).from(centres).where(eq(centres.networkId, cycle.networkId)).all().map((c) => c.id);
  const submitted = db
    .select({ centreId: assessments.centreId, criterionId: assessments.criterionId })
    .from(assessments)
    .where(and(eq(assessments.cycleId, cycle.id), isNotNull(assessments.selfSubmittedAt)))
    .all();
  return centreIds.filter((centreId) => !criterionIds.every((criterionId) => submitted.some((s) => s.centreId === centreId && s.criterionId === criterionId)));
}

/** The reminder before the due date: leads of centres not done yet, and the coordinators. */
export async function notifyDueSoon(cycle: ReviewCycle, slug: string): Promise<number> {
  const pending = centresNotSubmitted(cycle);
  const names = getDb()
    .select({ name: centres.name })
    .from(centres)
    .where(pending.length ? inArray(centres.id, pending) : isNull(centres.id))
    .orderBy(asc(centres.name))
    .all()
    .map((c) => c.name);
  const leads = members(cycle.networkId, ["lead"], pending);
  const coordinators = members(cycle.networkId, ["coordinator"]);
  const input = {
    kind: "review.due",
    networkId: cycle.networkId,
    link: link(slug, cycle.id),
  };
  let sent = 0;
  if (leads.length) {
    sent += await createNotification(
      leads,
      {
        ...input,
        title: (t: Translate) => t("reviews.notify.dueTitle", { title: cycle.title }),
        body: (t: Translate, locale) => t("reviews.notify.dueBody", { title: cycle.title, due: formatDate(cycle.dueOn, locale) }),
      },
      { mail: true },
    );
  }
  sent += await createNotification(
    coordinators.filter((id) => !leads.includes(id)),
    {
      ...input,
      title: (t: Translate) => t("reviews.notify.dueTitle", { title: cycle.title }),
      body: (t: Translate, locale) =>
        names.length
          ? t("reviews.notify.dueCoordinatorBody", { title: cycle.title, due: formatDate(cycle.dueOn, locale), centres: names.join(", ") })
          : t("reviews.notify.dueCoordinatorDone", { title: cycle.title, due: formatDate(cycle.dueOn, locale) }),
    },
    { mail: true },
  );
  return sent;
}

const statusKeys: Record<string, MessageKey> = {
  met: "reviews.status.met",
  partly: "reviews.status.partly",
  "not-met": "reviews.status.not-met",
};

export interface StatusChange {
  criterionTitle: string;
  centreName: string | null;
  before: string | null;
  after: string;
}

/** Coordinator statuses of a closed cycle compared with the previous closed cycle of the network. */
export function statusChanges(cycle: ReviewCycle): StatusChange[] {
  const db = getDb();
  const previous = db
    .select()
    .from(reviewCycles)
    .where(and(eq(reviewCycles.networkId, cycle.networkId), eq(reviewCycles.status, "closed")))
    .orderBy(desc(reviewCycles.periodEnd), desc(reviewCycles.id))
    .all()
    .find((c) => c.id !== cycle.id && c.periodEnd < cycle.periodStart);
  if (!previous) return [];
  const rows = (cycleId: number) =>
    db
      .select({
        criterionId: assessments.criterionId,
        centreId: assessments.centreId,
        status: assessments.coordinatorStatus,
        scope: criteria.scope,
        title: criteria.title,
        centreName: centres.name,
      })
      .from(assessments)
      .innerJoin(criteria, eq(criteria.id, assessments.criterionId))
      .leftJoin(centres, eq(centres.id, assessments.centreId))
      .where(eq(assessments.cycleId, cycleId))
      .orderBy(asc(criteria.position), asc(centres.name))
      .all()
      .filter((r) => (r.scope === "network") === (r.centreId === null) && r.status !== null);
  const before = new Map(rows(previous.id).map((r) => [`${r.criterionId}:${r.centreId}`, r.status]));
  return rows(cycle.id)
    .filter((r) => before.get(`${r.criterionId}:${r.centreId}`) !== r.status)
    .map((r) => ({ criterionTitle: r.title, centreName: r.centreName, before: before.get(`${r.criterionId}:${r.centreId}`) ?? null, after: r.status! }));
}

/** One digest per member of the network listing every criterion whose status changed. */
export async function notifyStatusChanges(cycle: ReviewCycle, slug: string): Promise<number> {
  const changes = statusChanges(cycle);
  if (changes.length === 0) return 0;
  const lines = (t: Translate) =>
    changes
      .map((c) => {
        const after = t(statusKeys[c.after]!);
        const before = c.before ? t(statusKeys[c.before]!) : t("reviews.status.none");
        const what = c.centreName ? `${c.criterionTitle} (${c.centreName})` : c.criterionTitle;
        return `– ${what}: ${before} → ${after}`;
      })
      .join("\n");
  return createNotification(
    members(cycle.networkId, ["coordinator", "lead", "staff"]),
    {
      kind: "review.status-changed",
      networkId: cycle.networkId,
      title: (t) => t("reviews.notify.changedTitle", { title: cycle.title, count: changes.length }),
      body: (t) => `${t("reviews.notify.changedIntro", { title: cycle.title })}\n${lines(t)}`,
      link: link(slug, cycle.id),
    },
    { mail: true },
  );
}
