// Sessions as lucia-auth.com describes them: the cookie holds a random token, the database its SHA-256.
import { and, eq, ne } from "drizzle-orm";
import { getDb } from "@db/client.server";
import { sessions, users } from "@db/schema";
import { generateToken, hashToken } from "./tokens.server";
import { nowMs } from "~/modules/time/clock";

const DAY = 24 * 60 * 60 * 1000;
export const sessionLifetime = 30 * DAY;
export const sessionCookieName = "fn_session";

export interface SessionRecord {
  id: string;
  userId: number;
  expiresAt: number;
}

export function createSession(userId: number, userAgent: string | null): { token: string; session: SessionRecord } {
  const token = generateToken();
  const now = nowMs();
  const session = { id: hashToken(token), userId, expiresAt: now + sessionLifetime };
  getDb()
    .insert(sessions)
    .values({ ...session, lastSeenAt: now, userAgent: userAgent?.slice(0, 300) ?? null })
    .run();
  return { token, session };
}

/**
 * Looks the token up, deletes it if expired and slides the expiry forward when less than half of
 * the lifetime is left. `refreshed` tells the caller to send the cookie again.
 */
export function validateSessionToken(token: string): { session: SessionRecord; refreshed: boolean } | null {
  const db = getDb();
  const id = hashToken(token);
  const row = db.select().from(sessions).where(eq(sessions.id, id)).get();
  if (!row) return null;
  const now = nowMs();
  if (now >= row.expiresAt) {
    db.delete(sessions).where(eq(sessions.id, id)).run();
    return null;
  }
  let expiresAt = row.expiresAt;
  const refreshed = expiresAt - now < sessionLifetime / 2;
  if (refreshed) expiresAt = now + sessionLifetime;
  if (refreshed || now - row.lastSeenAt > 60_000) {
    db.update(sessions).set({ expiresAt, lastSeenAt: now }).where(eq(sessions.id, id)).run();
  }
  return { session: { id, userId: row.userId, expiresAt }, refreshed };
}

export function invalidateSession(sessionId: string): void {
  getDb().delete(sessions).where(eq(sessions.id, sessionId)).run();
}

export function invalidateUserSessions(userId: number, exceptSessionId?: string): void {
  const condition = exceptSessionId
    ? and(eq(sessions.userId, userId), ne(sessions.id, exceptSessionId))
    : eq(sessions.userId, userId);
  getDb().delete(sessions).where(condition).run();
}

export function listUserSessions(userId: number) {
  return getDb()
    .select({
      id: sessions.id,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      userAgent: sessions.userAgent,
    })
    .from(sessions)
    .where(eq(sessions.userId, userId))
    .all()
    .sort((a, b) => b.lastSeenAt - a.lastSeenAt);
}

export function sessionCookie(token: string, expiresAt: number): string {
  const maxAge = Math.max(0, Math.floor((expiresAt - nowMs()) / 1000));
  return serializeCookie(token, maxAge);
}

export function blankSessionCookie(): string {
  return serializeCookie("", 0);
}

function serializeCookie(value: string, maxAge: number): string {
  const parts = [`${sessionCookieName}=${value}`, "Path=/", "HttpOnly", "SameSite=Lax", `Max-Age=${maxAge}`];
  if (process.env.NODE_ENV === "production") parts.push("Secure");
  return parts.join("; ");
}

export function readSessionToken(cookieHeader: string | null): string | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(";")) {
    const [name, ...rest] = part.trim().split("=");
    if (name === sessionCookieName) {
      const value = rest.join("=");
      return /^[a-z2-7]{32}$/.test(value) ? value : null;
    }
  }
  return null;
}

export function userForSession(session: SessionRecord) {
  return getDb().select().from(users).where(eq(users.id, session.userId)).get() ?? null;
}
