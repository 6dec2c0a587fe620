// Password reset by e-mail link: one hour, single use, only the token's hash stored.
import { and, eq, isNull } from "drizzle-orm";
import { RateLimiterMemory } from "rate-limiter-flexible";
import { getDb } from "@db/client.server";
import { authTokens, users } from "@db/schema";
import { translator, type Locale } from "~/modules/i18n/translate";
import { appUrl, sendMail } from "~/modules/mail/mail.server";
import { auditPasswordChange } from "./account.server";
import { consumeToken, inspectToken, type TokenState } from "./auth-tokens.server";
import { hashPassword } from "./password.server";
import { createSession, invalidateUserSessions } from "./sessions.server";
import { normalizeEmail } from "./sign-in.server";
import { generateToken, hashToken } from "./tokens.server";
import { nowMs } from "~/modules/time/clock";

export const resetLifetime = 60 * 60 * 1000;

// Three reset mails per address and hour; further requests get the same answer but no mail.
const perEmail = new RateLimiterMemory({ keyPrefix: "reset-email", points: 3, duration: 60 * 60 });

/**
 * Starts a reset for the e-mail address. Says nothing about whether the account exists: the caller
 * shows the same confirmation in every case.
 */
export async function requestPasswordReset(request: Request, rawEmail: string): Promise<void> {
  const email = normalizeEmail(rawEmail);
  try {
    await perEmail.consume(email);
  } catch {
    return;
  }
  const db = getDb();
  const user = db.select().from(users).where(eq(users.email, email)).get();
  if (!user) return;
  const token = generateToken();
  const expiresAt = nowMs() + resetLifetime;
  db.insert(authTokens).values({ id: hashToken(token), kind: "password-reset", email, userId: user.id, expiresAt }).run();
  const t = translator(user.locale ?? "de");
  await sendMail({
    to: user.email,
    subject: t("reset.mailSubject"),
    text: t("reset.mailBody", { name: user.name, link: appUrl(request, `/reset-password/${token}`) }),
  });
}

export function checkResetToken(token: string | undefined): TokenState {
  return inspectToken("password-reset", token);
}

export type ResetResult =
  | { ok: true; token: string; expiresAt: number; locale: Locale | null }
  | { ok: false; state: "invalid" | "used" | "expired" };

/**
 * Sets the new password, uses up the token (and every other open reset link of the person), ends all
 * sessions and opens a new one for this browser.
 */
export async function resetPassword(token: string | undefined, password: string, userAgent: string | null): Promise<ResetResult> {
  const checked = checkResetToken(token);
  if (checked.state !== "valid") return { ok: false, state: checked.state };
  const row = checked.token;
  const passwordHash = await hashPassword(password);
  const db = getDb();
  const user = db
    .select()
    .from(users)
    .where(row.userId !== null ? eq(users.id, row.userId) : eq(users.email, row.email))
    .get();
  if (!user) return { ok: false, state: "invalid" };
  const done = db.transaction((tx) => {
    if (!consumeToken(tx, row.id)) return false;
    tx.update(users).set({ passwordHash }).where(eq(users.id, user.id)).run();
    tx.update(authTokens)
      .set({ usedAt: nowMs() })
      .where(and(eq(authTokens.kind, "password-reset"), eq(authTokens.email, user.email), isNull(authTokens.usedAt)))
      .run();
    auditPasswordChange({ userId: user.id, name: user.name }, user.id, "reset", tx);
    return true;
  });
  if (!done) return { ok: false, state: "used" };
  invalidateUserSessions(user.id);
  const session = createSession(user.id, userAgent);
  return { ok: true, token: session.token, expiresAt: session.session.expiresAt, locale: user.locale };
}
