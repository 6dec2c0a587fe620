// Read access to a network's structure: neighbourhoods, centres, partners, agreements.
import { and, asc, eq, inArray } from "drizzle-orm";
import { getDb } from "@db/client.server";
import { agreements, centreNeighbourhoods, centres, neighbourhoods, partners } from "@db/schema";
import { notFound } from "~/modules/accounts/actor.server";

export type Neighbourhood = typeof neighbourhoods.$inferSelect;
export type Centre = typeof centres.$inferSelect;
export type Partner = typeof partners.$inferSelect;
export type Agreement = typeof agreements.$inferSelect;

export function listNeighbourhoods(networkId: number): Neighbourhood[] {
  return getDb().select().from(neighbourhoods).where(eq(neighbourhoods.networkId, networkId)).orderBy(asc(neighbourhoods.name)).all();
}

export function listCentres(networkId: number): Centre[] {
  return getDb().select().from(centres).where(eq(centres.networkId, networkId)).orderBy(asc(centres.name)).all();
}

export function listPartners(networkId: number): Partner[] {
  return getDb().select().from(partners).where(eq(partners.networkId, networkId)).orderBy(asc(partners.name)).all();
}

/** A centre of this network by slug; 404 for unknown slugs and for centres of other networks. */
export function requireCentre(networkId: number, slug: string | undefined): Centre {
  if (!slug) notFound();
  return (
    getDb().select().from(centres).where(and(eq(centres.networkId, networkId), eq(centres.slug, slug))).get() ??
    notFound()
  );
}

export function servedNeighbourhoodIds(centreId: number): number[] {
  return getDb()
    .select({ id: centreNeighbourhoods.neighbourhoodId })
    .from(centreNeighbourhoods)
    .where(eq(centreNeighbourhoods.centreId, centreId))
    .all()
    .map((r) => r.id);
}

export function listAgreementsForCentres(centreIds: number[]) {
  if (centreIds.length === 0) return [];
  return getDb()
    .select({ agreement: agreements, partnerName: partners.name, centreName: centres.name })
    .from(agreements)
    .innerJoin(partners, eq(partners.id, agreements.partnerId))
    .innerJoin(centres, eq(centres.id, agreements.centreId))
    .where(inArray(agreements.centreId, centreIds))
    .orderBy(asc(partners.name))
    .all();
}
