// DSGVO Art. 17: an admin deletes an account. What the person wrote or decided stays, attributed to
// "ehemaliges Mitglied"; the account, its sessions, memberships, notifications, pending tokens and
// the mails addressed to it go. The person's name and e-mail address are removed everywhere.
import { eq, sql } from "drizzle-orm";
import { getDb } from "@db/client.server";
import { auditLog, authTokens, offeringVersions, outboxMessages, overlapComments, overlapFlags, users } from "@db/schema";
import { recordAudit } from "~/modules/audit/audit.server";
import type { Actor } from "~/modules/permissions/permissions";

/** How content of a deleted account is attributed (stored text, so German like the rest of the records). */
export const formerMemberName = "ehemaliges Mitglied";

export type EraseResult = { ok: true } | { ok: false; reason: "self" | "not-found" };

export function eraseAccount(actor: Actor, userId: number): EraseResult {
  if (userId === actor.userId) return { ok: false, reason: "self" };
  const db = getDb();
  return db.transaction((tx) => {
    const user = tx.select().from(users).where(eq(users.id, userId)).get();
    if (!user) return { ok: false, reason: "not-found" } as const;
    tx.update(auditLog).set({ actorName: formerMemberName }).where(eq(auditLog.actorId, userId)).run();
    tx.update(offeringVersions).set({ actorName: formerMemberName }).where(eq(offeringVersions.actorId, userId)).run();
    tx.update(overlapFlags).set({ decidedByName: formerMemberName }).where(eq(overlapFlags.decidedBy, userId)).run();
    tx.update(overlapComments).set({ authorName: formerMemberName }).where(eq(overlapComments.authorId, userId)).run();
    // Audit summaries of the account itself and any other summary naming the person.
    for (const value of [user.email, user.name]) {
      if (value.trim().length < 3) continue;
      // As the value appears inside the JSON text.
      const needle = JSON.stringify(value).slice(1, -1);
      tx.update(auditLog)
        .set({ summary: sql`replace(${auditLog.summary}, ${needle}, ${formerMemberName})` })
        .where(sql`instr(${auditLog.summary}, ${needle}) > 0`)
        .run();
    }
    tx.delete(authTokens).where(eq(authTokens.email, user.email)).run();
    tx.delete(outboxMessages).where(eq(outboxMessages.recipient, user.email)).run();
    // Sessions, memberships, notifications and the person's tokens go by ON DELETE CASCADE; authorship
    // columns become null by ON DELETE SET NULL.
    tx.delete(users).where(eq(users.id, userId)).run();
    recordAudit({ actor, networkId: null, entity: "user", entityId: userId, action: "delete", before: { account: formerMemberName } }, tx);
    return { ok: true } as const;
  });
}
