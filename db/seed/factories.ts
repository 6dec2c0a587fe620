// Factories shared by the demo seed and the tests: they write real rows through drizzle.
import type { DbOrTx } from "../client.server";
import * as t from "../schema";
import { slugify } from "../../app/modules/network/slug";
import { insertNetwork } from "../../app/modules/network/create-network.server";

type Role = "coordinator" | "lead" | "staff";

/** A network with the default offering categories. */
export function createNetwork(db: DbOrTx, input: { slug: string; name: string; isDemo?: boolean }) {
  return insertNetwork(db, input);
}

export function createNeighbourhood(
  db: DbOrTx,
  input: { networkId: number; name: string; population?: number | null; geojson?: string | null; slug?: string },
) {
  return db
    .insert(t.neighbourhoods)
    .values({ ...input, slug: input.slug ?? slugify(input.name) })
    .returning()
    .get();
}

export function createCentre(
  db: DbOrTx,
  input: Omit<typeof t.centres.$inferInsert, "slug" | "id" | "createdAt"> & { slug?: string; servedNeighbourhoodIds?: number[] },
) {
  const { servedNeighbourhoodIds = [], ...values } = input;
  const centre = db
    .insert(t.centres)
    .values({ ...values, slug: input.slug ?? slugify(input.name.replace(/^Familienzentrum\s+/i, "")) })
    .returning()
    .get();
  const served = new Set(servedNeighbourhoodIds);
  if (centre.homeNeighbourhoodId) served.add(centre.homeNeighbourhoodId);
  for (const neighbourhoodId of served) {
    db.insert(t.centreNeighbourhoods).values({ centreId: centre.id, neighbourhoodId }).run();
  }
  return centre;
}

export function createUser(
  db: DbOrTx,
  input: {
    email: string;
    name: string;
    passwordHash: string | null;
    isAdmin?: boolean;
    locale?: "de" | "en" | null;
    roles?: { networkId: number; centreId?: number | null; role: Role }[];
  },
) {
  const user = db
    .insert(t.users)
    .values({
      email: input.email.toLowerCase(),
      name: input.name,
      passwordHash: input.passwordHash,
      isAdmin: input.isAdmin ?? false,
      locale: input.locale ?? null,
    })
    .returning()
    .get();
  for (const role of input.roles ?? []) addMembership(db, { userId: user.id, ...role });
  return user;
}

export function addMembership(db: DbOrTx, input: { userId: number; networkId: number; centreId?: number | null; role: Role }) {
  return db
    .insert(t.memberships)
    .values({ userId: input.userId, networkId: input.networkId, centreId: input.centreId ?? null, role: input.role })
    .onConflictDoNothing()
    .run();
}

export function createPartner(db: DbOrTx, input: Omit<typeof t.partners.$inferInsert, "id" | "createdAt">) {
  return db.insert(t.partners).values(input).returning().get();
}

export function createAgreement(db: DbOrTx, input: Omit<typeof t.agreements.$inferInsert, "id" | "createdAt">) {
  return db.insert(t.agreements).values(input).returning().get();
}

export function createCriterion(db: DbOrTx, input: Omit<typeof t.criteria.$inferInsert, "id" | "createdAt">) {
  return db.insert(t.criteria).values(input).returning().get();
}
