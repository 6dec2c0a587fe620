// Cooperation partners of a network: create, update, delete (with audit entries).
import { and, asc, eq } from "drizzle-orm";
import { getDb } from "@db/client.server";
import { agreements, centres, neighbourhoods, partners } from "@db/schema";
import { notFound } from "~/modules/accounts/actor.server";
import { recordAudit } from "~/modules/audit/audit.server";
import type { Actor } from "~/modules/permissions/permissions";
import { removeUploads } from "~/modules/uploads/uploads.server";
import { agreementsWhere, auditCascadedAgreements } from "./agreements.server";
import { refused, type Mutation } from "./result";
import type { PartnerInput } from "./schemas";
import type { Partner } from "./structure.server";

export function getPartner(networkId: number, id: number): Partner {
  return getDb().select().from(partners).where(and(eq(partners.networkId, networkId), eq(partners.id, id))).get() ?? notFound();
}

/** The partner's agreements with the centres of its network. */
export function partnerAgreements(partnerId: number) {
  return getDb()
    .select({
      id: agreements.id,
      startsOn: agreements.startsOn,
      endsOn: agreements.endsOn,
      centreName: centres.name,
      centreSlug: centres.slug,
    })
    .from(agreements)
    .innerJoin(centres, eq(centres.id, agreements.centreId))
    .where(eq(agreements.partnerId, partnerId))
    .orderBy(asc(centres.name), asc(agreements.startsOn))
    .all();
}

export function partnerFormValues(partner: Partner) {
  return {
    name: partner.name,
    kind: partner.kind,
    neighbourhoodId: partner.neighbourhoodId === null ? "" : String(partner.neighbourhoodId),
    contactName: partner.contactName,
    email: partner.email,
    phone: partner.phone,
  };
}

function neighbourhoodInNetwork(networkId: number, id: number): boolean {
  return (
    getDb()
      .select({ id: neighbourhoods.id })
      .from(neighbourhoods)
      .where(and(eq(neighbourhoods.networkId, networkId), eq(neighbourhoods.id, id)))
      .get() !== undefined
  );
}

function values(input: PartnerInput) {
  return {
    name: input.name,
    kind: input.kind,
    neighbourhoodId: input.neighbourhoodId ?? null,
    contactName: input.contactName ?? "",
    email: input.email ?? "",
    phone: input.phone ?? "",
  };
}

function auditView(row: Partner) {
  const { id: _id, networkId: _networkId, createdAt: _createdAt, ...rest } = row;
  return rest;
}

const unknownNeighbourhood = refused("neighbourhoodId", "centre.neighbourhoodUnknown");

export function createPartner(actor: Actor, networkId: number, input: PartnerInput): Mutation<Partner> {
  if (input.neighbourhoodId && !neighbourhoodInNetwork(networkId, input.neighbourhoodId)) return unknownNeighbourhood;
  return getDb().transaction((tx) => {
    const row = tx.insert(partners).values({ networkId, ...values(input) }).returning().get();
    recordAudit({ actor, networkId, entity: "partner", entityId: row.id, action: "create", after: auditView(row) }, tx);
    return { ok: true as const, value: row };
  });
}

export function updatePartner(actor: Actor, partner: Partner, input: PartnerInput): Mutation<Partner> {
  if (input.neighbourhoodId && !neighbourhoodInNetwork(partner.networkId, input.neighbourhoodId)) return unknownNeighbourhood;
  return getDb().transaction((tx) => {
    const row = tx.update(partners).set(values(input)).where(eq(partners.id, partner.id)).returning().get();
    recordAudit(
      {
        actor,
        networkId: partner.networkId,
        entity: "partner",
        entityId: partner.id,
        action: "update",
        before: auditView(partner),
        after: auditView(row),
      },
      tx,
    );
    return { ok: true as const, value: row };
  });
}

/** Deletes the partner with its agreements (and their files). */
export async function deletePartner(actor: Actor, partner: Partner): Promise<void> {
  const agreementRows = getDb().transaction((tx) => {
    const rows = agreementsWhere("partnerId", partner.id);
    tx.delete(partners).where(eq(partners.id, partner.id)).run();
    auditCascadedAgreements(tx, actor, partner.networkId, rows);
    recordAudit(
      { actor, networkId: partner.networkId, entity: "partner", entityId: partner.id, action: "delete", before: auditView(partner) },
      tx,
    );
    return rows;
  });
  await removeUploads(agreementRows.map((a) => a.fileKey));
}
