// Members and invitations: inviting new and existing people, refusing other networks' centres,
// expiry, revocation, removing roles, and the network's audit log.
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@db/client.server";
import * as schema from "@db/schema";
import { hashToken } from "~/modules/accounts/tokens.server";
import * as auditRoute from "~/routes/n.$network.audit";
import * as inviteRoute from "~/routes/invite.$token";
import * as membersRoute from "~/routes/n.$network.members";
import {
  createPerson,
  invoke,
  mailedToken,
  openSession,
  outboxTo,
  payload,
  sessionCookieFrom,
  statusOf,
  userByEmail,
  whoIs,
} from "./account-fixtures";
import { databaseFingerprint, makeRequest, personas, seedTwoNetworks } from "./helpers";

const db = () => getDb();
let unnaId = 0;
let dortmundId = 0;

function centreId(networkId: number, slug: string): number {
  return db().select().from(schema.centres).where(and(eq(schema.centres.networkId, networkId), eq(schema.centres.slug, slug))).get()!.id;
}

beforeAll(async () => {
  await seedTwoNetworks();
  unnaId = db().select().from(schema.networks).where(eq(schema.networks.slug, "unna")).get()!.id;
  dortmundId = db().select().from(schema.networks).where(eq(schema.networks.slug, "dortmund")).get()!.id;
});

function membersAction(as: string, form: Record<string, string>, network = "unna") {
  return invoke(membersRoute.action, makeRequest(`/n/${network}/members`, { as, form }), { network });
}

function invite(email: string, role: string, centre: number | "" = "", as: string = personas.coordinator, network = "unna") {
  return membersAction(as, { intent: "invite", email, role, centreId: String(centre) }, network);
}

function inviteLoader(token: string, cookie: string | null = null) {
  return invoke(inviteRoute.loader, makeRequest(`/invite/${token}`, { headers: cookie ? { Cookie: cookie } : {} }), { token });
}

function inviteAction(token: string, form: Record<string, string>, cookie: string | null = null) {
  return invoke(inviteRoute.action, makeRequest(`/invite/${token}`, { form, headers: cookie ? { Cookie: cookie } : {} }), { token });
}

function rolesOf(email: string) {
  const user = userByEmail(email);
  if (!user) return [];
  return db()
    .select({ networkId: schema.memberships.networkId, centreId: schema.memberships.centreId, role: schema.memberships.role })
    .from(schema.memberships)
    .where(eq(schema.memberships.userId, user.id))
    .all();
}

describe("inviting a new person", () => {
  it("creates the account and the membership from the mailed link and signs the person in", async () => {
    const arche = centreId(unnaId, "arche");
    const sent = await invite("Neue.Kollegin@example.org", "staff", arche);
    expect(statusOf(sent)).toBe(200);
    expect(payload<{ notice: { key: string } }>(sent).notice.key).toBe("members.invited");

    const mail = outboxTo("neue.kollegin@example.org");
    expect(mail).toHaveLength(1);
    expect(mail[0]!.subject).toContain("Arbeitskreis Familienzentren Unna");
    expect(mail[0]!.body).toContain("Team – Familienzentrum Arche");
    const token = mailedToken("neue.kollegin@example.org", "/invite/");
    const row = db().select().from(schema.authTokens).where(eq(schema.authTokens.id, hashToken(token))).get()!;
    expect(row).toMatchObject({ kind: "invitation", email: "neue.kollegin@example.org", networkId: unnaId, centreId: arche, role: "staff", usedAt: null });
    const days = (row.expiresAt - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThanOrEqual(7);

    const pending = payload<{ invitations: { email: string; role: string; centre: string }[] }>(
      await invoke(membersRoute.loader, makeRequest("/n/unna/members", { as: personas.coordinator }), { network: "unna" }),
    ).invitations;
    expect(pending).toContainEqual(expect.objectContaining({ email: "neue.kollegin@example.org", role: "staff", centre: "Familienzentrum Arche" }));

    const page = payload<{ invitation: { mode: string; email: string; network: string } }>(await inviteLoader(token));
    expect(page.invitation).toMatchObject({ mode: "new", email: "neue.kollegin@example.org" });

    const tooShort = await inviteAction(token, { name: "Nele Neu", newPassword: "kurz", confirmPassword: "kurz" });
    expect(statusOf(tooShort)).toBe(400);
    expect(userByEmail("neue.kollegin@example.org")).toBeUndefined();

    const accepted = (await inviteAction(token, { name: "Nele Neu", newPassword: "nele-passwort-1", confirmPassword: "nele-passwort-1" })) as Response;
    expect(accepted.status).toBe(302);
    expect(accepted.headers.get("Location")).toBe("/n/unna");
    expect(whoIs(sessionCookieFrom(accepted)!)).toBe("neue.kollegin@example.org");
    const user = userByEmail("neue.kollegin@example.org")!;
    expect(user.name).toBe("Nele Neu");
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(rolesOf("neue.kollegin@example.org")).toEqual([{ networkId: unnaId, centreId: arche, role: "staff" }]);

    const used = await inviteLoader(token);
    expect(statusOf(used)).toBe(410);
    expect(payload<{ problem: string }>(used).problem).toBe("invite.used");
    const before = databaseFingerprint();
    expect(statusOf(await inviteAction(token, { name: "Noch mal", newPassword: "nele-passwort-2", confirmPassword: "nele-passwort-2" }))).toBe(410);
    expect(databaseFingerprint()).toBe(before);

    const audit = db().select().from(schema.auditLog).where(eq(schema.auditLog.networkId, unnaId)).all();
    expect(audit).toContainEqual(expect.objectContaining({ entity: "invitation", action: "create", actorName: "Netzwerkkoordination Unna" }));
    expect(audit).toContainEqual(expect.objectContaining({ entity: "invitation", action: "update", summary: { status: ["pending", "accepted"] } }));
    expect(audit).toContainEqual(
      expect.objectContaining({ entity: "membership", action: "create", summary: { email: "neue.kollegin@example.org", role: "staff", centre: "Familienzentrum Arche" } }),
    );
  });

  it("replaces an open invitation for the same role, so only the newest link works", async () => {
    await invite("zweimal@example.org", "coordinator");
    const first = mailedToken("zweimal@example.org", "/invite/");
    await invite("zweimal@example.org", "coordinator");
    const second = mailedToken("zweimal@example.org", "/invite/");
    expect(statusOf(await inviteLoader(first))).toBe(404);
    expect(statusOf(await inviteLoader(second))).toBe(200);
  });
});

describe("inviting a person who has an account", () => {
  it("asks for the password when not signed in with that address, then adds the membership", async () => {
    const regenbogen = centreId(unnaId, "regenbogen");
    await invite(personas.otherNetwork, "lead", regenbogen);
    const token = mailedToken(personas.otherNetwork, "/invite/");
    expect(payload<{ invitation: { mode: string } }>(await inviteLoader(token)).invitation.mode).toBe("password");
    // Signed in as someone else: still the password of the invited account.
    const someone = openSession(userByEmail(personas.staffA)!.id);
    expect(payload<{ invitation: { mode: string } }>(await inviteLoader(token, someone.cookie)).invitation.mode).toBe("password");

    const before = databaseFingerprint();
    const wrong = await inviteAction(token, { password: "falsches-passwort" });
    expect(statusOf(wrong)).toBe(401);
    expect(payload<{ problem: string }>(wrong).problem).toBe("invite.wrongPassword");
    expect(databaseFingerprint()).toBe(before);

    const accepted = (await inviteAction(token, { password: "familiennetz-demo" }, someone.cookie)) as Response;
    expect(accepted.headers.get("Location")).toBe("/n/unna");
    expect(whoIs(sessionCookieFrom(accepted)!)).toBe(personas.otherNetwork);
    // The browser's previous session (another person) has been ended.
    expect(whoIs(someone.cookie)).toBeNull();
    expect(rolesOf(personas.otherNetwork)).toContainEqual({ networkId: unnaId, centreId: regenbogen, role: "lead" });
    expect(rolesOf(personas.otherNetwork)).toContainEqual(expect.objectContaining({ networkId: dortmundId, role: "lead" }));
  });

  it("only needs a confirmation when signed in with the invited address", async () => {
    const person = await createPerson("schon-da@example.org", "schon-da-passwort");
    const { cookie } = openSession(person.id);
    await invite("schon-da@example.org", "coordinator");
    const token = mailedToken("schon-da@example.org", "/invite/");
    expect(payload<{ invitation: { mode: string } }>(await inviteLoader(token, cookie)).invitation.mode).toBe("signed-in");
    const accepted = (await inviteAction(token, {}, cookie)) as Response;
    expect(accepted.headers.get("Location")).toBe("/n/unna");
    expect(sessionCookieFrom(accepted)).toBeNull();
    expect(whoIs(cookie)).toBe("schon-da@example.org");
    expect(rolesOf("schon-da@example.org")).toEqual([{ networkId: unnaId, centreId: null, role: "coordinator" }]);
  });

  it("refuses to invite someone to a role they already hold", async () => {
    const before = databaseFingerprint();
    const result = await invite(personas.leadA, "lead", centreId(unnaId, "arche"));
    expect(statusOf(result)).toBe(400);
    expect(JSON.stringify(payload(result))).toContain("members.alreadyMember");
    expect(databaseFingerprint()).toBe(before);
  });
});

describe("refused invitations", () => {
  it("refuses a centre of another network and changes nothing", async () => {
    const before = databaseFingerprint();
    const result = await invite("fremd@example.org", "staff", centreId(dortmundId, "hoerde"));
    expect(statusOf(result)).toBe(400);
    expect(JSON.stringify(payload(result))).toContain("members.centreInvalid");
    expect(databaseFingerprint()).toBe(before);
    expect(outboxTo("fremd@example.org")).toHaveLength(0);
  });

  it("needs a centre for lead and staff and ignores one for coordinators", async () => {
    const result = await invite("ohne-zentrum@example.org", "staff");
    expect(statusOf(result)).toBe(400);
    expect(JSON.stringify(payload(result))).toContain("members.centreRequired");
    await invite("koordination-neu@example.org", "coordinator", centreId(dortmundId, "hoerde"));
    const row = db().select().from(schema.authTokens).where(eq(schema.authTokens.email, "koordination-neu@example.org")).get();
    expect(row).toMatchObject({ networkId: unnaId, centreId: null, role: "coordinator" });
  });

  it("refuses expired links", async () => {
    await invite("spaet@example.org", "staff", centreId(unnaId, "arche"));
    const token = mailedToken("spaet@example.org", "/invite/");
    db().update(schema.authTokens).set({ expiresAt: Date.now() - 1000 }).where(eq(schema.authTokens.id, hashToken(token))).run();
    const page = await inviteLoader(token);
    expect(statusOf(page)).toBe(410);
    expect(payload<{ problem: string }>(page).problem).toBe("invite.expired");
    const before = databaseFingerprint();
    const result = await inviteAction(token, { name: "Zu Spät", newPassword: "zu-spaet-passwort", confirmPassword: "zu-spaet-passwort" });
    expect(payload<{ problem: string }>(result).problem).toBe("invite.expired");
    expect(databaseFingerprint()).toBe(before);
    expect(userByEmail("spaet@example.org")).toBeUndefined();
  });

  it("refuses members without the permission", async () => {
    const before = databaseFingerprint();
    for (const as of [personas.leadA, personas.staffA, personas.otherNetwork]) {
      const result = await invite("unerlaubt@example.org", "staff", centreId(unnaId, "arche"), as);
      expect((result as Response).status).toBe(403);
    }
    expect(databaseFingerprint()).toBe(before);
  });
});

describe("revoking invitations and removing roles", () => {
  it("revokes an open invitation of this network only", async () => {
    await invite("zurueck@example.org", "staff", centreId(unnaId, "arche"));
    const token = mailedToken("zurueck@example.org", "/invite/");
    await invite("dortmund-neu@example.org", "staff", centreId(dortmundId, "hoerde"), personas.admin, "dortmund");
    const dortmundToken = mailedToken("dortmund-neu@example.org", "/invite/");

    const before = databaseFingerprint();
    const foreign = await membersAction(personas.coordinator, { intent: "revoke", invitationId: hashToken(dortmundToken) });
    expect(statusOf(foreign)).toBe(404);
    expect(databaseFingerprint()).toBe(before);

    const revoked = await membersAction(personas.coordinator, { intent: "revoke", invitationId: hashToken(token) });
    expect(payload<{ notice: { key: string } }>(revoked).notice.key).toBe("members.revoked");
    const page = await inviteLoader(token);
    expect(statusOf(page)).toBe(404);
    expect(payload<{ problem: string }>(page).problem).toBe("invite.invalid");
    expect(statusOf(await inviteLoader(dortmundToken))).toBe(200);
    const entry = db().select().from(schema.auditLog).where(and(eq(schema.auditLog.entity, "invitation"), eq(schema.auditLog.action, "delete"))).all().at(-1);
    expect(entry).toMatchObject({ networkId: unnaId, summary: { email: "zurueck@example.org", role: "staff", centre: "Familienzentrum Arche" } });
  });

  it("removes a role of this network, never one of another network, and not the own coordinator role", async () => {
    const membershipOf = (email: string, networkId: number) =>
      db()
        .select()
        .from(schema.memberships)
        .where(and(eq(schema.memberships.userId, userByEmail(email)!.id), eq(schema.memberships.networkId, networkId)))
        .get()!;
    const staffB = membershipOf("team.regenbogen@example.org", unnaId);
    const hoerdeLead = membershipOf("leitung.hoerde@example.net", dortmundId);
    const ownRole = membershipOf(personas.coordinator, unnaId);

    const before = databaseFingerprint();
    expect(statusOf(await membersAction(personas.coordinator, { intent: "remove", membershipId: String(hoerdeLead.id) }))).toBe(404);
    const own = await membersAction(personas.coordinator, { intent: "remove", membershipId: String(ownRole.id) });
    expect(payload<{ notice: { key: string } }>(own).notice.key).toBe("members.ownCoordinatorRole");
    expect(databaseFingerprint()).toBe(before);

    const removed = await membersAction(personas.coordinator, { intent: "remove", membershipId: String(staffB.id) });
    expect(payload<{ notice: { key: string } }>(removed).notice.key).toBe("members.removed");
    expect(rolesOf("team.regenbogen@example.org")).toEqual([]);
    const entry = db().select().from(schema.auditLog).where(and(eq(schema.auditLog.entity, "membership"), eq(schema.auditLog.action, "delete"))).all().at(-1);
    expect(entry).toMatchObject({ networkId: unnaId, entityId: String(staffB.id), summary: { email: "team.regenbogen@example.org", role: "staff" } });
  });

  it("lists members with their roles", async () => {
    const data = payload<{ members: { email: string; roles: { role: string; centre: string | null }[] }[]; centres: { name: string }[] }>(
      await invoke(membersRoute.loader, makeRequest("/n/unna/members", { as: personas.coordinator }), { network: "unna" }),
    );
    expect(data.members.find((m) => m.email === personas.leadA)?.roles).toEqual([
      expect.objectContaining({ role: "lead", centre: "Familienzentrum Arche" }),
    ]);
    expect(data.members.find((m) => m.email === personas.coordinator)?.roles).toEqual([expect.objectContaining({ role: "coordinator", centre: null })]);
    expect(data.members.some((m) => m.email === "leitung.hoerde@example.net" && m.roles.some((r) => r.centre === "Familienzentrum Hörde"))).toBe(false);
    expect(data.centres.map((c) => c.name)).not.toContain("Familienzentrum Hörde");
  });
});

describe("the network's audit log", () => {
  it("shows this network's entries only and filters them", async () => {
    const view = (query = "") =>
      invoke(auditRoute.loader, makeRequest(`/n/unna/audit${query}`, { as: personas.coordinator }), { network: "unna" });
    const all = payload<{ rows: { entity: string; actor: string }[]; total: number; entities: string[]; showNetwork: boolean }>(await view());
    expect(all.total).toBeGreaterThan(0);
    expect(all.showNetwork).toBe(false);
    expect(all.entities).toEqual(expect.arrayContaining(["invitation", "membership"]));
    const dortmundEntries = db().select().from(schema.auditLog).where(eq(schema.auditLog.networkId, dortmundId)).all();
    expect(dortmundEntries.length).toBeGreaterThan(0);
    expect(all.total).toBe(db().select().from(schema.auditLog).where(eq(schema.auditLog.networkId, unnaId)).all().length);

    const memberships = payload<{ rows: { entity: string }[] }>(await view("?entity=membership"));
    expect(memberships.rows.length).toBeGreaterThan(0);
    expect(memberships.rows.every((r) => r.entity === "membership")).toBe(true);
    const byActor = payload<{ rows: { actor: string }[] }>(await view("?actor=Nele"));
    expect(byActor.rows.length).toBeGreaterThan(0);
    expect(byActor.rows.every((r) => r.actor === "Nele Neu")).toBe(true);
    const future = payload<{ total: number }>(await view("?from=2999-01-01"));
    expect(future.total).toBe(0);

    expect((await invoke(auditRoute.loader, makeRequest("/n/unna/audit", { as: personas.leadA }), { network: "unna" }) as Response).status).toBe(403);
  });
});
