// Matrix cases for accounts, invitations, members, the audit log and the admin area.
import { and, desc, eq } from "drizzle-orm";
import { getDb } from "@db/client.server";
import { centres, networks, outboxMessages, users } from "@db/schema";
import { everyoneGets, expect, type MatrixCase } from "./expect";

// Well-formed (base32, 32 characters) but never issued: every token route must refuse it.
const unknownToken = "a".repeat(32);
const signedInGet = (outcome: "invalid" | "ok") => ({ ...everyoneGets(outcome), anonymous: "login" as const });

function archeId(): string {
  const db = getDb();
  const unna = db.select().from(networks).where(eq(networks.slug, "unna")).get()!;
  return String(db.select().from(centres).where(and(eq(centres.networkId, unna.id), eq(centres.slug, "arche"))).get()!.id);
}

export const accountCases: MatrixCase[] = [
  { route: "account", kind: "loader", path: "/account", expect: expect.signedIn },
  { route: "account.data", kind: "loader", path: "/account/data", expect: expect.signedIn },
  // Ends the caller's other sessions only; the persona's own session stays.
  { route: "account", kind: "action", path: "/account", form: () => ({ intent: "end-others" }), expect: expect.signedIn },
  {
    route: "account",
    kind: "action",
    path: "/account",
    form: () => ({ intent: "password", currentPassword: "not-the-password", newPassword: "ein-neues-passwort", confirmPassword: "ein-neues-passwort" }),
    expect: signedInGet("invalid"),
  },

  { route: "forgot-password", kind: "loader", path: "/forgot-password", expect: expect.public },
  // A real account: the first requests put a mail into the outbox (used by the outbox case below), later ones are limited silently.
  { route: "forgot-password", kind: "action", path: "/forgot-password", form: () => ({ email: "team.kunterbunt@example.org" }), expect: expect.public },
  {
    route: "reset-password.$token",
    kind: "loader",
    path: `/reset-password/${unknownToken}`,
    params: { token: unknownToken },
    expect: everyoneGets("invalid"),
  },
  {
    route: "reset-password.$token",
    kind: "action",
    path: `/reset-password/${unknownToken}`,
    params: { token: unknownToken },
    form: () => ({ newPassword: "ein-neues-passwort", confirmPassword: "ein-neues-passwort" }),
    expect: everyoneGets("invalid"),
  },
  { route: "invite.$token", kind: "loader", path: `/invite/${unknownToken}`, params: { token: unknownToken }, expect: everyoneGets("invalid") },
  {
    route: "invite.$token",
    kind: "action",
    path: `/invite/${unknownToken}`,
    params: { token: unknownToken },
    form: () => ({ name: "Jemand", newPassword: "ein-neues-passwort", confirmPassword: "ein-neues-passwort", password: "ein-neues-passwort" }),
    expect: everyoneGets("invalid"),
  },

  { route: "n.$network.members", kind: "loader", path: "/n/unna/members", params: { network: "unna" }, expect: expect.coordinators },
  // Inviting the same address again replaces the open invitation, so every allowed run succeeds.
  {
    route: "n.$network.members",
    kind: "action",
    path: "/n/unna/members",
    params: { network: "unna" },
    form: () => ({ intent: "invite", email: "neu.matrix@example.org", role: "staff", centreId: archeId() }),
    expect: expect.coordinators,
  },
  { route: "n.$network.audit", kind: "loader", path: "/n/unna/audit", params: { network: "unna" }, expect: expect.coordinators },

  { route: "admin", kind: "loader", path: "/admin", expect: expect.admins },
  { route: "admin._index", kind: "loader", path: "/admin", expect: expect.admins },
  { route: "admin._index", kind: "action", path: "/admin", form: () => ({ slug: "matrix-netz", name: "Matrix-Netzwerk" }), expect: expect.admins },
  { route: "admin.users", kind: "loader", path: "/admin/users", expect: expect.admins },
  {
    route: "admin.users",
    kind: "action",
    path: "/admin/users",
    // Sets the flag to what it is (not an admin): allowed, and changes nothing for the other cases.
    form: () => ({
      userId: String(getDb().select().from(users).where(eq(users.email, "team.kunterbunt@example.org")).get()!.id),
      admin: "false",
    }),
    expect: expect.admins,
  },
  { route: "admin.outbox._index", kind: "loader", path: "/admin/outbox", expect: expect.admins },
  {
    route: "admin.outbox.$id",
    kind: "loader",
    path: "/admin/outbox/latest",
    // Read when the case runs: the newest outbox message (the cases above have sent mails by then).
    get params() {
      const latest = getDb().select({ id: outboxMessages.id }).from(outboxMessages).orderBy(desc(outboxMessages.id)).get();
      return { id: String(latest?.id ?? 0) };
    },
    expect: expect.admins,
  },
  { route: "admin.legal", kind: "loader", path: "/admin/legal", expect: expect.admins },
  { route: "admin.legal", kind: "action", path: "/admin/legal", form: () => ({ key: "impressum", body: "Impressum (Matrix-Test)" }), expect: expect.admins },
  { route: "admin.audit", kind: "loader", path: "/admin/audit", expect: expect.admins },
];
