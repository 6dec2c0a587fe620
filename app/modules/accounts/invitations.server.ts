// Invitations to a network: a single-use link (7 days) that grants a role to the invited e-mail address.
import { and, asc, eq, gt, isNull } from "drizzle-orm";
import type { DbOrTx } from "@db/client.server";
import { getDb } from "@db/client.server";
import { authTokens, centres, memberships, networks, users } from "@db/schema";
import { recordAudit } from "~/modules/audit/audit.server";
import { translator, type Locale } from "~/modules/i18n/translate";
import { appUrl, sendMail } from "~/modules/mail/mail.server";
import type { Actor, Role } from "~/modules/permissions/permissions";
import { consumeToken, inspectToken, type AuthToken } from "./auth-tokens.server";
import { formatDate, formatDateTime } from "./format";
import { hashPassword } from "./password.server";
import { createSession, invalidateSession } from "./sessions.server";
import { normalizeEmail, signIn } from "./sign-in.server";
import { generateToken, hashToken } from "./tokens.server";
import { nowMs } from "~/modules/time/clock";

export const invitationLifetime = 7 * 24 * 60 * 60 * 1000;

interface NetworkRef {
  id: number;
  slug: string;
  name: string;
}

/** A short, stable reference for an invitation in the audit log (never the token). */
function auditRef(id: string): string {
  return id.slice(0, 12);
}

function centreOf(db: DbOrTx, networkId: number, centreId: number | null | undefined) {
  if (centreId == null) return null;
  return db.select().from(centres).where(and(eq(centres.id, centreId), eq(centres.networkId, networkId))).get() ?? null;
}

export type InviteResult =
  | { ok: true }
  | { ok: false; field: "centreId" | "email"; message: "members.centreInvalid" | "members.alreadyMember" };

/**
 * Invites an e-mail address to the network with a role. The centre must belong to this network. An
 * open invitation for the same address and role is replaced, so that only the newest link works.
 */
export async function inviteMember(
  request: Request,
  actor: Actor,
  network: NetworkRef,
  input: { email: string; role: Role; centreId?: number },
): Promise<InviteResult> {
  const db = getDb();
  const email = normalizeEmail(input.email);
  const centre = input.role === "coordinator" ? null : centreOf(db, network.id, input.centreId);
  if (input.role !== "coordinator" && !centre) return { ok: false, field: "centreId", message: "members.centreInvalid" };
  const centreId = centre?.id ?? null;
  const user = db.select().from(users).where(eq(users.email, email)).get();
  if (user && hasRole(db, user.id, network.id, centreId, input.role)) {
    return { ok: false, field: "email", message: "members.alreadyMember" };
  }
  const token = generateToken();
  const expiresAt = nowMs() + invitationLifetime;
  db.transaction((tx) => {
    const sameRole = and(
      eq(authTokens.kind, "invitation"),
      eq(authTokens.email, email),
      eq(authTokens.networkId, network.id),
      centreId === null ? isNull(authTokens.centreId) : eq(authTokens.centreId, centreId),
      eq(authTokens.role, input.role),
      isNull(authTokens.usedAt),
    );
    const replaced = tx.delete(authTokens).where(sameRole).returning({ id: authTokens.id }).all();
    const id = hashToken(token);
    tx.insert(authTokens)
      .values({ id, kind: "invitation", email, userId: user?.id ?? null, networkId: network.id, centreId, role: input.role, createdBy: actor.userId, expiresAt })
      .run();
    recordAudit(
      {
        actor,
        networkId: network.id,
        entity: "invitation",
        entityId: auditRef(id),
        action: "create",
        after: { email, role: input.role, centre: centre?.name ?? null, expiresAt: new Date(expiresAt).toISOString(), replaces: replaced.map((r) => auditRef(r.id)).join(", ") || null },
      },
      tx,
    );
  });
  const t = translator(user?.locale ?? "de");
  const roleText = t(`role.${input.role}`) + (centre ? ` – ${centre.name}` : "");
  await sendMail({
    to: email,
    subject: t("invite.mailSubject", { network: network.name }),
    text: t("invite.mailBody", {
      inviter: actor.name,
      network: network.name,
      role: roleText,
      link: appUrl(request, `/invite/${token}`),
      until: formatDate(expiresAt, user?.locale ?? "de"),
    }),
  });
  return { ok: true };
}

function hasRole(db: DbOrTx, userId: number, networkId: number, centreId: number | null, role: Role): boolean {
  return (
    db
      .select({ id: memberships.id })
      .from(memberships)
      .where(
        and(
          eq(memberships.userId, userId),
          eq(memberships.networkId, networkId),
          centreId === null ? isNull(memberships.centreId) : eq(memberships.centreId, centreId),
          eq(memberships.role, role),
        ),
      )
      .get() !== undefined
  );
}

export function listPendingInvitations(networkId: number, locale: Locale) {
  return getDb()
    .select({ id: authTokens.id, email: authTokens.email, role: authTokens.role, centre: centres.name, expiresAt: authTokens.expiresAt, invitedBy: users.name })
    .from(authTokens)
    .leftJoin(centres, eq(centres.id, authTokens.centreId))
    .leftJoin(users, eq(users.id, authTokens.createdBy))
    .where(and(eq(authTokens.kind, "invitation"), eq(authTokens.networkId, networkId), isNull(authTokens.usedAt), gt(authTokens.expiresAt, nowMs())))
    .orderBy(asc(authTokens.email))
    .all()
    .map((row) => ({ ...row, role: row.role ?? "staff", expires: formatDateTime(row.expiresAt, locale) }));
}

/** Withdraws an open invitation of this network; the link stops working. */
export function revokeInvitation(actor: Actor, networkId: number, invitationId: string): boolean {
  return getDb().transaction((tx) => {
    const row = tx
      .select()
      .from(authTokens)
      .where(and(eq(authTokens.id, invitationId), eq(authTokens.kind, "invitation"), eq(authTokens.networkId, networkId), isNull(authTokens.usedAt)))
      .get();
    if (!row) return false;
    tx.delete(authTokens).where(eq(authTokens.id, row.id)).run();
    recordAudit({ actor, networkId, entity: "invitation", entityId: auditRef(row.id), action: "delete", before: { email: row.email, role: row.role, centre: centreOf(tx, networkId, row.centreId)?.name ?? null } }, tx);
    return true;
  });
}

export type InvitationView =
  | { state: "invalid" | "used" | "expired" }
  | {
      state: "valid";
      email: string;
      role: Role;
      network: NetworkRef;
      centre: string | null;
      accountExists: boolean;
    };

export function describeInvitation(token: string | undefined): InvitationView {
  const checked = inspectToken("invitation", token);
  if (checked.state !== "valid") return { state: checked.state };
  const row = checked.token;
  const db = getDb();
  const network = row.networkId ? db.select().from(networks).where(eq(networks.id, row.networkId)).get() : undefined;
  if (!network || !row.role) return { state: "invalid" };
  const account = db.select({ id: users.id }).from(users).where(eq(users.email, row.email)).get();
  return {
    state: "valid",
    email: row.email,
    role: row.role,
    network: { id: network.id, slug: network.slug, name: network.name },
    centre: centreOf(db, network.id, row.centreId)?.name ?? null,
    accountExists: account !== undefined,
  };
}

/** Grants the invitation's role (unless held already) and records the acceptance, in the caller's transaction. */
function grantRole(tx: DbOrTx, row: AuthToken, user: { id: number; name: string; email: string }): void {
  if (!row.networkId || !row.role) return;
  const networkId = row.networkId;
  const centre = centreOf(tx, networkId, row.centreId);
  const actor = { userId: user.id, name: user.name };
  if (!hasRole(tx, user.id, networkId, centre?.id ?? null, row.role)) {
    const membership = tx
      .insert(memberships)
      .values({ userId: user.id, networkId, centreId: centre?.id ?? null, role: row.role })
      .returning()
      .get();
    recordAudit({ actor, networkId, entity: "membership", entityId: membership.id, action: "create", after: { email: user.email, role: row.role, centre: centre?.name ?? null } }, tx);
  }
  recordAudit({ actor, networkId, entity: "invitation", entityId: auditRef(row.id), action: "update", before: { status: "pending" }, after: { status: "accepted" } }, tx);
}

/** Uses the token up and grants its role; false (and nothing written) when the link was used meanwhile. */
function redeem(row: AuthToken, user: { id: number; name: string; email: string }): boolean {
  return getDb().transaction((tx) => {
    if (!consumeToken(tx, row.id)) return false;
    grantRole(tx, row, user);
    return true;
  });
}

export type AcceptResult =
  | { ok: true; networkSlug: string; session?: { token: string; expiresAt: number } }
  | { ok: false; reason: "invalid" | "used" | "expired" | "account-exists" | "wrong-account" | "wrong-password" }
  | { ok: false; reason: "limited"; minutes: number };

function slugOf(networkId: number | null): string {
  const network = networkId ? getDb().select({ slug: networks.slug }).from(networks).where(eq(networks.id, networkId)).get() : undefined;
  return network?.slug ?? "";
}

/** The invitee has no account yet: create it with name and password, grant the role, sign in. */
export async function acceptWithNewAccount(
  token: string | undefined,
  input: { name: string; password: string; locale: Locale; userAgent: string | null },
): Promise<AcceptResult> {
  const checked = inspectToken("invitation", token);
  if (checked.state !== "valid") return { ok: false, reason: checked.state };
  const row = checked.token;
  const passwordHash = await hashPassword(input.password);
  const outcome = getDb().transaction((tx) => {
    if (tx.select({ id: users.id }).from(users).where(eq(users.email, row.email)).get()) return "account-exists" as const;
    if (!consumeToken(tx, row.id)) return "used" as const;
    const user = tx.insert(users).values({ email: row.email, name: input.name, passwordHash, locale: input.locale }).returning().get();
    recordAudit({ actor: { userId: user.id, name: user.name }, networkId: null, entity: "user", entityId: user.id, action: "create", after: { email: user.email, name: user.name } }, tx);
    grantRole(tx, row, user);
    return user;
  });
  if (typeof outcome === "string") return { ok: false, reason: outcome };
  const session = createSession(outcome.id, input.userAgent);
  return { ok: true, networkSlug: slugOf(row.networkId), session: { token: session.token, expiresAt: session.session.expiresAt } };
}

/** The invitee is signed in with the invited address: grant the role. */
export function acceptAsSignedIn(token: string | undefined, actor: Actor): AcceptResult {
  const checked = inspectToken("invitation", token);
  if (checked.state !== "valid") return { ok: false, reason: checked.state };
  const row = checked.token;
  if (normalizeEmail(actor.email) !== row.email) return { ok: false, reason: "wrong-account" };
  const done = redeem(row, { id: actor.userId, name: actor.name, email: actor.email });
  return done ? { ok: true, networkSlug: slugOf(row.networkId) } : { ok: false, reason: "used" };
}

/** The invitee has an account but is not signed in with it: check the password (rate limited), grant, sign in. */
export async function acceptWithPassword(
  token: string | undefined,
  input: { password: string; address: string; userAgent: string | null },
): Promise<AcceptResult> {
  const checked = inspectToken("invitation", token);
  if (checked.state !== "valid") return { ok: false, reason: checked.state };
  const row = checked.token;
  const signedIn = await signIn({ email: row.email, password: input.password, address: input.address, userAgent: input.userAgent });
  if (!signedIn.ok) {
    return signedIn.reason === "limited"
      ? { ok: false, reason: "limited", minutes: signedIn.retryAfterMinutes }
      : { ok: false, reason: "wrong-password" };
  }
  const user = getDb().select().from(users).where(eq(users.id, signedIn.userId)).get();
  if (!user || !redeem(row, user)) {
    invalidateSession(hashToken(signedIn.token));
    return { ok: false, reason: "used" };
  }
  return { ok: true, networkSlug: slugOf(row.networkId), session: { token: signedIn.token, expiresAt: signedIn.expiresAt } };
}
