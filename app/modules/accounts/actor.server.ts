// Who is asking: the signed-in person with their roles, resolved once per request.
import { eq } from "drizzle-orm";
import { redirect } from "@remix-run/node";
import { getDb } from "@db/client.server";
import { memberships, users } from "@db/schema";
import { can, type Action, type Actor, type Scope } from "~/modules/permissions/permissions";
import { readSessionToken, validateSessionToken, userForSession, type SessionRecord } from "./sessions.server";

export interface SignedIn {
  actor: Actor;
  session: SessionRecord;
  locale: "de" | "en" | null;
}

const cache = new WeakMap<Request, SignedIn | null>();

export function loadActor(userId: number): Actor | null {
  const db = getDb();
  const user = db.select().from(users).where(eq(users.id, userId)).get();
  if (!user) return null;
  const rows = db
    .select({ networkId: memberships.networkId, centreId: memberships.centreId, role: memberships.role })
    .from(memberships)
    .where(eq(memberships.userId, userId))
    .all();
  return { userId: user.id, name: user.name, email: user.email, isAdmin: user.isAdmin, memberships: rows };
}

export function getSignedIn(request: Request): SignedIn | null {
  if (cache.has(request)) return cache.get(request) ?? null;
  let result: SignedIn | null = null;
  const token = readSessionToken(request.headers.get("Cookie"));
  const validated = token ? validateSessionToken(token) : null;
  if (validated) {
    const user = userForSession(validated.session);
    const actor = user ? loadActor(user.id) : null;
    if (user && actor) result = { actor, session: validated.session, locale: user.locale };
  }
  cache.set(request, result);
  return result;
}

export function getActor(request: Request): Actor | null {
  return getSignedIn(request)?.actor ?? null;
}

function loginRedirect(request: Request): never {
  const url = new URL(request.url);
  const redirectTo = url.pathname + url.search;
  throw redirect(`/login?redirectTo=${encodeURIComponent(redirectTo)}`);
}

export function requireSignedIn(request: Request): SignedIn {
  const signedIn = getSignedIn(request);
  if (!signedIn) loginRedirect(request);
  return signedIn;
}

export function forbidden(): never {
  throw new Response("Forbidden", { status: 403, statusText: "Forbidden" });
}

export function notFound(): never {
  throw new Response("Not Found", { status: 404, statusText: "Not Found" });
}

/**
 * The first call of every protected loader and action: anonymous visitors go to the sign-in page,
 * signed-in people without the permission get 403.
 */
export function requirePermission(request: Request, action: Action | "admin:instance", scope?: Scope): Actor {
  const { actor } = requireSignedIn(request);
  if (!can(actor, action, scope)) forbidden();
  return actor;
}
