// All accounts of the instance with their roles; admins grant or withdraw the admin flag of others.
import { asc, eq } from "drizzle-orm";
import { getDb } from "@db/client.server";
import { centres, memberships, networks, users } from "@db/schema";
import { recordAudit } from "~/modules/audit/audit.server";
import type { Actor, Role } from "~/modules/permissions/permissions";

export interface UserOverview {
  id: number;
  name: string;
  email: string;
  isAdmin: boolean;
  roles: { role: Role; network: string; centre: string | null }[];
}

export function listUsersWithRoles(): UserOverview[] {
  const db = getDb();
  const list: UserOverview[] = db
    .select({ id: users.id, name: users.name, email: users.email, isAdmin: users.isAdmin })
    .from(users)
    .orderBy(asc(users.name), asc(users.id))
    .all()
    .map((u) => ({ ...u, roles: [] }));
  const byId = new Map(list.map((u) => [u.id, u]));
  const rows = db
    .select({ userId: memberships.userId, role: memberships.role, network: networks.name, centre: centres.name })
    .from(memberships)
    .innerJoin(networks, eq(networks.id, memberships.networkId))
    .leftJoin(centres, eq(centres.id, memberships.centreId))
    .orderBy(asc(networks.name), asc(memberships.role), asc(centres.name))
    .all();
  for (const row of rows) byId.get(row.userId)?.roles.push({ role: row.role, network: row.network, centre: row.centre });
  return list;
}

export type SetAdminResult = { ok: true } | { ok: false; reason: "self" | "not-found" };

export function setAdmin(actor: Actor, userId: number, isAdmin: boolean): SetAdminResult {
  if (userId === actor.userId) return { ok: false, reason: "self" };
  return getDb().transaction((tx) => {
    const before = tx.select({ isAdmin: users.isAdmin }).from(users).where(eq(users.id, userId)).get();
    if (!before) return { ok: false, reason: "not-found" } as const;
    if (before.isAdmin !== isAdmin) {
      tx.update(users).set({ isAdmin }).where(eq(users.id, userId)).run();
      recordAudit({ actor, networkId: null, entity: "user", entityId: userId, action: "update", before, after: { isAdmin } }, tx);
    }
    return { ok: true } as const;
  });
}
