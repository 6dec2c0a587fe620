// The admin area: refused to everyone but admins, networks, users, outbox, legal texts, audit log.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@db/client.server";
import * as schema from "@db/schema";
import { sendMail } from "~/modules/mail/mail.server";
import * as adminLayout from "~/routes/admin";
import * as adminAudit from "~/routes/admin.audit";
import * as adminIndex from "~/routes/admin._index";
import * as adminLegal from "~/routes/admin.legal";
import * as adminOutboxMessage from "~/routes/admin.outbox.$id";
import * as adminOutbox from "~/routes/admin.outbox._index";
import * as adminUsers from "~/routes/admin.users";
import * as datenschutz from "~/routes/datenschutz";
import * as impressum from "~/routes/impressum";
import { invoke, payload, statusOf, userByEmail } from "./account-fixtures";
import { databaseFingerprint, makeRequest, outcomeOf, personas, seedTwoNetworks } from "./helpers";

beforeAll(async () => {
  await seedTwoNetworks();
});

const admin = personas.admin;

describe("the admin area is for admins only", () => {
  const routes = [
    { name: "admin", mod: adminLayout, path: "/admin", form: null },
    { name: "networks", mod: adminIndex, path: "/admin", form: { slug: "verboten", name: "Verboten" } },
    { name: "users", mod: adminUsers, path: "/admin/users", form: { userId: "1", admin: "true" } },
    { name: "outbox", mod: adminOutbox, path: "/admin/outbox", form: null },
    { name: "outbox message", mod: adminOutboxMessage, path: "/admin/outbox/1", form: null, params: { id: "1" } },
    { name: "legal", mod: adminLegal, path: "/admin/legal", form: { key: "impressum", body: "Übernommen" } },
    { name: "audit", mod: adminAudit, path: "/admin/audit", form: null },
  ] as const;

  for (const route of routes) {
    it(`refuses ${route.name} to non-admins and changes nothing`, async () => {
      await sendMail({ to: "someone@example.org", subject: "Hallo", text: "Text" });
      const before = databaseFingerprint();
      const params = "params" in route ? route.params : {};
      for (const as of [personas.coordinator, personas.leadA, personas.staffA, personas.otherNetwork]) {
        expect((await outcomeOf(route.mod.loader, makeRequest(route.path, { as }), params)).outcome).toBe("forbidden");
        if (route.form && "action" in route.mod) {
          expect((await outcomeOf(route.mod.action, makeRequest(route.path, { as, form: route.form }), params)).outcome).toBe("forbidden");
        }
      }
      expect((await outcomeOf(route.mod.loader, makeRequest(route.path), params)).outcome).toBe("login");
      if (route.form && "action" in route.mod) {
        expect((await outcomeOf(route.mod.action, makeRequest(route.path, { form: route.form }), params)).outcome).toBe("login");
      }
      expect(databaseFingerprint()).toBe(before);
    });
  }
});

describe("networks", () => {
  const create = (form: Record<string, string>) => invoke(adminIndex.action, makeRequest("/admin", { as: admin, form }));

  it("creates a network with a unique slug and lists it", async () => {
    const created = await create({ slug: "hamm", name: "Netzwerk Hamm" });
    expect(statusOf(created)).toBe(200);
    expect(payload<{ created: string }>(created).created).toBe("Netzwerk Hamm");
    const network = getDb().select().from(schema.networks).where(eq(schema.networks.slug, "hamm")).get()!;
    expect(network.name).toBe("Netzwerk Hamm");
    const list = payload<{ networks: { slug: string; centres: number; members: number }[] }>(
      await invoke(adminIndex.loader, makeRequest("/admin", { as: admin })),
    ).networks;
    expect(list.map((n) => n.slug)).toEqual(expect.arrayContaining(["unna", "dortmund", "hamm"]));
    expect(list.find((n) => n.slug === "unna")).toMatchObject({ centres: 8 });
    const entry = getDb().select().from(schema.auditLog).where(eq(schema.auditLog.entity, "network")).all().at(-1);
    expect(entry).toMatchObject({ networkId: network.id, action: "create", summary: { slug: "hamm", name: "Netzwerk Hamm" } });
  });

  it("refuses a taken or malformed slug", async () => {
    const before = databaseFingerprint();
    const taken = await create({ slug: "unna", name: "Noch ein Unna" });
    expect(statusOf(taken)).toBe(400);
    expect(JSON.stringify(payload(taken))).toContain("admin.slugTaken");
    for (const slug of ["Unna Nord", "-unna", "unna_nord", ""]) {
      const bad = await create({ slug, name: "Falsch" });
      expect(statusOf(bad)).toBe(400);
    }
    expect(JSON.stringify(payload(await create({ slug: "Groß", name: "X" })))).toContain("admin.slugFormat");
    expect(databaseFingerprint()).toBe(before);
  });
});

describe("users", () => {
  it("lists users with their roles", async () => {
    const data = payload<{ users: { email: string; isAdmin: boolean; roles: { role: string; network: string; centre: string | null }[] }[] }>(
      await invoke(adminUsers.loader, makeRequest("/admin/users", { as: admin })),
    );
    expect(data.users.find((u) => u.email === personas.leadA)?.roles).toEqual([
      { role: "lead", network: "Arbeitskreis Familienzentren Unna (Demo)", centre: "Familienzentrum Arche" },
    ]);
    expect(data.users.find((u) => u.email === admin)?.isAdmin).toBe(true);
  });

  it("grants and withdraws the admin flag of others, never of oneself", async () => {
    const target = userByEmail(personas.leadB)!;
    const set = (userId: number, value: string) =>
      invoke(adminUsers.action, makeRequest("/admin/users", { as: admin, form: { userId: String(userId), admin: value } }));
    expect(statusOf(await set(target.id, "true"))).toBe(200);
    expect(userByEmail(personas.leadB)!.isAdmin).toBe(true);
    expect(statusOf(await set(target.id, "false"))).toBe(200);
    expect(userByEmail(personas.leadB)!.isAdmin).toBe(false);
    const entries = getDb().select().from(schema.auditLog).where(eq(schema.auditLog.entityId, String(target.id))).all();
    expect(entries.map((e) => e.summary)).toEqual([{ isAdmin: [false, true] }, { isAdmin: [true, false] }]);

    const before = databaseFingerprint();
    const self = await set(userByEmail(admin)!.id, "false");
    expect(statusOf(self)).toBe(400);
    expect(payload<{ key: string }>(self).key).toBe("admin.cannotChangeSelf");
    expect(statusOf(await set(999_999, "true"))).toBe(404);
    expect(databaseFingerprint()).toBe(before);
  });
});

describe("outbox", () => {
  it("lists messages and shows one with its text", async () => {
    await sendMail({ to: "leser@example.org", subject: "Ihr Link", text: "Bitte öffnen: http://localhost:3000/invite/abc\n\nDanke" });
    const list = payload<{ messages: { id: number; recipient: string; subject: string; sent: string }[] }>(
      await invoke(adminOutbox.loader, makeRequest("/admin/outbox", { as: admin })),
    ).messages;
    const message = list.find((m) => m.recipient === "leser@example.org")!;
    expect(message).toMatchObject({ subject: "Ihr Link" });
    expect(message.sent).toMatch(/\d{2}:\d{2}/);
    const detail = payload<{ message: { body: string } }>(
      await invoke(adminOutboxMessage.loader, makeRequest(`/admin/outbox/${message.id}`, { as: admin }), { id: String(message.id) }),
    );
    expect(detail.message.body).toContain("http://localhost:3000/invite/abc");
    for (const id of ["999999", "abc", "-1", "1.5"]) {
      expect((await outcomeOf(adminOutboxMessage.loader, makeRequest(`/admin/outbox/${id}`, { as: admin }), { id })).outcome).toBe("notfound");
    }
  });
});

describe("legal texts", () => {
  it("saves the Impressum and the Datenschutz text, which the public pages then show", async () => {
    const save = (key: string, body: string) => invoke(adminLegal.action, makeRequest("/admin/legal", { as: admin, form: { key, body } }));
    expect(statusOf(await save("impressum", "Kreisstadt Unna\nRathausplatz 1"))).toBe(200);
    expect(statusOf(await save("datenschutz", "Wir speichern nur, was nötig ist."))).toBe(200);
    expect(payload<{ body: string }>(await invoke(impressum.loader, makeRequest("/impressum"))).body).toBe("Kreisstadt Unna\nRathausplatz 1");
    expect(payload<{ body: string }>(await invoke(datenschutz.loader, makeRequest("/datenschutz"))).body).toBe("Wir speichern nur, was nötig ist.");
    const pages = payload<{ pages: { key: string; body: string; updated: string | null }[] }>(
      await invoke(adminLegal.loader, makeRequest("/admin/legal", { as: admin })),
    ).pages;
    expect(pages.find((p) => p.key === "impressum")).toMatchObject({ body: "Kreisstadt Unna\nRathausplatz 1" });
    expect(pages.find((p) => p.key === "impressum")?.updated).toBeTruthy();
    const before = databaseFingerprint();
    expect(statusOf(await save("agb", "Nein"))).toBe(400);
    expect(databaseFingerprint()).toBe(before);
    const entries = getDb().select().from(schema.auditLog).where(eq(schema.auditLog.entity, "legal_page")).all();
    expect(entries.map((e) => e.entityId)).toEqual(expect.arrayContaining(["impressum", "datenschutz"]));
  });
});

describe("instance-wide audit log", () => {
  type View = {
    rows: { entity: string; actor: string; network: string | null }[];
    total: number;
    page: number;
    pages: number;
    entities: string[];
    showNetwork: boolean;
    filter: Record<string, string>;
  };
  const view = async (query = "") => payload<View>(await invoke(adminAudit.loader, makeRequest(`/admin/audit${query}`, { as: admin })));

  it("shows entries of all networks and of the instance, with filters and pages", async () => {
    const db = getDb();
    const unna = db.select().from(schema.networks).where(eq(schema.networks.slug, "unna")).get()!;
    const dortmund = db.select().from(schema.networks).where(eq(schema.networks.slug, "dortmund")).get()!;
    const at = (date: string) => Date.parse(`${date}T12:00:00`);
    const rows = [
      { at: at("2025-03-01"), actorName: "Anna Archiv", networkId: unna.id, entity: "centre", entityId: "1", action: "update" as const, summary: { name: ["Alt", "Neu"] } },
      { at: at("2025-03-10"), actorName: "Bernd Bote", networkId: dortmund.id, entity: "partner", entityId: "2", action: "create" as const, summary: { name: "Schule" } },
      { at: at("2025-03-20"), actorName: "Anna Archiv", networkId: null, entity: "legal_page", entityId: "impressum", action: "update" as const, summary: { body: ["a", "b"] } },
    ];
    for (let i = 0; i < 55; i++) rows.push({ ...rows[1]!, at: at("2025-04-02") + i, entityId: String(100 + i) });
    db.insert(schema.auditLog).values(rows).run();

    const all = await view();
    expect(all.showNetwork).toBe(true);
    expect(all.total).toBe(db.select().from(schema.auditLog).all().length);
    expect(all.entities).toEqual(expect.arrayContaining(["centre", "partner", "legal_page"]));

    const anna = await view("?actor=anna");
    expect(anna.total).toBe(2);
    expect(anna.rows.map((r) => r.network)).toEqual([null, "Arbeitskreis Familienzentren Unna (Demo)"]);
    expect((await view("?entity=centre&from=2025-03-01&to=2025-03-01")).total).toBe(1);
    expect((await view("?from=2025-03-02&to=2025-03-31")).total).toBe(2);
    expect((await view("?entity=partner&to=2025-03-31")).total).toBe(1);

    const firstPage = await view("?entity=partner");
    expect(firstPage.total).toBe(56);
    expect(firstPage.pages).toBe(2);
    expect(firstPage.rows).toHaveLength(50);
    const secondPage = await view("?entity=partner&page=2");
    expect(secondPage.page).toBe(2);
    expect(secondPage.rows).toHaveLength(6);

    // Malformed filters are ignored rather than failing.
    const odd = await view("?from=gestern&page=-3&to=2025-13-45");
    expect(odd.filter).toEqual({});
    expect(odd.page).toBe(1);
  });
});
