// Networks of the instance, created by admins.
import { asc, eq, sql } from "drizzle-orm";
import { getDb } from "@db/client.server";
import { centres, memberships, networks } from "@db/schema";
import { insertNetwork } from "~/modules/network/create-network.server";
import { recordAudit } from "~/modules/audit/audit.server";
import type { Actor } from "~/modules/permissions/permissions";

export function listNetworksOverview() {
  const db = getDb();
  const centreCounts = new Map(
    db.select({ networkId: centres.networkId, n: sql<number>`count(*)` }).from(centres).groupBy(centres.networkId).all().map((r) => [r.networkId, r.n]),
  );
  const memberCounts = new Map(
    db
      .select({ networkId: memberships.networkId, n: sql<number>`count(distinct ${memberships.userId})` })
      .from(memberships)
      .groupBy(memberships.networkId)
      .all()
      .map((r) => [r.networkId, r.n]),
  );
  return db
    .select()
    .from(networks)
    .orderBy(asc(networks.name))
    .all()
    .map((n) => ({ id: n.id, slug: n.slug, name: n.name, isDemo: n.isDemo, centres: centreCounts.get(n.id) ?? 0, members: memberCounts.get(n.id) ?? 0 }));
}

export type CreateNetworkResult = { ok: true; slug: string } | { ok: false; field: "slug"; message: "admin.slugTaken" };

export function createNetworkAsAdmin(actor: Actor, input: { slug: string; name: string }): CreateNetworkResult {
  return getDb().transaction((tx) => {
    if (tx.select({ id: networks.id }).from(networks).where(eq(networks.slug, input.slug)).get()) {
      return { ok: false, field: "slug", message: "admin.slugTaken" } as const;
    }
    const network = insertNetwork(tx, input);
    recordAudit({ actor, networkId: network.id, entity: "network", entityId: network.id, action: "create", after: { slug: network.slug, name: network.name } }, tx);
    return { ok: true, slug: network.slug } as const;
  });
}
