// Tells the people concerned about opened and reopened overlap flags (in-app and by mail): the network's
// coordinators and the leads of both centres. The detection side calls it after every sync.
import { and, eq, inArray, or } from "drizzle-orm";
import { getDb } from "@db/client.server";
import { centres, memberships, neighbourhoods, networks, offerings, overlapFlags } from "@db/schema";
import { createNotification } from "~/modules/notifications/notifications.server";
import type { Locale, Translate } from "~/modules/i18n/translate";
import { categoryNamer } from "./queries.server";
import { renderReasons } from "./reasons";

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
  const names = { de: categoryNamer(flag.networkId, "de"), en: categoryNamer(flag.networkId, "en") };
  const vars = (t: Translate, locale: Locale) => ({
    a: a.title,
    b: b.title,
    centreA: a.centre,
    centreB: b.centre,
    neighbourhood,
    reasons: renderReasons(flag.reasons, t, names[locale]).join("; "),
  });
  await createNotification(
    flagRecipients(flag.networkId, [a.centreId, b.centreId]),
    {
      kind: `overlap.${kind}`,
      networkId: flag.networkId,
      link,
      title: (t, locale) => t(kind === "opened" ? "notifications.overlap.opened.title" : "notifications.overlap.reopened.title", vars(t, locale)),
      body: (t, locale) => t("notifications.overlap.body", vars(t, locale)),
      mailText: (t, locale, absolute) => t("notifications.overlap.mail", { body: t("notifications.overlap.body", vars(t, locale)), link: absolute }),
    },
    { mail: true },
  );
}

/** More flags than this at once (an import) are announced in one digest per person, not one by one. */
export const digestThreshold = 20;

/**
 * One notification per person for a bulk change: the coordinators hear of all flags, each lead of the
 * flags touching their centres, with a link to the network's overlap page.
 */
async function notifyDigest(networkId: number, flagIds: number[]): Promise<void> {
  const db = getDb();
  const network = db.select({ slug: networks.slug }).from(networks).where(eq(networks.id, networkId)).get();
  if (!network) return;
  const perCentre = new Map<number, number>();
  for (let i = 0; i < flagIds.length; i += 500) {
    const rows = getDb()
      .$client.prepare(
        `SELECT a.centre_id AS ca, b.centre_id AS cb FROM overlap_flags f JOIN offerings a ON a.id = f.offering_a_id
         JOIN offerings b ON b.id = f.offering_b_id WHERE f.id IN (${flagIds.slice(i, i + 500).map(() => "?").join(",")})`,
      )
      .all(...flagIds.slice(i, i + 500)) as { ca: number; cb: number }[];
    for (const { ca, cb } of rows) for (const centre of new Set([ca, cb])) perCentre.set(centre, (perCentre.get(centre) ?? 0) + 1);
  }
  const members = db
    .select({ userId: memberships.userId, role: memberships.role, centreId: memberships.centreId })
    .from(memberships)
    .where(and(eq(memberships.networkId, networkId), or(eq(memberships.role, "coordinator"), eq(memberships.role, "lead"))))
    .all();
  const counts = new Map<number, number>();
  for (const m of members) {
    const count = m.role === "coordinator" ? flagIds.length : (perCentre.get(m.centreId ?? -1) ?? 0);
    if (count > 0) counts.set(m.userId, Math.max(counts.get(m.userId) ?? 0, count));
  }
  await Promise.all(
    [...counts].map(([userId, count]) =>
      createNotification(
        [userId],
        {
          kind: "overlap.digest",
          networkId,
          link: `/n/${network.slug}/overlaps`,
          title: (t) => t("notifications.overlap.digest.title", { count }),
          body: (t) => t("notifications.overlap.digest.body", { count }),
        },
        { mail: true },
      ),
    ),
  );
}

/** Writes every notification (and outbox mail) synchronously before the first await; SMTP mails follow. */
export async function notifyFlagChanges(changes: FlagChanges, networkId?: number): Promise<void> {
  const all = [...changes.opened, ...changes.reopened];
  if (networkId !== undefined && all.length > digestThreshold) return notifyDigest(networkId, all);
  await Promise.all([...changes.opened.map((id) => notifyOne(id, "opened")), ...changes.reopened.map((id) => notifyOne(id, "reopened"))]);
}
