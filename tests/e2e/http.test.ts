// The production server over real HTTP: headers, sessions, CSRF defences.
import crypto from "node:crypto";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoPassword, startServer, type TestServer } from "./harness";

let server: TestServer;

beforeAll(async () => {
  server = await startServer();
});

afterAll(async () => {
  await server?.stop();
});

function db() {
  return new Database(server.databasePath);
}

async function signIn(email: string): Promise<{ token: string; setCookie: string }> {
  const body = new URLSearchParams({ email, password: demoPassword });
  const response = await fetch(`${server.url}/login`, { method: "POST", body, redirect: "manual" });
  expect(response.status).toBe(302);
  const setCookie = response.headers.get("set-cookie") ?? "";
  const token = /fn_session=([a-z2-7]+)/.exec(setCookie)?.[1];
  expect(token).toBeTruthy();
  return { token: token!, setCookie };
}

describe("production server", () => {
  it("answers /healthz", async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("ok");
  });

  it("sends security headers and a CSP nonce that the page's scripts carry", async () => {
    const response = await fetch(`${server.url}/login`);
    const csp = response.headers.get("content-security-policy") ?? "";
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'self'");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("x-powered-by")).toBeNull();
    const html = await response.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  });

  it("sets an HttpOnly, SameSite=Lax, Secure session cookie and stores only the token's SHA-256", async () => {
    const { token, setCookie } = await signIn("koordination@example.org");
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(setCookie).toMatch(/Secure/);
    expect(setCookie).toMatch(/Max-Age=259(1\d{3}|2000)\b/);
    const conn = db();
    const ids = (conn.prepare("select id from sessions").all() as { id: string }[]).map((r) => r.id);
    conn.close();
    expect(ids).not.toContain(token);
    expect(ids).toContain(crypto.createHash("sha256").update(token).digest("hex"));
  });

  it("slides the expiry forward and resends the cookie when less than half the lifetime is left", async () => {
    const { token } = await signIn("leitung.arche@example.org");
    const id = crypto.createHash("sha256").update(token).digest("hex");
    const conn = db();
    conn.prepare("update sessions set expires_at = ? where id = ?").run(Date.now() + 10 * 86_400_000, id);
    const response = await fetch(`${server.url}/n/unna`, { headers: { Cookie: `fn_session=${token}` }, redirect: "manual" });
    expect(response.status).toBe(200);
    expect(response.headers.get("set-cookie") ?? "").toMatch(/fn_session=[a-z2-7]+;.*Max-Age=259\d{4}/);
    const row = conn.prepare("select expires_at from sessions where id = ?").get(id) as { expires_at: number };
    expect(row.expires_at).toBeGreaterThan(Date.now() + 29 * 86_400_000);
    conn.close();
  });

  it("treats an expired session as signed out and deletes it", async () => {
    const { token } = await signIn("team.arche@example.org");
    const id = crypto.createHash("sha256").update(token).digest("hex");
    const conn = db();
    conn.prepare("update sessions set expires_at = ? where id = ?").run(Date.now() - 1000, id);
    const response = await fetch(`${server.url}/n/unna`, { headers: { Cookie: `fn_session=${token}` }, redirect: "manual" });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toMatch(/^\/login\?redirectTo=/);
    expect(conn.prepare("select count(*) n from sessions where id = ?").get(id)).toEqual({ n: 0 });
    conn.close();
  });

  it("refuses a state change posted from another origin and changes nothing", async () => {
    const { token } = await signIn("leitung.regenbogen@example.org");
    const response = await fetch(`${server.url}/language`, {
      method: "POST",
      headers: { Cookie: `fn_session=${token}`, Origin: "https://evil.example" },
      body: new URLSearchParams({ locale: "en", redirectTo: "/" }),
      redirect: "manual",
    });
    expect(response.status).toBe(403);
    const conn = db();
    expect(conn.prepare("select locale from users where email = 'leitung.regenbogen@example.org'").get()).toEqual({ locale: null });
    conn.close();
  });

  it("serves the public guide to visitors from a short-lived cache, each response with its own CSP nonce", async () => {
    const get = async (headers: Record<string, string> = {}) => {
      const response = await fetch(`${server.url}/guide/unna?q=Babymassage`, { headers });
      const nonce = /'nonce-([^']+)'/.exec(response.headers.get("content-security-policy") ?? "")?.[1] ?? "";
      const html = await response.text();
      return { cache: response.headers.get("x-guide-cache"), nonce, html, scripts: [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]) };
    };
    const first = await get({ "Accept-Language": "de-DE" });
    const second = await get({ "Accept-Language": "de-DE" });
    expect([first.cache, second.cache]).toEqual(["miss", "hit"]);
    expect(second.nonce).not.toBe(first.nonce);
    expect(second.scripts.length).toBeGreaterThan(0);
    for (const tag of second.scripts) expect(tag).toContain(`nonce="${second.nonce}"`);
    expect(second.html.split(second.nonce).join("N")).toBe(first.html.split(first.nonce).join("N"));
    expect(second.html).toContain("Babymassage");

    // Another language is another page.
    const english = await get({ "Accept-Language": "en" });
    expect(english.cache).toBe("miss");
    expect(english.html).toContain('lang="en"');

    // Members are never served from it.
    const { token } = await signIn("leitung.sternschnuppe@example.org");
    expect((await get({ Cookie: `fn_session=${token}` })).cache).toBeNull();
  });

  it("accepts state changes only by POST: other methods are refused with 405 and change nothing", async () => {
    const { token } = await signIn("leitung.pusteblume@example.org");
    for (const method of ["PUT", "PATCH", "DELETE"]) {
      const response = await fetch(`${server.url}/language`, {
        method,
        headers: { Cookie: `fn_session=${token}`, Origin: server.url, "Content-Type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ locale: "en", redirectTo: "/" }).toString(),
        redirect: "manual",
      });
      expect(response.status, method).toBe(405);
      expect(response.headers.get("allow")).toBe("GET, HEAD, POST");
    }
    const conn = db();
    expect(conn.prepare("select locale from users where email = 'leitung.pusteblume@example.org'").get()).toEqual({ locale: null });
    conn.close();
  });

  it("does not sign out on GET", async () => {
    const { token } = await signIn("leitung.sonnenblume@example.org");
    await fetch(`${server.url}/logout`, { headers: { Cookie: `fn_session=${token}` }, redirect: "manual" });
    const after = await fetch(`${server.url}/n/unna`, { headers: { Cookie: `fn_session=${token}` }, redirect: "manual" });
    expect(after.status).toBe(200);
  });

  it("signs out by POST and the old cookie no longer works", async () => {
    const { token } = await signIn("leitung.kunterbunt@example.org");
    const out = await fetch(`${server.url}/logout`, {
      method: "POST",
      headers: { Cookie: `fn_session=${token}`, Origin: server.url },
      redirect: "manual",
    });
    expect(out.status).toBe(302);
    expect(out.headers.get("set-cookie")).toMatch(/fn_session=;.*Max-Age=0/);
    const after = await fetch(`${server.url}/n/unna`, { headers: { Cookie: `fn_session=${token}` }, redirect: "manual" });
    expect(after.status).toBe(302);
  });
});
