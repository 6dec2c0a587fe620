// Tells the people concerned about opened and reopened overlap flags (in-app and by mail): the network's
// coordinators and the leads of both centres. The detection side calls it after every sync.
import { and, eq, inArray, or } from "drizzle-orm";
import { getDb } from "@db/client.server";
import { centres, memberships, neighbourhoods, networks, offerings, overlapFlags } from "@db/schema";
import { createNotification } from "~/modules/notifications/notifications.server";

export interface FlagChanges {
  /** Flags created as open by this sync. */
  opened: number[];
  /** Decided flags reopened because one side changed materially. */
  reopened: number[];
}

/** Who hears about a flag: coordinators of the network and the leads of the two centres. */
export function flagRecipients(networkId: number, centreIds: number[]): number[] {
  const rows = getDb()
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(
      and(
        eq(memberships.networkId, networkId),
        or(eq(memberships.role, "coordinator"), and(eq(memberships.role, "lead"), inArray(memberships.centreId, centreIds))),
      ),
    )
    .all();
  return [...new Set(rows.map((r) => r.userId))];
}

function flagSummary(flagId: number) {
  const db = getDb();
  const flag = db.select().from(overlapFlags).where(eq(overlapFlags.id, flagId)).get();
  if (!flag) return null;
  const side = (id: number) =>
    db
      .select({ title: offerings.title, centreId: offerings.centreId, centre: centres.name })
      .from(offerings)
      .innerJoin(centres, eq(centres.id, offerings.centreId))
      .where(eq(offerings.id, id))
      .get();
  const a = side(flag.offeringAId);
  const b = side(flag.offeringBId);
  const network = db.select({ slug: networks.slug }).from(networks).where(eq(networks.id, flag.networkId)).get();
  if (!a || !b || !network) return null;
  const neighbourhood = flag.neighbourhoodId
    ? (db.select({ name: neighbourhoods.name }).from(neighbourhoods).where(eq(neighbourhoods.id, flag.neighbourhoodId)).get()?.name ?? "")
    : "";
  return { flag, a, b, neighbourhood, link: `/n/${network.slug}/overlaps/${flag.id}` };
}

async function notifyOne(flagId: number, kind: "opened" | "reopened"): Promise<void> {
  const summary = flagSummary(flagId);
  if (!summary) return;
  const { flag, a, b, neighbourhood, link } = summary;
  const vars = { a: a.title, b: b.title, centreA: a.centre, centreB: b.centre, neighbourhood, reasons: flag.reasons.join("; ") };
  await createNotification(
    flagRecipients(flag.networkId, [a.centreId, b.centreId]),
    {
      kind: `overlap.${kind}`,
      networkId: flag.networkId,
      link,
      title: (t) => t(kind === "opened" ? "notifications.overlap.opened.title" : "notifications.overlap.reopened.title", vars),
      body: (t) => t("notifications.overlap.body", vars),
      mailText: (t, _locale, absolute) => t("notifications.overlap.mail", { body: t("notifications.overlap.body", vars), link: absolute }),
    },
    { mail: true },
  );
}

/** Writes every notification (and outbox mail) synchronously before the first await; SMTP mails follow. */
export async function notifyFlagChanges(changes: FlagChanges): Promise<void> {
  await Promise.all([...changes.opened.map((id) => notifyOne(id, "opened")), ...changes.reopened.map((id) => notifyOne(id, "reopened"))]);
}
