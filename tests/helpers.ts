// Helpers for integration tests: real loaders and actions against the test file's SQLite database.
import crypto from "node:crypto";
import { eq } from "drizzle-orm";
import { getDb } from "@db/client.server";
import * as schema from "@db/schema";
import { demoPassword, seedDemo, seededDemoCalendar } from "@db/seed/demo";
import type { DemoCalendar } from "@db/seed/demo-calendar";
import { createCentre, createNeighbourhood, createNetwork, createUser } from "@db/seed/factories";
import { createSession } from "~/modules/accounts/sessions.server";

export const origin = "http://localhost:3000";

/** The demo network plus a second network "dortmund" with one centre and one lead. */
export async function seedTwoNetworks() {
  const db = getDb();
  await seedDemo(db);
  const demoHash = db.select().from(schema.users).where(eq(schema.users.email, "admin@example.org")).get()!.passwordHash;
  const other = createNetwork(db, { slug: "dortmund", name: "Netzwerk Dortmund" });
  const hood = createNeighbourhood(db, { networkId: other.id, name: "Hörde" });
  const centre = createCentre(db, { networkId: other.id, name: "Familienzentrum Hörde", homeNeighbourhoodId: hood.id });
  createUser(db, {
    email: "leitung.hoerde@example.net",
    name: "Leitung Hörde",
    passwordHash: demoHash,
    roles: [{ networkId: other.id, centreId: centre.id, role: "lead" }],
  });
  return { password: demoPassword };
}

/** The dates the demo was seeded with (db/seed/demo-calendar.ts): what tests expect of the demo follows from them. */
export function demoDates(): DemoCalendar {
  const calendar = seededDemoCalendar(getDb());
  if (!calendar) throw new Error("The demo network is not seeded");
  return calendar;
}

export const personas = {
  anonymous: null,
  staffA: "team.arche@example.org",
  leadA: "leitung.arche@example.org",
  leadB: "leitung.regenbogen@example.org",
  coordinator: "koordination@example.org",
  admin: "admin@example.org",
  otherNetwork: "leitung.hoerde@example.net",
} as const;
export type Persona = keyof typeof personas;

const cookies = new Map<string, string>();

/** A session cookie for the user with this e-mail (one session per e-mail per test file). */
export function cookieFor(email: string | null): string | null {
  if (!email) return null;
  const cached = cookies.get(email);
  if (cached) return cached;
  const user = getDb().select().from(schema.users).where(eq(schema.users.email, email)).get();
  if (!user) throw new Error(`No user ${email}`);
  const { token } = createSession(user.id, "vitest");
  const cookie = `fn_session=${token}`;
  cookies.set(email, cookie);
  return cookie;
}

export function forgetCookies() {
  cookies.clear();
}

export function makeRequest(
  path: string,
  options: { as?: string | null; method?: string; form?: Record<string, string | string[]> | FormData; headers?: Record<string, string> } = {},
): Request {
  const headers = new Headers(options.headers);
  const cookie = cookieFor(options.as ?? null);
  if (cookie) headers.set("Cookie", cookie);
  let body: FormData | undefined;
  if (options.form instanceof FormData) body = options.form;
  else if (options.form) {
    body = new FormData();
    for (const [key, value] of Object.entries(options.form)) {
      for (const v of Array.isArray(value) ? value : [value]) body.append(key, v);
    }
  }
  return new Request(new URL(path, origin), { method: options.method ?? (body ? "POST" : "GET"), headers, body });
}

export type Outcome = "ok" | "login" | "forbidden" | "notfound" | "redirect" | "invalid";

interface RouteModule {
  loader?: (args: never) => unknown;
  action?: (args: never) => unknown;
}

/** Runs a loader or action and classifies what a person would get. */
export async function outcomeOf(
  fn: ((args: never) => unknown) | undefined,
  request: Request,
  params: Record<string, string> = {},
): Promise<{ outcome: Outcome; status: number; value: unknown }> {
  if (!fn) throw new Error("route has no such function");
  try {
    const value = await fn({ request, params, context: { clientAddress: "127.0.0.1", cspNonce: "" } } as never);
    return classify(value);
  } catch (thrown) {
    return classify(thrown);
  }
}

function classify(value: unknown): { outcome: Outcome; status: number; value: unknown } {
  if (value instanceof Response) {
    const location = value.headers.get("Location") ?? "";
    if (value.status >= 300 && value.status < 400) {
      return { outcome: location.startsWith("/login") ? "login" : "redirect", status: value.status, value };
    }
    if (value.status === 403) return { outcome: "forbidden", status: 403, value };
    if (value.status === 404) return { outcome: "notfound", status: 404, value };
    if (value.status >= 400) return { outcome: "invalid", status: value.status, value };
    return { outcome: "ok", status: value.status, value };
  }
  // data() from single fetch: { type: "DataWithResponseInit", data, init }
  if (value && typeof value === "object" && "init" in value && "data" in value) {
    const status = (value as { init?: { status?: number } }).init?.status ?? 200;
    return { outcome: status >= 400 ? "invalid" : "ok", status, value: (value as { data: unknown }).data };
  }
  return { outcome: "ok", status: 200, value };
}

export type { RouteModule };

/** A digest of every table except sessions: equal digests mean nothing was changed. */
export function databaseFingerprint(): string {
  const client = getDb().$client;
  const tables = client
    // Derived search indexes (FTS5 and its shadow tables) are skipped: they follow the tables they index.
    .prepare(
      "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '__drizzle%' and name <> 'sessions' and name not like '%_fts%' order by name",
    )
    .all() as { name: string }[];
  const hash = crypto.createHash("sha256");
  for (const { name } of tables) {
    hash.update(name);
    hash.update(JSON.stringify(client.prepare(`select * from "${name}" order by rowid`).all()));
  }
  return hash.digest("hex");
}
