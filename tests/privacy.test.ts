// DSGVO: a person downloads their data; an admin deletes an account and its content stays, attributed
// to "ehemaliges Mitglied", while the person's name and address disappear from the database.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@db/client.server";
import * as schema from "@db/schema";
import { recordAudit } from "~/modules/audit/audit.server";
import { sendMail } from "~/modules/mail/mail.server";
import * as accountData from "~/routes/account.data";
import * as adminUsers from "~/routes/admin.users";
import { invoke, payload, statusOf, userByEmail } from "./account-fixtures";
import { databaseFingerprint, makeRequest, personas, seedTwoNetworks } from "./helpers";

const email = "team.kunterbunt@example.org";
const name = "Team Kunterbunt";
let commentId = 0;

beforeAll(async () => {
  await seedTwoNetworks();
  const db = getDb();
  const user = userByEmail(email)!;
  const network = db.select().from(schema.networks).where(eq(schema.networks.slug, "unna")).get()!;
  const flag = db.select().from(schema.overlapFlags).where(eq(schema.overlapFlags.networkId, network.id)).limit(1).get()!;
  commentId = db
    .insert(schema.overlapComments)
    .values({ flagId: flag.id, authorId: user.id, authorName: user.name, body: "Wir sprechen uns mit der Arche ab." })
    .returning({ id: schema.overlapComments.id })
    .get().id;
  recordAudit({ actor: { userId: user.id, name: user.name }, networkId: network.id, entity: "overlap-comment", entityId: commentId, action: "create", after: { body: "Wir sprechen uns mit der Arche ab." } });
  recordAudit({ actor: null, networkId: null, entity: "user", entityId: user.id, action: "create", after: { email, name } });
  await sendMail({ to: email, subject: "Willkommen", text: "Hallo" });
});

/** Every text value in every table, to look for the person's name and address. */
function everyText(): string {
  const client = getDb().$client;
  const tables = client.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '%_fts%'").all() as { name: string }[];
  return tables.map(({ name: table }) => JSON.stringify(client.prepare(`select * from "${table}"`).all())).join("\n");
}

describe("a person's own data", () => {
  it("downloads as a JSON file with the account, roles and what the person wrote, without secrets", async () => {
    const response = (await invoke(accountData.loader, makeRequest("/account/data", { as: email }))) as Response;
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Disposition")).toMatch(/^attachment; filename="familiennetz-meine-daten-\d{4}-\d{2}-\d{2}\.json"$/);
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    const body = await response.text();
    const exported = JSON.parse(body) as { account: { email: string; name: string }; records: Record<string, { body?: string; role?: string }[]>; mailsToYou: { subject: string }[] };
    expect(exported.account).toMatchObject({ email, name });
    expect(exported.records.memberships!.map((m) => m.role)).toEqual(["staff"]);
    expect(exported.records.overlapComments!.map((c) => c.body)).toContain("Wir sprechen uns mit der Arche ab.");
    expect(exported.records.sessions!.length).toBeGreaterThan(0);
    expect(exported.mailsToYou.map((m) => m.subject)).toContain("Willkommen");
    expect(body).not.toContain("passwordHash");
    expect(body).not.toMatch(/\$argon2id\$/);
  });

  it("sends visitors without an account to the sign-in page", async () => {
    const response = (await invoke(accountData.loader, makeRequest("/account/data"))) as Response;
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toMatch(/^\/login/);
  });
});

describe("an admin deletes an account", () => {
  it("asks for a confirmation first and changes nothing without it", async () => {
    const before = databaseFingerprint();
    const user = userByEmail(email)!;
    const result = await invoke(adminUsers.action, makeRequest("/admin/users", { as: personas.admin, form: { intent: "delete", userId: String(user.id) } }));
    expect(statusOf(result)).toBe(400);
    expect(payload<{ key: string }>(result).key).toBe("admin.confirmRequired");
    expect(databaseFingerprint()).toBe(before);
  });

  it("is refused to non-admins and for one's own account", async () => {
    const user = userByEmail(email)!;
    const before = databaseFingerprint();
    const byCoordinator = await invoke(adminUsers.action, makeRequest("/admin/users", { as: personas.coordinator, form: { intent: "delete", userId: String(user.id), confirm: "yes" } }));
    expect(statusOf(byCoordinator)).toBe(403);
    const admin = userByEmail(personas.admin)!;
    const self = await invoke(adminUsers.action, makeRequest("/admin/users", { as: personas.admin, form: { intent: "delete", userId: String(admin.id), confirm: "yes" } }));
    expect(payload<{ key: string }>(self).key).toBe("admin.cannotDeleteSelf");
    expect(databaseFingerprint()).toBe(before);
  });

  it("removes the account, keeps the content attributed to „ehemaliges Mitglied“ and leaves no name or address behind", async () => {
    const user = userByEmail(email)!;
    expect(everyText()).toContain(email);
    const result = await invoke(adminUsers.action, makeRequest("/admin/users", { as: personas.admin, form: { intent: "delete", userId: String(user.id), confirm: "yes" } }));
    expect(payload<{ ok: boolean; key: string }>(result)).toEqual({ ok: true, key: "admin.accountDeleted" });

    const db = getDb();
    expect(userByEmail(email)).toBeUndefined();
    expect(db.select().from(schema.sessions).where(eq(schema.sessions.userId, user.id)).all()).toEqual([]);
    expect(db.select().from(schema.memberships).where(eq(schema.memberships.userId, user.id)).all()).toEqual([]);
    const comment = db.select().from(schema.overlapComments).where(eq(schema.overlapComments.id, commentId)).get()!;
    expect(comment).toMatchObject({ authorId: null, authorName: "ehemaliges Mitglied", body: "Wir sprechen uns mit der Arche ab." });
    const audit = db.select().from(schema.auditLog).where(eq(schema.auditLog.entity, "overlap-comment")).all();
    expect(audit.map((a) => a.actorName)).toContain("ehemaliges Mitglied");

    const text = everyText();
    expect(text).not.toContain(email);
    expect(text).not.toContain(name);
  });
});
