// Offering import: validate a CSV, resolve centres, neighbourhoods and categories, then write all rows
// in one transaction (all or nothing). Re-importing a ref updates that offering. A dry run does the
// same work and rolls back, so its preview counts are exact.
import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@db/client.server";
import { getDb } from "@db/client.server";
import { centreNeighbourhoods, centres, neighbourhoods, offerings } from "@db/schema";
import { recordAudit } from "~/modules/audit/audit.server";
import { slugify } from "~/modules/network/slug";
import type { Actor } from "~/modules/permissions/permissions";
import { listCategories } from "./categories.server";
import { readOfferingsCsv, type CsvError, type CsvOffering } from "./csv-format";
import { applyUpdate, contentOf, insertOffering, loadOffering, type OfferingContent } from "./offerings.server";

export interface ImportOptions {
  networkId: number;
  actor: Pick<Actor, "userId" | "name"> | null;
  createMissing: boolean;
  dryRun: boolean;
  /** Called every `progressEvery` rows with the number of rows written so far. */
  onProgress?: (done: number, total: number) => void;
  progressEvery?: number;
  /** "Today" for new weekly offerings (YYYY-MM-DD); defaults to the current date. */
  today?: string;
}

export interface ImportSummary {
  ok: boolean;
  dryRun: boolean;
  total: number;
  created: number;
  updated: number;
  unchanged: number;
  createdCentres: string[];
  createdNeighbourhoods: string[];
  errors: CsvError[];
}

class Rollback extends Error {}

const key = (name: string) => name.trim().toLocaleLowerCase("de-DE");

/** Reads and imports a CSV file's content. */
export function importOfferingsCsv(input: string | Buffer, options: ImportOptions): ImportSummary {
  const categories = listCategories(options.networkId);
  const active = new Set(categories.filter((c) => !c.retired).map((c) => c.key));
  const parsed = readOfferingsCsv(input, active);
  const empty = { dryRun: options.dryRun, total: parsed.rows.length + countRowsWithErrors(parsed.errors), created: 0, updated: 0, unchanged: 0, createdCentres: [], createdNeighbourhoods: [] };
  if (parsed.errors.length > 0) return { ok: false, ...empty, errors: parsed.errors };
  return importOfferings(parsed.rows, options);
}

function countRowsWithErrors(errors: CsvError[]): number {
  return new Set(errors.filter((e) => e.row > 1).map((e) => e.row)).size;
}

export function importOfferings(rows: CsvOffering[], options: ImportOptions): ImportSummary {
  const summary: ImportSummary = {
    ok: true,
    dryRun: options.dryRun,
    total: rows.length,
    created: 0,
    updated: 0,
    unchanged: 0,
    createdCentres: [],
    createdNeighbourhoods: [],
    errors: [],
  };
  const db = getDb();
  try {
    db.transaction((tx) => {
      const resolved = resolveReferences(tx, rows, options, summary);
      if (summary.errors.length > 0) {
        summary.ok = false;
        throw new Rollback();
      }
      const at = Date.now();
      const today = options.today ?? new Date().toISOString().slice(0, 10);
      const every = options.progressEvery ?? 1000;
      const existingByRef = new Map(
        tx
          .select({ id: offerings.id, ref: offerings.ref })
          .from(offerings)
          .where(eq(offerings.networkId, options.networkId))
          .all()
          .filter((r) => r.ref !== null)
          .map((r) => [r.ref!, r.id]),
      );
      rows.forEach((row, index) => {
        const { centreId, neighbourhoodId, categoryId } = resolved[index]!;
        const existingId = row.ref ? existingByRef.get(row.ref) : undefined;
        if (existingId !== undefined) {
          const current = loadOffering(tx, existingId)!;
          const content = mergeRow(contentOf(current), row, { neighbourhoodId, categoryId });
          if (current.centreId !== centreId) {
            summary.errors.push({ row: row.row, column: "centre", message: `Die Referenz ${row.ref} gehört zu einem anderen Familienzentrum.` });
            return;
          }
          const result = applyUpdate(tx, options.actor, existingId, current.version, content, at, false);
          if (result.ok && result.changed) summary.updated++;
          else summary.unchanged++;
        } else {
          const content = mergeRow(newContent(today), row, { neighbourhoodId, categoryId });
          insertOffering(tx, options.actor, { networkId: options.networkId, centreId, ref: row.ref, at, audit: false }, content);
          summary.created++;
        }
        if (options.onProgress && (index + 1) % every === 0) options.onProgress(index + 1, rows.length);
      });
      if (summary.errors.length > 0) {
        summary.ok = false;
        throw new Rollback();
      }
      options.onProgress?.(rows.length, rows.length);
      recordAudit(
        {
          actor: options.actor,
          networkId: options.networkId,
          entity: "offering-import",
          entityId: at,
          action: "create",
          after: { rows: rows.length, created: summary.created, updated: summary.updated, unchanged: summary.unchanged, createdCentres: summary.createdCentres, createdNeighbourhoods: summary.createdNeighbourhoods },
        },
        tx,
      );
      if (options.dryRun) throw new Rollback();
    });
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
  if (!summary.ok) {
    summary.created = 0;
    summary.updated = 0;
    summary.unchanged = 0;
  }
  return summary;
}

function newContent(today: string): OfferingContent {
  return {
    title: "",
    description: "",
    categoryId: 0,
    ageFromMonths: 0,
    ageToMonths: 0,
    audiences: [],
    neighbourhoodId: null,
    placeName: "",
    placeAddress: "",
    scheduleKind: "appointment",
    weekdays: [],
    startTime: null,
    endTime: null,
    validFrom: today,
    validUntil: null,
    dates: [],
    cancelled: [],
    languages: ["de"],
    costCents: 0,
    costNote: "",
    registrationRequired: false,
    registrationHow: "",
    capacity: null,
    partnerIds: [],
    contactName: "",
    contactEmail: "",
    contactPhone: "",
    status: "published",
    focusAreas: [],
  };
}

/** Applies the CSV's columns to an offering's content; fields the CSV does not carry stay as they are. */
function mergeRow(base: OfferingContent, row: CsvOffering, ids: { neighbourhoodId: number; categoryId: number }): OfferingContent {
  const weekly = row.weekday !== null;
  const keepsWeeklyShape = base.scheduleKind === "weekly" && weekly;
  return {
    ...base,
    title: row.title,
    description: row.description,
    categoryId: ids.categoryId,
    ageFromMonths: row.ageFromMonths,
    ageToMonths: row.ageToMonths,
    neighbourhoodId: ids.neighbourhoodId,
    scheduleKind: weekly ? "weekly" : base.scheduleKind === "dates" ? "dates" : "appointment",
    weekdays: weekly ? (keepsWeeklyShape && base.weekdays.includes(row.weekday!) ? base.weekdays : [row.weekday!]) : [],
    startTime: weekly ? row.start : base.scheduleKind === "dates" ? base.startTime : null,
    endTime: weekly ? row.end : base.scheduleKind === "dates" ? base.endTime : null,
    languages: row.languages.length > 0 ? row.languages : ["de"],
    costCents: row.costCents,
    registrationRequired: row.registrationRequired,
  };
}

interface Resolved {
  centreId: number;
  neighbourhoodId: number;
  categoryId: number;
}

function resolveReferences(tx: DbOrTx, rows: CsvOffering[], options: ImportOptions, summary: ImportSummary): Resolved[] {
  const networkId = options.networkId;
  const centreIds = new Map(tx.select().from(centres).where(eq(centres.networkId, networkId)).all().map((c) => [key(c.name), c.id]));
  const hoodIds = new Map(tx.select().from(neighbourhoods).where(eq(neighbourhoods.networkId, networkId)).all().map((n) => [key(n.name), n.id]));
  const categoryIds = new Map(listCategories(networkId, tx).map((c) => [c.key, c.id]));
  const usedSlugs = {
    centres: new Set(tx.select({ slug: centres.slug }).from(centres).where(eq(centres.networkId, networkId)).all().map((c) => c.slug)),
    hoods: new Set(tx.select({ slug: neighbourhoods.slug }).from(neighbourhoods).where(eq(neighbourhoods.networkId, networkId)).all().map((n) => n.slug)),
  };
  const resolved: Resolved[] = [];
  for (const row of rows) {
    let neighbourhoodId = hoodIds.get(key(row.neighbourhood));
    if (neighbourhoodId === undefined) {
      if (options.createMissing) {
        const slug = uniqueSlug(slugify(row.neighbourhood) || "stadtteil", usedSlugs.hoods);
        neighbourhoodId = tx.insert(neighbourhoods).values({ networkId, name: row.neighbourhood, slug }).returning({ id: neighbourhoods.id }).get().id;
        hoodIds.set(key(row.neighbourhood), neighbourhoodId);
        summary.createdNeighbourhoods.push(row.neighbourhood);
      } else {
        summary.errors.push({ row: row.row, column: "neighbourhood", message: `Unbekannter Stadtteil „${row.neighbourhood}“.` });
      }
    }
    let centreId = centreIds.get(key(row.centre));
    if (centreId === undefined) {
      if (options.createMissing && neighbourhoodId !== undefined) {
        const slug = uniqueSlug(slugify(row.centre.replace(/^Familienzentrum\s+/i, "")) || "zentrum", usedSlugs.centres);
        centreId = tx.insert(centres).values({ networkId, name: row.centre, slug, homeNeighbourhoodId: neighbourhoodId }).returning({ id: centres.id }).get().id;
        tx.insert(centreNeighbourhoods).values({ centreId, neighbourhoodId }).run();
        centreIds.set(key(row.centre), centreId);
        summary.createdCentres.push(row.centre);
      } else if (!options.createMissing) {
        summary.errors.push({ row: row.row, column: "centre", message: `Unbekanntes Familienzentrum „${row.centre}“.` });
      }
    }
    const categoryId = categoryIds.get(row.category);
    if (centreId !== undefined && neighbourhoodId !== undefined && categoryId !== undefined) {
      resolved.push({ centreId, neighbourhoodId, categoryId });
    } else {
      resolved.push({ centreId: 0, neighbourhoodId: 0, categoryId: 0 });
    }
  }
  return resolved;
}

function uniqueSlug(base: string, used: Set<string>): string {
  let slug = base;
  for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
  used.add(slug);
  return slug;
}

/** The offering of this network with a given import ref, if any. */
export function findByRef(networkId: number, ref: string) {
  return getDb().select().from(offerings).where(and(eq(offerings.networkId, networkId), eq(offerings.ref, ref))).get() ?? null;
}
