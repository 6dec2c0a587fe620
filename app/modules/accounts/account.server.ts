// The signed-in person's own account: name, language, password and sessions.
import { and, eq, ne } from "drizzle-orm";
import { getDb, type DbOrTx } from "@db/client.server";
import { sessions, users } from "@db/schema";
import { recordAudit } from "~/modules/audit/audit.server";
import type { Locale } from "~/modules/i18n/translate";
import type { Actor } from "~/modules/permissions/permissions";
import { describeUserAgent, formatDateTime } from "./format";
import { hashPassword, verifyPassword } from "./password.server";
import { createSession, invalidateUserSessions, listUserSessions } from "./sessions.server";

export function getAccount(userId: number) {
  const user = getDb().select().from(users).where(eq(users.id, userId)).get();
  return user ? { id: user.id, name: user.name, email: user.email, locale: user.locale } : null;
}

export function updateDisplayName(actor: Actor, name: string): void {
  getDb().transaction((tx) => {
    const before = tx.select({ name: users.name }).from(users).where(eq(users.id, actor.userId)).get();
    if (!before) return;
    tx.update(users).set({ name }).where(eq(users.id, actor.userId)).run();
    recordAudit({ actor: { userId: actor.userId, name }, networkId: null, entity: "user", entityId: actor.userId, action: "update", before, after: { name } }, tx);
  });
}

export function updateLocale(userId: number, locale: Locale): void {
  getDb().update(users).set({ locale }).where(eq(users.id, userId)).run();
}

/** Records a new password hash for a person, in an audit entry that never holds the hash. */
export function auditPasswordChange(
  actor: { userId: number; name: string } | null,
  userId: number,
  method: "account" | "reset",
  db: DbOrTx,
): void {
  recordAudit(
    {
      actor,
      networkId: null,
      entity: "user",
      entityId: userId,
      action: "update",
      before: { passwordChanged: false },
      after: { passwordChanged: true, method },
    },
    db,
  );
}

export type ChangePasswordResult =
  | { ok: true; token: string; expiresAt: number }
  | { ok: false; reason: "wrong-password" };

/**
 * Checks the current password, stores the new hash, ends every session of the person and opens a
 * fresh one for this browser (the caller sets its cookie).
 */
export async function changePassword(
  actor: Actor,
  input: { currentPassword: string; newPassword: string; userAgent: string | null },
): Promise<ChangePasswordResult> {
  const db = getDb();
  const user = db.select().from(users).where(eq(users.id, actor.userId)).get();
  if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    return { ok: false, reason: "wrong-password" };
  }
  const passwordHash = await hashPassword(input.newPassword);
  db.transaction((tx) => {
    tx.update(users).set({ passwordHash }).where(eq(users.id, user.id)).run();
    auditPasswordChange({ userId: actor.userId, name: actor.name }, user.id, "account", tx);
  });
  invalidateUserSessions(user.id);
  const { token, session } = createSession(user.id, input.userAgent);
  return { ok: true, token, expiresAt: session.expiresAt };
}

export interface SessionView {
  id: string;
  created: string;
  lastSeen: string;
  browser: string | null;
  current: boolean;
}

export function listSessionsFor(userId: number, currentSessionId: string, locale: Locale): SessionView[] {
  return listUserSessions(userId).map((s) => ({
    id: s.id,
    created: formatDateTime(s.createdAt, locale),
    lastSeen: formatDateTime(s.lastSeenAt, locale),
    browser: describeUserAgent(s.userAgent),
    current: s.id === currentSessionId,
  }));
}

/**
 * Ends one of the person's other sessions. The user id is part of the condition, so the id of
 * someone else's session ends nothing. Returns whether a session was ended.
 */
export function endOtherSession(userId: number, currentSessionId: string, sessionId: string): boolean {
  if (sessionId === currentSessionId) return false;
  const result = getDb()
    .delete(sessions)
    .where(and(eq(sessions.id, sessionId), eq(sessions.userId, userId), ne(sessions.id, currentSessionId)))
    .run();
  return result.changes > 0;
}

export function endAllOtherSessions(userId: number, currentSessionId: string): number {
  const result = getDb()
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), ne(sessions.id, currentSessionId)))
    .run();
  return result.changes;
}
