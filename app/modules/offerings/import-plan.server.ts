// Planning an offering import without writing: resolves centres, neighbourhoods and categories, checks what
// the person may import, and decides per row whether it creates, updates or leaves an offering unchanged.
// A dry run is this plan; the real import writes it (import-writer.server.ts). Planning only reads, so a
// preview never holds the database's write lock.
import { and, asc, eq, inArray, isNotNull, sql } from "drizzle-orm";
import type { DbOrTx } from "@db/client.server";
import { categories, centres, neighbourhoods, offeringCancellations, offeringDates, offeringPartners, offerings } from "@db/schema";
import { diffRecords } from "~/modules/audit/audit.server";
import { csvError, type CsvError, type CsvOffering } from "./csv-format";
import { blankOfferingContent, contentOf, type OfferingContent } from "./offerings.server";

export interface PlanOptions {
  networkId: number;
  createMissing: boolean;
  /** Centres whose rows the person may import; null: every centre (coordinators, admins, the CLI). */
  allowedCentreIds?: ReadonlySet<number> | null;
  /** "Today" for new weekly offerings (YYYY-MM-DD). */
  today: string;
  onProgress?: (done: number, total: number) => void;
  progressEvery?: number;
}

/** A centre or neighbourhood that exists (id > 0) or that the import creates (temporary id < 0). */
export interface NewPlace {
  tempId: number;
  name: string;
}

export interface PlannedCreate {
  row: number;
  ref: string | null;
  centreId: number;
  content: OfferingContent;
}

export interface PlannedUpdate {
  row: number;
  id: number;
  version: number;
  before: OfferingContent;
  after: OfferingContent;
}

export interface ImportPlan {
  networkId: number;
  /** What the plan was based on; the import re-plans when it differs at write time. */
  stamp: string;
  newNeighbourhoods: NewPlace[];
  newCentres: (NewPlace & { homeNeighbourhoodId: number })[];
  creates: PlannedCreate[];
  updates: PlannedUpdate[];
  unchanged: number;
  errors: CsvError[];
}

const keys = new Map<string, string>();
/** Names compare without case and surrounding spaces (memoised: locale-aware lower-casing is not cheap). */
function key(name: string): string {
  let found = keys.get(name);
  if (found === undefined) {
    found = name.trim().toLocaleLowerCase("de-DE");
    if (keys.size > 10_000) keys.clear();
    keys.set(name, found);
  }
  return found;
}

/**
 * A summary of the data an import plan depends on: the network's centres, neighbourhoods and categories,
 * and its offerings (count, highest id, sum of versions — every save raises a version).
 */
export function referenceStamp(db: DbOrTx, networkId: number): string {
  const centreRows = db.select({ id: centres.id, name: centres.name }).from(centres).where(eq(centres.networkId, networkId)).orderBy(asc(centres.id)).all();
  const hoodRows = db.select({ id: neighbourhoods.id, name: neighbourhoods.name }).from(neighbourhoods).where(eq(neighbourhoods.networkId, networkId)).orderBy(asc(neighbourhoods.id)).all();
  const categoryRows = db.select({ id: categories.id, key: categories.key, retired: categories.retired }).from(categories).where(eq(categories.networkId, networkId)).orderBy(asc(categories.id)).all();
  const offeringAggregate = db
    .select({ n: sql<number>`count(*)`, maxId: sql<number>`coalesce(max(${offerings.id}), 0)`, versions: sql<number>`coalesce(sum(${offerings.version}), 0)` })
    .from(offerings)
    .where(eq(offerings.networkId, networkId))
    .get();
  return JSON.stringify([centreRows, hoodRows, categoryRows, offeringAggregate]);
}

export function newContent(today: string): OfferingContent {
  return blankOfferingContent({ validFrom: today });
}

/** Applies the CSV's columns to an offering's content; fields the CSV does not carry stay as they are. */
export function mergeRow(base: OfferingContent, row: CsvOffering, ids: { neighbourhoodId: number; categoryId: number }): OfferingContent {
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

interface Existing {
  id: number;
  centreId: number;
  version: number;
  content: OfferingContent;
}

const chunkSize = 500;
/** From this many wanted offerings on, one query over the whole network beats queries by id. */
const wholeNetworkFrom = 2000;

function group<T extends { offeringId: number }, V>(rows: T[], value: (row: T) => V): Map<number, V[]> {
  const map = new Map<number, V[]>();
  for (const row of rows) {
    const list = map.get(row.offeringId);
    if (list) list.push(value(row));
    else map.set(row.offeringId, [value(row)]);
  }
  return map;
}

/** The current content of these offerings of the network, with their dates, cancellations and partners. */
function loadExisting(db: DbOrTx, networkId: number, ids: number[]): Map<number, Existing> {
  const found = new Map<number, Existing>();
  const wanted = new Set(ids);
  const read = (chunk: number[] | null) => {
    // A chunk of ids, or (for many) all offerings of the network.
    const scope = chunk ?? networkOfferingIds(db, networkId);
    const datesOf = inArray(offeringDates.offeringId, scope);
    const cancelledOf = inArray(offeringCancellations.offeringId, scope);
    const partnersOf = inArray(offeringPartners.offeringId, scope);
    const dates = group(db.select().from(offeringDates).where(datesOf).all(), (d) => ({ date: d.date, startTime: d.startTime, endTime: d.endTime }));
    const cancelled = group(db.select().from(offeringCancellations).where(cancelledOf).all(), (c) => c.date);
    const partnerIds = group(db.select().from(offeringPartners).where(partnersOf).all(), (p) => p.partnerId);
    const rows = db.select().from(offerings).where(chunk ? inArray(offerings.id, chunk) : eq(offerings.networkId, networkId)).all();
    for (const row of rows) {
      if (!wanted.has(row.id)) continue;
      const content = contentOf(Object.assign(row, { dates: dates.get(row.id) ?? [], cancelled: cancelled.get(row.id) ?? [], partnerIds: partnerIds.get(row.id) ?? [] }));
      found.set(row.id, { id: row.id, centreId: row.centreId, version: row.version, content });
    }
  };
  if (ids.length >= wholeNetworkFrom) read(null);
  else for (let start = 0; start < ids.length; start += chunkSize) read(ids.slice(start, start + chunkSize));
  return found;
}

function networkOfferingIds(db: DbOrTx, networkId: number) {
  return db.select({ id: offerings.id }).from(offerings).where(eq(offerings.networkId, networkId));
}

/**
 * Does `merged` (mergeRow's result for `base`) equal `base`? mergeRow copies `base` and replaces the CSV's
 * fields, so untouched fields are the very same values; only replaced ones need a look.
 */
function unchangedBy(base: OfferingContent, merged: OfferingContent): boolean {
  for (const key of Object.keys(merged) as (keyof OfferingContent)[]) {
    const before = base[key];
    const after = merged[key];
    if (before === after) continue;
    if (Array.isArray(before) && Array.isArray(after) && JSON.stringify(before) === JSON.stringify(after)) continue;
    return false;
  }
  return true;
}

/** Decides what importing `rows` would do. Reads only. */
export function planImport(db: DbOrTx, rows: CsvOffering[], options: PlanOptions): ImportPlan {
  const { networkId } = options;
  const stamp = referenceStamp(db, networkId);
  const plan: ImportPlan = { networkId, stamp, newNeighbourhoods: [], newCentres: [], creates: [], updates: [], unchanged: 0, errors: [] };
  const centreIds = new Map(db.select().from(centres).where(eq(centres.networkId, networkId)).all().map((c) => [key(c.name), c.id]));
  const hoodIds = new Map(db.select().from(neighbourhoods).where(eq(neighbourhoods.networkId, networkId)).all().map((n) => [key(n.name), n.id]));
  const categoryIds = new Map(db.select().from(categories).where(eq(categories.networkId, networkId)).all().map((c) => [c.key, c.id]));
  const refIds = new Map(
    db
      .select({ id: offerings.id, ref: offerings.ref })
      .from(offerings)
      .where(and(eq(offerings.networkId, networkId), isNotNull(offerings.ref)))
      .all()
      .map((r) => [r.ref!, r.id]),
  );
  const wanted = rows.flatMap((row) => (row.ref && refIds.has(row.ref) ? [refIds.get(row.ref)!] : []));
  const existing = loadExisting(db, networkId, wanted);
  const allowed = options.allowedCentreIds ?? null;
  const every = options.progressEvery ?? 1000;
  let nextTempId = -1;

  rows.forEach((row, index) => {
    const errorsBefore = plan.errors.length;
    const fail = (error: CsvError) => plan.errors.push(error);

    let neighbourhoodId = hoodIds.get(key(row.neighbourhood));
    if (neighbourhoodId === undefined) {
      if (options.createMissing) {
        neighbourhoodId = nextTempId--;
        hoodIds.set(key(row.neighbourhood), neighbourhoodId);
        plan.newNeighbourhoods.push({ tempId: neighbourhoodId, name: row.neighbourhood });
      } else {
        fail(csvError(row.row, "neighbourhood", "import.error.neighbourhoodUnknown", { value: row.neighbourhood }));
      }
    }
    let centreId = centreIds.get(key(row.centre));
    if (centreId === undefined) {
      if (options.createMissing && neighbourhoodId !== undefined) {
        centreId = nextTempId--;
        centreIds.set(key(row.centre), centreId);
        plan.newCentres.push({ tempId: centreId, name: row.centre, homeNeighbourhoodId: neighbourhoodId });
      } else if (!options.createMissing) {
        fail(csvError(row.row, "centre", "import.error.centreUnknown", { value: row.centre }));
      }
    } else if (allowed && !allowed.has(centreId)) {
      fail(csvError(row.row, "centre", "import.error.notYourCentre"));
    }
    // The CSV reader has checked the category against the network's active categories.
    const categoryId = categoryIds.get(row.category);
    if (categoryId === undefined) fail(csvError(row.row, "category", "import.error.categoryUnknown", { value: row.category }));

    const existingId = row.ref ? refIds.get(row.ref) : undefined;
    const current = existingId === undefined ? undefined : existing.get(existingId);
    if (current && centreId !== undefined && current.centreId !== centreId) {
      fail(csvError(row.row, "centre", "import.error.refOtherCentre", { ref: row.ref! }));
    }
    if (plan.errors.length === errorsBefore && centreId !== undefined && neighbourhoodId !== undefined && categoryId !== undefined) {
      const ids = { neighbourhoodId, categoryId };
      if (current) {
        const merged = mergeRow(current.content, row, ids);
        const after = unchangedBy(current.content, merged) ? null : contentOf(merged);
        const changes = after ? diffRecords(current.content as unknown as Record<string, unknown>, after as unknown as Record<string, unknown>) : {};
        if (!after || Object.keys(changes).length === 0) plan.unchanged++;
        else plan.updates.push({ row: row.row, id: current.id, version: current.version, before: current.content, after });
      } else {
        plan.creates.push({ row: row.row, ref: row.ref, centreId, content: contentOf(mergeRow(newContent(options.today), row, ids)) });
      }
    }
    if (options.onProgress && (index + 1) % every === 0) options.onProgress(index + 1, rows.length);
  });
  options.onProgress?.(rows.length, rows.length);
  return plan;
}
