// Reminders about overdue actions: once per action and due date, to its owner — or, without an owner, to
// the leads of the centre it concerns, or the network's coordinators when it concerns the whole network
// (or the centre has no lead). A changed due date resets actions.overdueReminderSentAt (updateAction).
import { and, eq, inArray, isNotNull, isNull, lt } from "drizzle-orm";
import type { Db } from "@db/client.server";
import { actions, memberships, networks } from "@db/schema";

import { formatDate } from "~/modules/network/format";
import { createNotification } from "~/modules/notifications/notifications.server";
import { openActionStatuses } from "./actions.server";
import { berlinDate } from "~/modules/time/dates";

function recipientsFor(db: Db, action: { networkId: number; centreId: number | null; ownerId: number | null }): number[] {
  if (action.ownerId !== null) {
    const member = db
      .select({ id: memberships.id })
      .from(memberships)
      .where(and(eq(memberships.networkId, action.networkId), eq(memberships.userId, action.ownerId)))
      .get();
    if (member) return [action.ownerId];
  }
  const members = db.select().from(memberships).where(eq(memberships.networkId, action.networkId)).all();
  const leads = action.centreId === null ? [] : members.filter((m) => m.role === "lead" && m.centreId === action.centreId);
  const chosen = leads.length > 0 ? leads : members.filter((m) => m.role === "coordinator");
  return [...new Set(chosen.map((m) => m.userId))];
}

/** Sends one reminder per overdue open/in-progress action not yet reminded; returns how many actions. */
export async function sendOverdueActionReminders(db: Db, now: Date): Promise<number> {
  const today = berlinDate(now);
  const due = db
    .select({ action: actions, networkSlug: networks.slug })
    .from(actions)
    .innerJoin(networks, eq(networks.id, actions.networkId))
    .where(
      and(
        isNotNull(actions.dueOn),
        lt(actions.dueOn, today),
        inArray(actions.status, [...openActionStatuses]),
        isNull(actions.overdueReminderSentAt),
      ),
    )
    .all();
  let sent = 0;
  for (const { action, networkSlug } of due) {
    // Claim the action first, so a second run at the same time does not remind twice.
    const claimed = db
      .update(actions)
      .set({ overdueReminderSentAt: now.getTime() })
      .where(and(eq(actions.id, action.id), isNull(actions.overdueReminderSentAt)))
      .run();
    if (claimed.changes === 0) continue;
    const recipients = recipientsFor(db, action);
    if (recipients.length > 0) {
      await createNotification(
        recipients,
        {
          kind: "action.overdue",
          networkId: action.networkId,
          link: `/n/${networkSlug}/actions/${action.id}`,
          title: (t) => t("actions.notify.overdueTitle", { title: action.title }),
          body: (t, locale) => t("actions.notify.overdueBody", { title: action.title, due: formatDate(action.dueOn, locale) }),
        },
        { mail: true },
      );
    }
    sent += 1;
  }
  return sent;
}
