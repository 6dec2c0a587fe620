// Certificate expiry warnings: when a centre's certificate enters 18, 12 and 6 months before it runs
// out, its leads and the network's coordinators are notified (in the app and by mail), once per
// threshold and certificate date (table certificate_warnings). Run daily by the scheduled jobs.
import { and, eq, inArray, isNotNull, isNull, or } from "drizzle-orm";
import type { Db } from "@db/client.server";
import { centres, certificateWarnings, memberships, networks } from "@db/schema";
import { formatDate } from "~/modules/network/format";
import { createNotification } from "~/modules/notifications/notifications.server";

import { countdown, countdownMessage, warningMonths } from "./countdown";
import { addMonths } from "~/modules/time/dates";
import { nowDate } from "~/modules/time/clock";
import { berlinDate } from "~/modules/time/dates";

/** Sends the warnings due at `now`; returns how many (centre × threshold) were sent. */
export async function sendCertificateWarnings(db: Db, now: Date = nowDate()): Promise<number> {
  const today = berlinDate(now);
  const rows = db
    .select({ centre: centres, networkSlug: networks.slug })
    .from(centres)
    .innerJoin(networks, eq(networks.id, centres.networkId))
    .where(isNotNull(centres.certificateValidUntil))
    .all();
  let sent = 0;
  for (const { centre, networkSlug } of rows) {
    const validUntil = centre.certificateValidUntil!;
    if (validUntil < today) continue;
    // Only the most urgent threshold entered is sent; passing several at once (e.g. a date entered late) sends one.
    const due = [...warningMonths].reverse().find((months) => today >= addMonths(validUntil, -months));
    if (due === undefined) continue;
    const already = db
      .select()
      .from(certificateWarnings)
      .where(and(eq(certificateWarnings.centreId, centre.id), eq(certificateWarnings.validUntil, validUntil), inArray(certificateWarnings.monthsAhead, warningMonths.filter((m) => m <= due))))
      .all();
    if (already.length > 0) continue;
    const inserted = db
      .insert(certificateWarnings)
      .values({ centreId: centre.id, monthsAhead: due, validUntil, sentAt: now.getTime() })
      .onConflictDoNothing()
      .run();
    if (inserted.changes === 0) continue;
    const recipients = db
      .select({ userId: memberships.userId })
      .from(memberships)
      .where(
        and(
          eq(memberships.networkId, centre.networkId),
          or(and(eq(memberships.role, "lead"), eq(memberships.centreId, centre.id)), and(eq(memberships.role, "coordinator"), isNull(memberships.centreId))),
        ),
      )
      .all()
      .map((r) => r.userId);
    const c = countdown(today, validUntil, centre.recertificationYear);
    const message = countdownMessage(c);
    await createNotification(
      recipients,
      {
        kind: "recertification.warning",
        networkId: centre.networkId,
        title: (t) => t("recert.warning.title", { centre: centre.name, months: due }),
        body: (t, locale) => t("recert.warning.body", { centre: centre.name, date: formatDate(validUntil, locale), countdown: t(message.key, message.vars), year: c.reviewYear ?? "" }),
        link: `/n/${networkSlug}/recertification/centres/${centre.slug}`,
      },
      { mail: true },
    );
    sent += 1;
  }
  return sent;
}
