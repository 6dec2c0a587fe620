// Sign-in with e-mail and password, limited per account and per client address.
import { eq } from "drizzle-orm";
import { RateLimiterMemory } from "rate-limiter-flexible";
import { getDb } from "@db/client.server";
import { users } from "@db/schema";
import { hashPassword, verifyPassword } from "./password.server";
import { createSession } from "./sessions.server";

const windowSeconds = 15 * 60;
const perAccount = new RateLimiterMemory({ keyPrefix: "login-account", points: 5, duration: windowSeconds });
const perAddress = new RateLimiterMemory({ keyPrefix: "login-address", points: 30, duration: windowSeconds });

// Verified against when the e-mail is unknown, so that timing does not tell which accounts exist.
let dummyHash: Promise<string> | undefined;

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export type SignInResult =
  | { ok: true; token: string; expiresAt: number; userId: number }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "limited"; retryAfterMinutes: number };

async function blockedFor(email: string, address: string): Promise<number> {
  const [account, client] = await Promise.all([perAccount.get(email), perAddress.get(address)]);
  const waits = [
    account && account.consumedPoints >= perAccount.points ? account.msBeforeNext : 0,
    client && client.consumedPoints >= perAddress.points ? client.msBeforeNext : 0,
  ];
  return Math.max(...waits);
}

export async function signIn(input: {
  email: string;
  password: string;
  address: string;
  userAgent: string | null;
}): Promise<SignInResult> {
  const email = normalizeEmail(input.email);
  const wait = await blockedFor(email, input.address);
  if (wait > 0) return { ok: false, reason: "limited", retryAfterMinutes: Math.ceil(wait / 60_000) };

  const user = getDb().select().from(users).where(eq(users.email, email)).get();
  const hash = user?.passwordHash ?? (await (dummyHash ??= hashPassword("familiennetz-timing-guard")));
  const valid = await verifyPassword(hash, input.password);
  if (!user || !user.passwordHash || !valid) {
    await Promise.all([
      perAccount.penalty(email, 1).catch(() => undefined),
      perAddress.penalty(input.address, 1).catch(() => undefined),
    ]);
    return { ok: false, reason: "invalid" };
  }
  await perAccount.delete(email);
  const { token, session } = createSession(user.id, input.userAgent);
  return { ok: true, token, expiresAt: session.expiresAt, userId: user.id };
}
