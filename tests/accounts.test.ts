// The account page, sign-out, language switch and the sign-in rate limit.
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@db/client.server";
import * as schema from "@db/schema";
import { verifyPassword } from "~/modules/accounts/password.server";
import * as accountRoute from "~/routes/account";
import * as languageRoute from "~/routes/language";
import * as loginRoute from "~/routes/login";
import * as logoutRoute from "~/routes/logout";
import {
  createPerson,
  headersOf,
  invoke,
  openSession,
  payload,
  requestWith,
  sessionCookieFrom,
  sessionIdsOf,
  statusOf,
  userByEmail,
  whoIs,
} from "./account-fixtures";
import { databaseFingerprint, makeRequest, seedTwoNetworks } from "./helpers";

const password = "altes-passwort-123";

beforeAll(async () => {
  await seedTwoNetworks();
});

function accountAction(cookie: string, form: Record<string, string>) {
  return invoke(accountRoute.action, requestWith(cookie, "/account", { form }));
}

describe("changing the password", () => {
  it("needs the current password and a matching confirmation", async () => {
    const user = await createPerson("pw-check@example.org", password);
    const { cookie } = openSession(user.id);
    const wrong = await accountAction(cookie, { intent: "password", currentPassword: "falsch-falsch", newPassword: "neues-passwort-1", confirmPassword: "neues-passwort-1" });
    expect(statusOf(wrong)).toBe(400);
    expect(JSON.stringify(payload(wrong))).toContain("account.wrongPassword");
    const mismatch = await accountAction(cookie, { intent: "password", currentPassword: password, newPassword: "neues-passwort-1", confirmPassword: "neues-passwort-2" });
    expect(statusOf(mismatch)).toBe(400);
    expect(JSON.stringify(payload(mismatch))).toContain("account.passwordMismatch");
    const short = await accountAction(cookie, { intent: "password", currentPassword: password, newPassword: "kurz", confirmPassword: "kurz" });
    expect(JSON.stringify(payload(short))).toContain("account.passwordTooShort");
    expect(await verifyPassword(userByEmail("pw-check@example.org")!.passwordHash!, password)).toBe(true);
    expect(whoIs(cookie)).toBe("pw-check@example.org");
  });

  it("ends every session, so the old cookie no longer works, and signs this browser in anew", async () => {
    const user = await createPerson("pw-change@example.org", password);
    const here = openSession(user.id, "Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0");
    const elsewhere = openSession(user.id, "Mozilla/5.0 (Windows NT 10.0) Chrome/126.0 Safari/537.36");
    const result = await accountAction(here.cookie, {
      intent: "password",
      currentPassword: password,
      newPassword: "ganz-neues-passwort",
      confirmPassword: "ganz-neues-passwort",
    });
    expect(statusOf(result)).toBe(200);
    expect(payload<{ notice: { key: string } }>(result).notice.key).toBe("account.passwordChanged");
    const fresh = sessionCookieFrom(result);
    expect(fresh).toBeTruthy();
    expect(whoIs(here.cookie)).toBeNull();
    expect(whoIs(elsewhere.cookie)).toBeNull();
    expect(whoIs(fresh!)).toBe("pw-change@example.org");
    expect(sessionIdsOf(user.id)).toHaveLength(1);

    const stored = userByEmail("pw-change@example.org")!.passwordHash!;
    expect(stored).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(stored, "ganz-neues-passwort")).toBe(true);

    const login = (pw: string) =>
      invoke(loginRoute.action, makeRequest("/login", { form: { email: "pw-change@example.org", password: pw } }));
    expect(statusOf(await login(password))).toBe(401);
    expect(sessionCookieFrom(await login("ganz-neues-passwort"))).toBeTruthy();

    const audit = getDb()
      .select()
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.entity, "user"), eq(schema.auditLog.entityId, String(user.id))))
      .all();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.summary).toEqual({ passwordChanged: [false, true], method: [null, "account"] });
    expect(JSON.stringify(audit)).not.toContain("argon2");
  });
});

describe("sessions on the account page", () => {
  it("lists the person's sessions with the browser and marks this device", async () => {
    const user = await createPerson("sessions-list@example.org", password);
    const here = openSession(user.id, "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0");
    openSession(user.id, "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 Version/17.4 Mobile/15E148 Safari/604.1");
    const other = await createPerson("sessions-other@example.org", password);
    openSession(other.id);
    const data = payload<{ sessions: { id: string; browser: string | null; current: boolean }[]; account: { email: string } }>(
      await invoke(accountRoute.loader, requestWith(here.cookie, "/account")),
    );
    expect(data.account.email).toBe("sessions-list@example.org");
    expect(data.sessions).toHaveLength(2);
    expect(data.sessions.find((s) => s.current)).toMatchObject({ id: here.id, browser: "Firefox · Linux" });
    expect(data.sessions.find((s) => !s.current)?.browser).toBe("Safari · iOS");
  });

  it("ends a single other session, then all other sessions, but never this one", async () => {
    const user = await createPerson("sessions-end@example.org", password);
    const a = openSession(user.id);
    const b = openSession(user.id);
    const c = openSession(user.id);
    const d = openSession(user.id);

    const one = await accountAction(a.cookie, { intent: "end-session", sessionId: b.id });
    expect(statusOf(one)).toBe(200);
    expect(whoIs(b.cookie)).toBeNull();
    expect(whoIs(a.cookie)).toBe("sessions-end@example.org");
    expect(whoIs(c.cookie)).toBe("sessions-end@example.org");

    const self = await accountAction(a.cookie, { intent: "end-session", sessionId: a.id });
    expect(statusOf(self)).toBe(404);
    expect(whoIs(a.cookie)).toBe("sessions-end@example.org");

    const rest = await accountAction(a.cookie, { intent: "end-others" });
    expect(payload<{ notice: { count: number } }>(rest).notice.count).toBe(2);
    expect(whoIs(c.cookie)).toBeNull();
    expect(whoIs(d.cookie)).toBeNull();
    expect(sessionIdsOf(user.id)).toEqual([a.id]);
  });

  it("changes nothing when given the session id of someone else", async () => {
    const victim = await createPerson("victim@example.org", password);
    const victimSession = openSession(victim.id);
    const attacker = await createPerson("attacker@example.org", password);
    const attackerSession = openSession(attacker.id);
    const before = sessionIdsOf(victim.id);

    const forged = await accountAction(attackerSession.cookie, { intent: "end-session", sessionId: victimSession.id });
    expect(statusOf(forged)).toBe(404);
    await accountAction(attackerSession.cookie, { intent: "end-others" });
    expect(sessionIdsOf(victim.id)).toEqual(before);
    expect(whoIs(victimSession.cookie)).toBe("victim@example.org");

    const malformed = await accountAction(attackerSession.cookie, { intent: "end-session", sessionId: "' or 1=1 --" });
    expect(statusOf(malformed)).toBe(404);
    expect(sessionIdsOf(victim.id)).toEqual(before);
  });
});

describe("name and language", () => {
  it("saves the display name with an audit entry", async () => {
    const user = await createPerson("rename@example.org", password);
    const { cookie } = openSession(user.id);
    const empty = await accountAction(cookie, { intent: "name", name: "   " });
    expect(statusOf(empty)).toBe(400);
    const saved = await accountAction(cookie, { intent: "name", name: "Renate Neu" });
    expect(statusOf(saved)).toBe(200);
    expect(userByEmail("rename@example.org")!.name).toBe("Renate Neu");
    const entry = getDb().select().from(schema.auditLog).where(eq(schema.auditLog.entityId, String(user.id))).all().at(-1);
    expect(entry?.summary).toEqual({ name: ["rename", "Renate Neu"] });
  });

  it("saves the language preference on the account and in the cookie", async () => {
    const user = await createPerson("sprache@example.org", password);
    const { cookie } = openSession(user.id);
    const bad = await accountAction(cookie, { intent: "locale", locale: "fr" });
    expect(statusOf(bad)).toBe(400);
    expect(userByEmail("sprache@example.org")!.locale).toBeNull();
    const result = await accountAction(cookie, { intent: "locale", locale: "en" });
    expect(userByEmail("sprache@example.org")!.locale).toBe("en");
    expect(headersOf(result).get("Set-Cookie")).toContain("fn_lang=en");
  });

  it("refuses unknown intents and visitors", async () => {
    const user = await createPerson("intent@example.org", password);
    const { cookie } = openSession(user.id);
    expect(statusOf(await accountAction(cookie, { intent: "delete-everything" }))).toBe(400);
    const anonymous = await invoke(accountRoute.action, makeRequest("/account", { form: { intent: "end-others" } }));
    expect(anonymous).toBeInstanceOf(Response);
    expect((anonymous as Response).headers.get("Location")).toMatch(/^\/login/);
  });
});

describe("signing out (the logout action)", () => {
  it("ends the session, clears the cookie and sends the person to the sign-in page", async () => {
    const user = await createPerson("logout@example.org", password);
    const mine = openSession(user.id);
    const other = openSession(user.id);
    const response = (await invoke(logoutRoute.action, requestWith(mine.cookie, "/logout", { form: {} }))) as Response;
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/login");
    expect(response.headers.get("Set-Cookie")).toMatch(/fn_session=;.*Max-Age=0/);
    expect(whoIs(mine.cookie)).toBeNull();
    expect(sessionIdsOf(user.id)).toEqual([other.id]);
  });

  it("sends visitors to the sign-in page without changing anything", async () => {
    const before = databaseFingerprint();
    const response = (await invoke(logoutRoute.action, makeRequest("/logout", { form: {} }))) as Response;
    expect(response.headers.get("Location")).toBe("/login");
    expect(databaseFingerprint()).toBe(before);
  });
});

describe("switching the language (the language action)", () => {
  it("saves users.locale for signed-in people and sets the cookie", async () => {
    const user = await createPerson("language@example.org", password);
    const { cookie } = openSession(user.id);
    const response = (await invoke(
      languageRoute.action,
      requestWith(cookie, "/language", { form: { locale: "en", redirectTo: "/account" } }),
    )) as Response;
    expect(response.headers.get("Location")).toBe("/account");
    expect(response.headers.get("Set-Cookie")).toContain("fn_lang=en");
    expect(userByEmail("language@example.org")!.locale).toBe("en");
    await invoke(languageRoute.action, requestWith(cookie, "/language", { form: { locale: "de" } }));
    expect(userByEmail("language@example.org")!.locale).toBe("de");
  });

  it("ignores unknown languages and foreign redirect targets", async () => {
    const user = await createPerson("language-bad@example.org", password);
    const { cookie } = openSession(user.id);
    const response = (await invoke(
      languageRoute.action,
      requestWith(cookie, "/language", { form: { locale: "xx", redirectTo: "https://evil.example" } }),
    )) as Response;
    expect(response.headers.get("Location")).toBe("/");
    expect(response.headers.get("Set-Cookie")).toBeNull();
    expect(userByEmail("language-bad@example.org")!.locale).toBeNull();
  });

  it("only sets the cookie for visitors", async () => {
    const before = databaseFingerprint();
    const response = (await invoke(languageRoute.action, makeRequest("/language", { form: { locale: "en" } }))) as Response;
    expect(response.headers.get("Set-Cookie")).toContain("fn_lang=en");
    expect(databaseFingerprint()).toBe(before);
  });
});

describe("sign-in rate limit", () => {
  it("tells the person to wait after five wrong passwords for one account, even with the right one", async () => {
    await createPerson("limited@example.org", password);
    const attempt = (pw: string) => invoke(loginRoute.action, makeRequest("/login", { form: { email: "limited@example.org", password: pw } }));
    for (let i = 0; i < 5; i++) {
      const wrong = await attempt(`falsch-${i}`);
      expect(statusOf(wrong)).toBe(401);
      expect(payload<{ problem: { key: string } }>(wrong).problem.key).toBe("login.invalid");
    }
    const limited = await attempt(password);
    expect(statusOf(limited)).toBe(429);
    const problem = payload<{ problem: { key: string; minutes: number } }>(limited).problem;
    expect(problem.key).toBe("login.limited");
    expect(problem.minutes).toBeGreaterThan(0);
    expect(sessionCookieFrom(limited)).toBeNull();
    // Other accounts are not affected.
    await createPerson("not-limited@example.org", password);
    const other = await invoke(loginRoute.action, makeRequest("/login", { form: { email: "not-limited@example.org", password } }));
    expect(sessionCookieFrom(other)).toBeTruthy();
  });
});
