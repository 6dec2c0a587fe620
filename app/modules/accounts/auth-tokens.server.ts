// Single-use links (password reset, invitation): the URL carries a random token, the database its SHA-256.
import { and, eq, gt, isNull } from "drizzle-orm";
import type { DbOrTx } from "@db/client.server";
import { getDb } from "@db/client.server";
import { authTokens } from "@db/schema";
import { hashToken } from "./tokens.server";
import { nowMs } from "~/modules/time/clock";

export type AuthToken = typeof authTokens.$inferSelect;
export type TokenKind = AuthToken["kind"];
export type TokenState = { state: "valid"; token: AuthToken } | { state: "invalid" | "used" | "expired" };

const tokenPattern = /^[a-z2-7]{32}$/;

/** Looks a link's token up without changing anything. */
export function inspectToken(kind: TokenKind, token: string | undefined, now = nowMs()): TokenState {
  if (!token || !tokenPattern.test(token)) return { state: "invalid" };
  const row = getDb()
    .select()
    .from(authTokens)
    .where(and(eq(authTokens.id, hashToken(token)), eq(authTokens.kind, kind)))
    .get();
  if (!row) return { state: "invalid" };
  if (row.usedAt !== null) return { state: "used" };
  if (row.expiresAt <= now) return { state: "expired" };
  return { state: "valid", token: row };
}

/** Marks the token used if it still is valid; false when another request was first. */
export function consumeToken(db: DbOrTx, id: string, now = nowMs()): boolean {
  const result = db
    .update(authTokens)
    .set({ usedAt: now })
    .where(and(eq(authTokens.id, id), isNull(authTokens.usedAt), gt(authTokens.expiresAt, now)))
    .run();
  return result.changes === 1;
}
