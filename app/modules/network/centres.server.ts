// Family centres of a network: profile data, create, update, delete (with audit entries).
import { and, asc, eq, inArray, ne, sql } from "drizzle-orm";
import { getDb, type DbOrTx } from "@db/client.server";
import { centreNeighbourhoods, centres, neighbourhoods } from "@db/schema";
import { recordAudit } from "~/modules/audit/audit.server";
import type { Actor } from "~/modules/permissions/permissions";
import { removeUploads } from "~/modules/uploads/uploads.server";
import { agreementsWhere, auditCascadedAgreements } from "./agreements.server";
import { isUniqueViolation, refused, type FieldErrors, type Mutation } from "./result";
import type { CentreInput } from "./schemas";
import { uniqueSlug } from "./slugs.server";
import { listAgreementsForCentres, servedNeighbourhoodIds, type Centre } from "./structure.server";

/** Neighbourhoods served by the centre, by name. */
export function servedNeighbourhoods(centreId: number) {
  return getDb()
    .select({ id: neighbourhoods.id, name: neighbourhoods.name })
    .from(centreNeighbourhoods)
    .innerJoin(neighbourhoods, eq(neighbourhoods.id, centreNeighbourhoods.neighbourhoodId))
    .where(eq(centreNeighbourhoods.centreId, centreId))
    .orderBy(asc(neighbourhoods.name))
    .all();
}

/** What the centre page shows besides the centre's own columns. */
export function centreProfile(centre: Centre) {
  const home = centre.homeNeighbourhoodId
    ? getDb().select({ name: neighbourhoods.name }).from(neighbourhoods).where(eq(neighbourhoods.id, centre.homeNeighbourhoodId)).get()
    : undefined;
  const agreementRows = listAgreementsForCentres([centre.id]).map(({ agreement, partnerName }) => ({
    id: agreement.id,
    partnerId: agreement.partnerId,
    partnerName,
    startsOn: agreement.startsOn,
    endsOn: agreement.endsOn,
    file: agreement.fileKey && agreement.fileName ? { name: agreement.fileName, size: agreement.fileSize ?? 0 } : null,
  }));
  return { homeNeighbourhood: home?.name ?? null, served: servedNeighbourhoods(centre.id), agreements: agreementRows };
}

/** The form's initial values for an existing centre (strings, as the inputs hold them). */
export function centreFormValues(centre: Centre) {
  const text = (value: string | number | null) => (value === null ? "" : String(value));
  return {
    name: centre.name,
    provider: centre.provider,
    street: centre.street,
    postalCode: centre.postalCode,
    city: centre.city,
    latitude: text(centre.latitude),
    longitude: text(centre.longitude),
    contactName: centre.contactName,
    email: centre.email,
    phone: centre.phone,
    website: centre.website,
    homeNeighbourhoodId: text(centre.homeNeighbourhoodId),
    servedNeighbourhoodIds: servedNeighbourhoodIds(centre.id).map(String),
    focusAreas: centre.focusAreas.join("\n"),
    certificateValidFrom: centre.certificateValidFrom ?? "",
    certificateValidUntil: centre.certificateValidUntil ?? "",
    recertificationYear: text(centre.recertificationYear),
  };
}

function values(input: CentreInput) {
  return {
    name: input.name,
    provider: input.provider ?? "",
    street: input.street ?? "",
    postalCode: input.postalCode ?? "",
    city: input.city ?? "",
    latitude: input.latitude ?? null,
    longitude: input.longitude ?? null,
    contactName: input.contactName ?? "",
    email: input.email ?? "",
    phone: input.phone ?? "",
    website: input.website ?? "",
    homeNeighbourhoodId: input.homeNeighbourhoodId ?? null,
    focusAreas: input.focusAreas,
    certificateValidFrom: input.certificateValidFrom ?? null,
    certificateValidUntil: input.certificateValidUntil ?? null,
    recertificationYear: input.recertificationYear ?? null,
  };
}

/** The served neighbourhoods always include the home neighbourhood. */
function servedSet(input: CentreInput): number[] {
  const served = new Set(input.servedNeighbourhoodIds);
  if (input.homeNeighbourhoodId) served.add(input.homeNeighbourhoodId);
  return [...served].sort((a, b) => a - b);
}

/** Every neighbourhood id in the input must belong to the centre's network (never trust the form). */
function checkNeighbourhoods(networkId: number, input: CentreInput): FieldErrors | null {
  const ids = [...new Set([...input.servedNeighbourhoodIds, ...(input.homeNeighbourhoodId ? [input.homeNeighbourhoodId] : [])])];
  if (ids.length === 0) return null;
  const known = new Set(
    getDb()
      .select({ id: neighbourhoods.id })
      .from(neighbourhoods)
      .where(and(eq(neighbourhoods.networkId, networkId), inArray(neighbourhoods.id, ids)))
      .all()
      .map((r) => r.id),
  );
  const errors: FieldErrors = {};
  if (input.homeNeighbourhoodId && !known.has(input.homeNeighbourhoodId)) errors.homeNeighbourhoodId = ["centre.neighbourhoodUnknown"];
  if (input.servedNeighbourhoodIds.some((id) => !known.has(id))) errors.servedNeighbourhoodIds = ["centre.neighbourhoodUnknown"];
  return Object.keys(errors).length > 0 ? errors : null;
}

function nameTaken(networkId: number, name: string, exceptId?: number): boolean {
  const conditions = [eq(centres.networkId, networkId), sql`lower(${centres.name}) = lower(${name})`];
  if (exceptId !== undefined) conditions.push(ne(centres.id, exceptId));
  return getDb().select({ id: centres.id }).from(centres).where(and(...conditions)).get() !== undefined;
}

const nameTakenError = refused("name", "centre.nameTaken");

function writeServed(tx: DbOrTx, centreId: number, ids: number[]) {
  tx.delete(centreNeighbourhoods).where(eq(centreNeighbourhoods.centreId, centreId)).run();
  for (const neighbourhoodId of ids) tx.insert(centreNeighbourhoods).values({ centreId, neighbourhoodId }).run();
}

function auditView(row: Centre, served: number[]) {
  const { id: _id, networkId: _networkId, createdAt: _createdAt, ...rest } = row;
  return { ...rest, servedNeighbourhoodIds: served };
}

/** Creates a centre; its slug comes from the name without the "Familienzentrum" prefix. */
export function createCentre(actor: Actor, networkId: number, input: CentreInput): Mutation<Centre> {
  const problems = checkNeighbourhoods(networkId, input);
  if (problems) return { ok: false, fieldErrors: problems };
  if (nameTaken(networkId, input.name)) return nameTakenError;
  try {
    return getDb().transaction((tx) => {
      const slugs = new Set(tx.select({ slug: centres.slug }).from(centres).where(eq(centres.networkId, networkId)).all().map((r) => r.slug));
      const slug = uniqueSlug(input.name.replace(/^Familienzentrum\s+/i, ""), slugs, "familienzentrum");
      const row = tx.insert(centres).values({ networkId, slug, ...values(input) }).returning().get();
      const served = servedSet(input);
      writeServed(tx, row.id, served);
      recordAudit({ actor, networkId, entity: "centre", entityId: row.id, action: "create", after: auditView(row, served) }, tx);
      return { ok: true as const, value: row };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return nameTakenError;
    throw error;
  }
}

/** Updates the profile of `centre` (resolved from the URL); the slug stays, so addresses keep working. */
export function updateCentre(actor: Actor, centre: Centre, input: CentreInput): Mutation<Centre> {
  const problems = checkNeighbourhoods(centre.networkId, input);
  if (problems) return { ok: false, fieldErrors: problems };
  if (nameTaken(centre.networkId, input.name, centre.id)) return nameTakenError;
  const servedBefore = servedNeighbourhoodIds(centre.id).sort((a, b) => a - b);
  try {
    return getDb().transaction((tx) => {
      const row = tx.update(centres).set(values(input)).where(eq(centres.id, centre.id)).returning().get();
      const served = servedSet(input);
      writeServed(tx, centre.id, served);
      recordAudit(
        {
          actor,
          networkId: centre.networkId,
          entity: "centre",
          entityId: centre.id,
          action: "update",
          before: auditView(centre, servedBefore),
          after: auditView(row, served),
        },
        tx,
      );
      return { ok: true as const, value: row };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return nameTakenError;
    throw error;
  }
}

/** Deletes the centre with its agreements (and their files) and the roles held at it. */
export async function deleteCentre(actor: Actor, centre: Centre): Promise<void> {
  const agreementRows = getDb().transaction((tx) => {
    const rows = agreementsWhere("centreId", centre.id);
    const served = servedNeighbourhoodIds(centre.id).sort((a, b) => a - b);
    tx.delete(centres).where(eq(centres.id, centre.id)).run();
    auditCascadedAgreements(tx, actor, centre.networkId, rows);
    recordAudit(
      { actor, networkId: centre.networkId, entity: "centre", entityId: centre.id, action: "delete", before: auditView(centre, served) },
      tx,
    );
    return rows;
  });
  await removeUploads(agreementRows.map((a) => a.fileKey));
}
