import { and, asc, eq, inArray, like } from "drizzle-orm";
import { getDb } from "@db/client.server";
import { centres, memberships, networks, users } from "@db/schema";

export const demoPassword = "familiennetz-demo";

export interface DemoAccount {
  email: string;
  role: "admin" | "coordinator" | "lead" | "staff";
  centre: string | null;
}

/** The demo logins, listed on the sign-in page only while a demo network exists. */
export function demoAccounts(): DemoAccount[] {
  const db = getDb();
  const demoNetworkIds = db.select({ id: networks.id }).from(networks).where(eq(networks.isDemo, true)).all().map((n) => n.id);
  if (demoNetworkIds.length === 0) return [];
  const accounts: DemoAccount[] = [];
  const admin = db.select().from(users).where(and(eq(users.email, "admin@example.org"), eq(users.isAdmin, true))).get();
  if (admin) accounts.push({ email: admin.email, role: "admin", centre: null });
  const rows = db
    .select({ email: users.email, role: memberships.role, centre: centres.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(centres, eq(centres.id, memberships.centreId))
    .where(and(inArray(memberships.networkId, demoNetworkIds), like(users.email, "%@example.org")))
    .orderBy(asc(centres.name), asc(memberships.role))
    .all();
  for (const row of rows) accounts.push({ email: row.email, role: row.role, centre: row.centre });
  return accounts;
}
