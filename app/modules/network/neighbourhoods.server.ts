// Neighbourhoods of a network: create, update, delete (with audit entries in the same transaction).
import crypto from "node:crypto";
import { and, eq, ne, sql } from "drizzle-orm";
import { getDb } from "@db/client.server";
import { centreNeighbourhoods, centres, neighbourhoods, partners } from "@db/schema";
import { notFound } from "~/modules/accounts/actor.server";
import { recordAudit } from "~/modules/audit/audit.server";
import type { Actor } from "~/modules/permissions/permissions";
import { checkGeoJson, maxGeoJsonLength } from "./geojson";
import { isUniqueViolation, refused, type Mutation } from "./result";
import type { NeighbourhoodInput } from "./schemas";
import { uniqueSlug } from "./slugs.server";
import type { Neighbourhood } from "./structure.server";

/** Largest outline file (bytes). */
export const maxGeoJsonFileBytes = maxGeoJsonLength;

export function getNeighbourhood(networkId: number, id: number): Neighbourhood {
  return (
    getDb()
      .select()
      .from(neighbourhoods)
      .where(and(eq(neighbourhoods.networkId, networkId), eq(neighbourhoods.id, id)))
      .get() ?? notFound()
  );
}

/** How many centres and partners refer to the neighbourhood (shown before deleting it). */
export function neighbourhoodUsage(id: number) {
  const db = getDb();
  const centreRows = db
    .selectDistinct({ id: centres.id })
    .from(centres)
    .leftJoin(centreNeighbourhoods, eq(centreNeighbourhoods.centreId, centres.id))
    .where(sql`${centres.homeNeighbourhoodId} = ${id} or ${centreNeighbourhoods.neighbourhoodId} = ${id}`)
    .all();
  const partnerRows = db.select({ id: partners.id }).from(partners).where(eq(partners.neighbourhoodId, id)).all();
  return { centres: centreRows.length, partners: partnerRows.length };
}

export type OutlineResult = { ok: true; geojson: string | null } | { ok: false; fieldErrors: Record<string, string[]> };

/** The outline from an uploaded file (preferred) or the text field, as compact JSON; null for none. */
export async function resolveOutline(text: string | undefined, file: File | null): Promise<OutlineResult> {
  if (file) {
    if (file.size > maxGeoJsonFileBytes) return refused("geojsonFile", "geojson.tooLarge");
    const checked = checkGeoJson(await file.text());
    return checked.ok ? { ok: true, geojson: checked.normalized } : refused("geojsonFile", checked.error);
  }
  if (!text) return { ok: true, geojson: null };
  const checked = checkGeoJson(text);
  return checked.ok ? { ok: true, geojson: checked.normalized } : refused("geojson", checked.error);
}

interface Values {
  name: string;
  population: number | null;
  geojson: string | null;
}

function values(input: NeighbourhoodInput, geojson: string | null): Values {
  return { name: input.name, population: input.population ?? null, geojson };
}

function nameTaken(networkId: number, name: string, exceptId?: number): boolean {
  const conditions = [eq(neighbourhoods.networkId, networkId), sql`lower(${neighbourhoods.name}) = lower(${name})`];
  if (exceptId !== undefined) conditions.push(ne(neighbourhoods.id, exceptId));
  return getDb().select({ id: neighbourhoods.id }).from(neighbourhoods).where(and(...conditions)).get() !== undefined;
}

const nameTakenError = refused("name", "neighbourhood.nameTaken");

export function createNeighbourhood(
  actor: Actor,
  networkId: number,
  input: NeighbourhoodInput,
  geojson: string | null,
): Mutation<Neighbourhood> {
  if (nameTaken(networkId, input.name)) return nameTakenError;
  const db = getDb();
  try {
    return db.transaction((tx) => {
      const slugs = new Set(
        tx.select({ slug: neighbourhoods.slug }).from(neighbourhoods).where(eq(neighbourhoods.networkId, networkId)).all().map((r) => r.slug),
      );
      const row = tx
        .insert(neighbourhoods)
        .values({ networkId, slug: uniqueSlug(input.name, slugs, "stadtteil"), ...values(input, geojson) })
        .returning()
        .get();
      recordAudit({ actor, networkId, entity: "neighbourhood", entityId: row.id, action: "create", after: auditView(row) }, tx);
      return { ok: true as const, value: row };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return nameTakenError;
    throw error;
  }
}

/** The slug stays when the name changes, so that feed addresses keep working. */
export function updateNeighbourhood(
  actor: Actor,
  neighbourhood: Neighbourhood,
  input: NeighbourhoodInput,
  geojson: string | null,
): Mutation<Neighbourhood> {
  if (nameTaken(neighbourhood.networkId, input.name, neighbourhood.id)) return nameTakenError;
  const db = getDb();
  try {
    return db.transaction((tx) => {
      const row = tx.update(neighbourhoods).set(values(input, geojson)).where(eq(neighbourhoods.id, neighbourhood.id)).returning().get();
      recordAudit(
        {
          actor,
          networkId: neighbourhood.networkId,
          entity: "neighbourhood",
          entityId: neighbourhood.id,
          action: "update",
          before: auditView(neighbourhood),
          after: auditView(row),
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

/** Deletes the neighbourhood; centres and partners lose the reference (the schema sets it to null). */
export function deleteNeighbourhood(actor: Actor, neighbourhood: Neighbourhood): void {
  getDb().transaction((tx) => {
    tx.delete(neighbourhoods).where(eq(neighbourhoods.id, neighbourhood.id)).run();
    recordAudit(
      {
        actor,
        networkId: neighbourhood.networkId,
        entity: "neighbourhood",
        entityId: neighbourhood.id,
        action: "delete",
        before: auditView(neighbourhood),
      },
      tx,
    );
  });
}

/** The audit summary shows a fingerprint of the outline, not its coordinates. */
function auditView(row: Neighbourhood) {
  const outline = row.geojson ? `sha256:${crypto.createHash("sha256").update(row.geojson).digest("hex").slice(0, 12)}` : null;
  return { name: row.name, slug: row.slug, population: row.population, outline };
}
