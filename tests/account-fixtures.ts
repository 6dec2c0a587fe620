// Helpers for the account, invitation and admin integration tests.
import { eq } from "drizzle-orm";
import { getDb } from "@db/client.server";
import * as schema from "@db/schema";
import { createUser } from "@db/seed/factories";
import { getSignedIn } from "~/modules/accounts/actor.server";
import { hashPassword } from "~/modules/accounts/password.server";
import { createSession } from "~/modules/accounts/sessions.server";
import { makeRequest } from "./helpers";

type RouteFn = ((args: never) => unknown) | undefined;

/** Runs a loader or action and gives back what it returned or threw (Response, data(), plain value). */
export async function invoke(fn: RouteFn, request: Request, params: Record<string, string> = {}): Promise<unknown> {
  if (!fn) throw new Error("route has no such function");
  try {
    return await fn({ request, params, context: { clientAddress: "127.0.0.1", cspNonce: "" } } as never);
  } catch (thrown) {
    return thrown;
  }
}

interface DataWithInit {
  data: unknown;
  init?: ResponseInit | null;
}

function isDataWithInit(value: unknown): value is DataWithInit {
  return typeof value === "object" && value !== null && "data" in value && "init" in value;
}

/** The payload of data() or a plain loader value. */
export function payload<T = Record<string, unknown>>(value: unknown): T {
  return (isDataWithInit(value) ? value.data : value) as T;
}

export function statusOf(value: unknown): number {
  if (value instanceof Response) return value.status;
  if (isDataWithInit(value)) return value.init?.status ?? 200;
  return 200;
}

export function headersOf(value: unknown): Headers {
  if (value instanceof Response) return value.headers;
  if (isDataWithInit(value)) return new Headers(value.init?.headers);
  return new Headers();
}

/** The Cookie header for the session cookie a response sets, or null. */
export function sessionCookieFrom(value: unknown): string | null {
  const match = /fn_session=([a-z2-7]{32})/.exec(headersOf(value).get("Set-Cookie") ?? "");
  return match ? `fn_session=${match[1]}` : null;
}

export async function createPerson(email: string, password: string, extra: Parameters<typeof createUser>[1]["roles"] = []) {
  return createUser(getDb(), { email, name: email.split("@")[0]!, passwordHash: await hashPassword(password), roles: extra });
}

export function openSession(userId: number, userAgent = "vitest"): { cookie: string; id: string } {
  const { token, session } = createSession(userId, userAgent);
  return { cookie: `fn_session=${token}`, id: session.id };
}

/** A request carrying an explicit cookie (rather than the personas' cached ones). */
export function requestWith(
  cookie: string | null,
  path: string,
  options: { form?: Record<string, string>; headers?: Record<string, string> } = {},
): Request {
  return makeRequest(path, { form: options.form, headers: { ...(cookie ? { Cookie: cookie } : {}), ...options.headers } });
}

export function whoIs(cookie: string): string | null {
  return getSignedIn(requestWith(cookie, "/"))?.actor.email ?? null;
}

export function userByEmail(email: string) {
  return getDb().select().from(schema.users).where(eq(schema.users.email, email)).get();
}

export function sessionIdsOf(userId: number): string[] {
  return getDb().select().from(schema.sessions).where(eq(schema.sessions.userId, userId)).all().map((s) => s.id);
}

export function outboxTo(email: string) {
  return getDb().select().from(schema.outboxMessages).where(eq(schema.outboxMessages.recipient, email)).all();
}

/** The token of the last link with this path prefix mailed to the address. */
export function mailedToken(email: string, prefix: "/reset-password/" | "/invite/"): string {
  const messages = outboxTo(email);
  const body = messages.at(-1)?.body ?? "";
  const match = new RegExp(`${prefix}([a-z2-7]{32})`).exec(body);
  if (!match) throw new Error(`No ${prefix} link mailed to ${email}`);
  return match[1]!;
}
