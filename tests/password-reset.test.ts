// Password reset by e-mail: the link through the outbox, single use, expiry, unknown addresses, rate limit.
import { eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@db/client.server";
import * as schema from "@db/schema";
import { verifyPassword } from "~/modules/accounts/password.server";
import { hashToken } from "~/modules/accounts/tokens.server";
import * as forgotRoute from "~/routes/forgot-password";
import * as loginRoute from "~/routes/login";
import * as resetRoute from "~/routes/reset-password.$token";
import {
  createPerson,
  invoke,
  mailedToken,
  openSession,
  outboxTo,
  payload,
  sessionCookieFrom,
  sessionIdsOf,
  statusOf,
  userByEmail,
  whoIs,
} from "./account-fixtures";
import { databaseFingerprint, makeRequest, seedTwoNetworks } from "./helpers";

const oldPassword = "altes-passwort-123";

beforeAll(async () => {
  await seedTwoNetworks();
});

afterEach(() => {
  delete process.env.APP_URL;
});

function requestReset(email: string) {
  return invoke(forgotRoute.action, makeRequest("/forgot-password", { form: { email } }));
}

function resetLoader(token: string) {
  return invoke(resetRoute.loader, makeRequest(`/reset-password/${token}`), { token });
}

function resetAction(token: string, newPassword: string, confirmPassword = newPassword) {
  return invoke(resetRoute.action, makeRequest(`/reset-password/${token}`, { form: { newPassword, confirmPassword } }), { token });
}

describe("password reset", () => {
  it("works end to end through the outbox and signs the person in with a new session", async () => {
    const user = await createPerson("reset@example.org", oldPassword);
    const old = openSession(user.id);
    const answer = await requestReset("  Reset@Example.org ");
    expect(statusOf(answer)).toBe(200);
    expect(payload<{ sent: boolean }>(answer).sent).toBe(true);

    const mails = outboxTo("reset@example.org");
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe("Neues Passwort für familiennetz");
    expect(mails[0]!.body).toContain("http://localhost:3000/reset-password/");
    const token = mailedToken("reset@example.org", "/reset-password/");

    // Only the SHA-256 of the token is stored, valid for one hour.
    const rows = getDb().select().from(schema.authTokens).where(eq(schema.authTokens.email, "reset@example.org")).all();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.id).toBe(hashToken(token));
    expect(rows[0]!.id).not.toContain(token);
    expect(rows[0]!.kind).toBe("password-reset");
    expect(rows[0]!.expiresAt - Date.now()).toBeGreaterThan(59 * 60 * 1000);
    expect(rows[0]!.expiresAt - Date.now()).toBeLessThanOrEqual(60 * 60 * 1000);

    expect(statusOf(await resetLoader(token))).toBe(200);
    expect(payload<{ problem: null }>(await resetLoader(token)).problem).toBeNull();

    const mismatch = await resetAction(token, "neues-passwort-1", "neues-passwort-2");
    expect(statusOf(mismatch)).toBe(400);
    expect(JSON.stringify(payload(mismatch))).toContain("account.passwordMismatch");

    const done = (await resetAction(token, "neues-passwort-1")) as Response;
    expect(done.status).toBe(302);
    expect(done.headers.get("Location")).toBe("/");
    const cookie = sessionCookieFrom(done);
    expect(whoIs(cookie!)).toBe("reset@example.org");
    expect(whoIs(old.cookie)).toBeNull();
    expect(sessionIdsOf(user.id)).toHaveLength(1);

    const stored = userByEmail("reset@example.org")!.passwordHash!;
    expect(stored).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(stored, "neues-passwort-1")).toBe(true);
    const signIn = await invoke(loginRoute.action, makeRequest("/login", { form: { email: "reset@example.org", password: "neues-passwort-1" } }));
    expect(sessionCookieFrom(signIn)).toBeTruthy();

    const audit = getDb().select().from(schema.auditLog).where(eq(schema.auditLog.entityId, String(user.id))).all();
    expect(audit.map((a) => a.summary)).toContainEqual({ passwordChanged: [false, true], method: [null, "reset"] });
    expect(JSON.stringify(audit)).not.toContain("argon2");
  });

  it("uses a link only once", async () => {
    await createPerson("once@example.org", oldPassword);
    await requestReset("once@example.org");
    const token = mailedToken("once@example.org", "/reset-password/");
    expect(statusOf(await resetAction(token, "erstes-neues-passwort"))).toBe(302);

    const again = await resetLoader(token);
    expect(statusOf(again)).toBe(410);
    expect(payload<{ problem: string }>(again).problem).toBe("reset.used");
    const before = databaseFingerprint();
    const second = await resetAction(token, "zweites-neues-passwort");
    expect(statusOf(second)).toBe(410);
    expect(payload<{ problem: string }>(second).problem).toBe("reset.used");
    expect(databaseFingerprint()).toBe(before);
    expect(await verifyPassword(userByEmail("once@example.org")!.passwordHash!, "erstes-neues-passwort")).toBe(true);
  });

  it("makes older open links useless once one of them is used", async () => {
    await createPerson("two-links@example.org", oldPassword);
    await requestReset("two-links@example.org");
    const first = mailedToken("two-links@example.org", "/reset-password/");
    await requestReset("two-links@example.org");
    const second = mailedToken("two-links@example.org", "/reset-password/");
    expect(first).not.toBe(second);
    expect(statusOf(await resetAction(second, "das-neue-passwort"))).toBe(302);
    expect(statusOf(await resetAction(first, "ein-anderes-passwort"))).toBe(410);
  });

  it("refuses expired links", async () => {
    await createPerson("expired@example.org", oldPassword);
    await requestReset("expired@example.org");
    const token = mailedToken("expired@example.org", "/reset-password/");
    getDb().update(schema.authTokens).set({ expiresAt: Date.now() - 1000 }).where(eq(schema.authTokens.id, hashToken(token))).run();

    const page = await resetLoader(token);
    expect(statusOf(page)).toBe(410);
    expect(payload<{ problem: string }>(page).problem).toBe("reset.expired");
    const before = databaseFingerprint();
    const result = await resetAction(token, "neues-passwort-1");
    expect(payload<{ problem: string }>(result).problem).toBe("reset.expired");
    expect(databaseFingerprint()).toBe(before);
    expect(await verifyPassword(userByEmail("expired@example.org")!.passwordHash!, oldPassword)).toBe(true);
  });

  it("refuses unknown and malformed links", async () => {
    for (const token of ["a".repeat(32), "nicht-gültig", "x".repeat(200)]) {
      const page = await resetLoader(token);
      expect(statusOf(page)).toBe(404);
      expect(payload<{ problem: string }>(page).problem).toBe("reset.invalid");
      expect(statusOf(await resetAction(token, "neues-passwort-1"))).toBe(404);
    }
  });

  it("gives an unknown e-mail address the same answer and sends nothing", async () => {
    await createPerson("known@example.org", oldPassword);
    const known = payload(await requestReset("known@example.org"));
    const before = databaseFingerprint();
    const unknown = await requestReset("unbekannt@example.org");
    expect(statusOf(unknown)).toBe(200);
    expect(payload(unknown)).toEqual(known);
    expect(databaseFingerprint()).toBe(before);
    expect(outboxTo("unbekannt@example.org")).toHaveLength(0);
  });

  it("rejects a malformed e-mail address with a field error", async () => {
    const result = await requestReset("keine-adresse");
    expect(statusOf(result)).toBe(400);
    expect(JSON.stringify(payload(result))).toContain("form.email");
  });

  it("sends at most three mails per address and hour, silently", async () => {
    await createPerson("limit@example.org", oldPassword);
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(payload(await requestReset("limit@example.org")));
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(outboxTo("limit@example.org")).toHaveLength(3);
  });

  it("builds the link from APP_URL when it is set", async () => {
    process.env.APP_URL = "https://familiennetz.example";
    await createPerson("app-url@example.org", oldPassword);
    await requestReset("app-url@example.org");
    expect(outboxTo("app-url@example.org")[0]!.body).toContain("https://familiennetz.example/reset-password/");
  });

  it("writes the mail in the person's language", async () => {
    const user = await createPerson("english@example.org", oldPassword);
    getDb().update(schema.users).set({ locale: "en" }).where(eq(schema.users.id, user.id)).run();
    await requestReset("english@example.org");
    expect(outboxTo("english@example.org")[0]!.subject).toBe("New password for familiennetz");
  });
});
