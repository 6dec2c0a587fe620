import { eq } from "drizzle-orm";
import { getDb } from "@db/client.server";
import { legalPages } from "@db/schema";
import { recordAudit } from "~/modules/audit/audit.server";
import type { Actor } from "~/modules/permissions/permissions";
import { nowMs } from "~/modules/time/clock";

export const legalPageKeys = ["impressum", "datenschutz"] as const;
export type LegalPageKey = (typeof legalPageKeys)[number];

export function getLegalPage(key: LegalPageKey) {
  return getDb().select().from(legalPages).where(eq(legalPages.key, key)).get() ?? null;
}

export function saveLegalPage(actor: Actor, key: LegalPageKey, body: string): void {
  const db = getDb();
  db.transaction((tx) => {
    const before = tx.select().from(legalPages).where(eq(legalPages.key, key)).get();
    const row = { key, body, updatedAt: nowMs(), updatedBy: actor.userId };
    tx.insert(legalPages).values(row).onConflictDoUpdate({ target: legalPages.key, set: row }).run();
    recordAudit(
      before
        ? { actor, networkId: null, entity: "legal_page", entityId: key, action: "update", before: { body: before.body }, after: { body } }
        : { actor, networkId: null, entity: "legal_page", entityId: key, action: "create", after: { body } },
      tx,
    );
  });
}
