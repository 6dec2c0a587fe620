// The people of a network and their roles, for coordinators and admins.
import { and, asc, eq } from "drizzle-orm";
import { getDb } from "@db/client.server";
import { centres, memberships, users } from "@db/schema";
import { recordAudit } from "~/modules/audit/audit.server";
import type { Actor, Role } from "~/modules/permissions/permissions";

export interface MemberRole {
  membershipId: number;
  role: Role;
  centre: string | null;
}

export interface Member {
  userId: number;
  name: string;
  email: string;
  roles: MemberRole[];
}

const roleOrder: Record<Role, number> = { coordinator: 0, lead: 1, staff: 2 };

export function listMembers(networkId: number): Member[] {
  const rows = getDb()
    .select({
      membershipId: memberships.id,
      role: memberships.role,
      centre: centres.name,
      userId: users.id,
      name: users.name,
      email: users.email,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(centres, eq(centres.id, memberships.centreId))
    .where(eq(memberships.networkId, networkId))
    .orderBy(asc(users.name), asc(users.id))
    .all();
  const byUser = new Map<number, Member>();
  for (const row of rows) {
    let member = byUser.get(row.userId);
    if (!member) {
      member = { userId: row.userId, name: row.name, email: row.email, roles: [] };
      byUser.set(row.userId, member);
    }
    member.roles.push({ membershipId: row.membershipId, role: row.role, centre: row.centre });
  }
  for (const member of byUser.values()) {
    member.roles.sort((a, b) => roleOrder[a.role] - roleOrder[b.role] || (a.centre ?? "").localeCompare(b.centre ?? "", "de"));
  }
  return [...byUser.values()];
}

/** Centres of the network, for choosing where an invited lead or staff member works. */
export function centreChoices(networkId: number) {
  return getDb()
    .select({ id: centres.id, name: centres.name })
    .from(centres)
    .where(eq(centres.networkId, networkId))
    .orderBy(asc(centres.name))
    .all();
}

export type RemoveResult = { ok: true } | { ok: false; reason: "not-found" | "own-coordinator-role" };

/**
 * Removes one role. The membership must belong to this network, so an id from another network
 * changes nothing. Coordinators cannot remove their own coordinator role (they would lock themselves out).
 */
export function removeMembership(actor: Actor, networkId: number, membershipId: number): RemoveResult {
  return getDb().transaction((tx) => {
    const row = tx
      .select({ id: memberships.id, userId: memberships.userId, role: memberships.role, centre: centres.name, email: users.email })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .leftJoin(centres, eq(centres.id, memberships.centreId))
      .where(and(eq(memberships.id, membershipId), eq(memberships.networkId, networkId)))
      .get();
    if (!row) return { ok: false, reason: "not-found" } as const;
    if (row.userId === actor.userId && row.role === "coordinator" && !actor.isAdmin) {
      return { ok: false, reason: "own-coordinator-role" } as const;
    }
    tx.delete(memberships).where(eq(memberships.id, row.id)).run();
    recordAudit(
      { actor, networkId, entity: "membership", entityId: row.id, action: "delete", before: { email: row.email, role: row.role, centre: row.centre } },
      tx,
    );
    return { ok: true } as const;
  });
}
