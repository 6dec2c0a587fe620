import { asc, eq, inArray } from "drizzle-orm";
import { getDb } from "@db/client.server";
import { networks } from "@db/schema";
import { notFound } from "~/modules/accounts/actor.server";
import type { Actor } from "~/modules/permissions/permissions";

export type Network = typeof networks.$inferSelect;

export function listNetworks(): Network[] {
  return getDb().select().from(networks).orderBy(asc(networks.name)).all();
}

/** Networks the actor may open: every network for admins, otherwise those with a membership. */
export function listNetworksFor(actor: Actor): Network[] {
  if (actor.isAdmin) return listNetworks();
  const ids = [...new Set(actor.memberships.map((m) => m.networkId))];
  if (ids.length === 0) return [];
  return getDb().select().from(networks).where(inArray(networks.id, ids)).orderBy(asc(networks.name)).all();
}

export function findNetwork(slug: string | undefined): Network | null {
  if (!slug) return null;
  return getDb().select().from(networks).where(eq(networks.slug, slug)).get() ?? null;
}

export function requireNetwork(slug: string | undefined): Network {
  return findNetwork(slug) ?? notFound();
}

export function hasDemoNetwork(): boolean {
  return getDb().select({ id: networks.id }).from(networks).where(eq(networks.isDemo, true)).get() !== undefined;
}
