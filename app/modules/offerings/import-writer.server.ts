// Writing an import plan inside the caller's transaction, fast: statements are prepared once, not per row.
// Every offering gets what insertOffering/applyUpdate (offerings.server.ts) give it — the row, its dates,
// cancellations and partners, and a version with a snapshot and the changed fields. For large batches the
// full-text index is filled in one statement at the end instead of by its per-row triggers, which are
// dropped and recreated unchanged inside the same transaction (a rollback restores them too).
import type Database from "better-sqlite3";
import { eq, getTableColumns, getTableName, type Table } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import type { DbOrTx } from "@db/client.server";
import { centreNeighbourhoods, centres, neighbourhoods, offeringCancellations, offeringDates, offeringPartners, offerings, offeringVersions } from "@db/schema";
import { diffRecords } from "~/modules/audit/audit.server";
import { slugify } from "~/modules/network/slug";
import type { Actor } from "~/modules/permissions/permissions";
import type { ImportPlan } from "./import-plan.server";
import type { OfferingContent } from "./offerings.server";

export interface WriteOptions {
  actor: Pick<Actor, "userId" | "name"> | null;
  at: number;
  onProgress?: (done: number, total: number) => void;
  progressEvery?: number;
  /** From this many written offerings on, the search index is filled in bulk (see above). */
  bulkIndexFrom?: number;
}

export interface WriteResult {
  created: number;
  updated: number;
  createdCentres: string[];
  createdNeighbourhoods: string[];
}

/** Thrown when an offering changed between planning and writing; the caller re-plans. */
export class PlanOutdated extends Error {}

const relationKeys = new Set<keyof OfferingContent>(["dates", "cancelled", "partnerIds"]);
const ftsTriggers = ["offerings_fts_insert", "offerings_fts_update"];

type Columns = Record<string, SQLiteColumn>;

function columnsOf(table: Table, keys: string[]): SQLiteColumn[] {
  const all = getTableColumns(table) as Columns;
  return keys.map((k) => {
    const column = all[k];
    if (!column) throw new Error(`No column ${k} in ${getTableName(table)}`);
    return column;
  });
}

type Encoder = (value: unknown) => unknown;

/** Encodes a value for the driver as drizzle does (JSON as text, booleans as 0/1); the common types inline. */
function encoderOf(column: SQLiteColumn): Encoder {
  switch (column.columnType) {
    case "SQLiteTextJson":
      return (v) => (v === null || v === undefined ? null : JSON.stringify(v));
    case "SQLiteBoolean":
      return (v) => (v === null || v === undefined ? null : v ? 1 : 0);
    case "SQLiteInteger":
    case "SQLiteText":
    case "SQLiteReal":
      return (v) => (v === undefined ? null : v);
    default:
      return (v) => (v === null || v === undefined ? null : column.mapToDriverValue(v));
  }
}

/**
 * A prepared statement over `keys` (property names of the drizzle table) with the placeholders of `sql`;
 * `encode` turns one or more source objects (looked up in order) into the statement's parameters.
 */
function encoders(table: Table, keys: string[]) {
  const columns = columnsOf(table, keys);
  const encode = columns.map(encoderOf);
  return {
    columns,
    params(source: Record<string, unknown>, extra: unknown[] = []): unknown[] {
      const params = new Array<unknown>(keys.length + extra.length);
      for (let i = 0; i < keys.length; i++) params[i] = encode[i]!(source[keys[i]!]);
      for (let i = 0; i < extra.length; i++) params[keys.length + i] = extra[i];
      return params;
    },
  };
}

/** A prepared INSERT of `keys`, called with one object holding them. */
function inserter(client: Database.Database, table: Table, keys: string[]) {
  const { columns, params } = encoders(table, keys);
  const statement = client.prepare(
    `insert into "${getTableName(table)}" (${columns.map((c) => `"${c.name}"`).join(", ")}) values (${columns.map(() => "?").join(", ")})`,
  );
  return (values: Record<string, unknown>) => statement.run(params(values));
}

function uniqueSlug(base: string, used: Set<string>): string {
  let slug = base;
  for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
  used.add(slug);
  return slug;
}

/** Creates the plan's new neighbourhoods and centres; returns the real id for each temporary id. */
function createPlaces(tx: DbOrTx, plan: ImportPlan): Map<number, number> {
  const ids = new Map<number, number>();
  const networkId = plan.networkId;
  const hoodSlugs = new Set(tx.select({ slug: neighbourhoods.slug }).from(neighbourhoods).where(eq(neighbourhoods.networkId, networkId)).all().map((n) => n.slug));
  const centreSlugs = new Set(tx.select({ slug: centres.slug }).from(centres).where(eq(centres.networkId, networkId)).all().map((c) => c.slug));
  for (const hood of plan.newNeighbourhoods) {
    const slug = uniqueSlug(slugify(hood.name) || "stadtteil", hoodSlugs);
    ids.set(hood.tempId, tx.insert(neighbourhoods).values({ networkId, name: hood.name, slug }).returning({ id: neighbourhoods.id }).get().id);
  }
  for (const centre of plan.newCentres) {
    const homeNeighbourhoodId = real(ids, centre.homeNeighbourhoodId);
    const slug = uniqueSlug(slugify(centre.name.replace(/^Familienzentrum\s+/i, "")) || "zentrum", centreSlugs);
    const id = tx.insert(centres).values({ networkId, name: centre.name, slug, homeNeighbourhoodId }).returning({ id: centres.id }).get().id;
    tx.insert(centreNeighbourhoods).values({ centreId: id, neighbourhoodId: homeNeighbourhoodId }).run();
    ids.set(centre.tempId, id);
  }
  return ids;
}

function real(ids: Map<number, number>, id: number): number {
  if (id > 0) return id;
  const found = ids.get(id);
  if (found === undefined) throw new Error(`Unresolved temporary id ${id}`);
  return found;
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Writes the plan. Must run inside a transaction on `client`'s connection, which `tx` belongs to. */
export function writePlan(tx: DbOrTx, client: Database.Database, plan: ImportPlan, options: WriteOptions): WriteResult {
  const placeIds = createPlaces(tx, plan);
  const total = plan.creates.length + plan.updates.length;
  const result: WriteResult = {
    created: 0,
    updated: 0,
    createdCentres: plan.newCentres.map((c) => c.name),
    createdNeighbourhoods: plan.newNeighbourhoods.map((n) => n.name),
  };
  if (total === 0) return result;
  const sample = plan.creates[0]?.content ?? plan.updates[0]!.after;
  const contentKeys = Object.keys(sample).filter((k) => !relationKeys.has(k as keyof OfferingContent));
  const metaKeys = ["networkId", "centreId", "ref", "version", "createdAt", "updatedAt", "updatedBy", "verifiedAt", "verifiedBy"];
  // The content's columns, then the others as positional values.
  const offeringContent = encoders(offerings, contentKeys);
  const offeringMeta = columnsOf(offerings, metaKeys);
  const insertOfferingStatement = client.prepare(
    `insert into "offerings" (${[...offeringContent.columns, ...offeringMeta].map((c) => `"${c.name}"`).join(", ")}) values (${[...contentKeys, ...metaKeys].map(() => "?").join(", ")})`,
  );
  const insertVersion = inserter(client, offeringVersions, ["offeringId", "version", "at", "actorId", "actorName", "snapshot", "changes"]);
  const insertDate = inserter(client, offeringDates, ["offeringId", "date", "startTime", "endTime"]);
  const insertCancellation = inserter(client, offeringCancellations, ["offeringId", "date"]);
  const insertPartner = inserter(client, offeringPartners, ["offeringId", "partnerId"]);
  const updateStatement = client.prepare(
    `update "offerings" set ${[...offeringContent.columns, ...columnsOf(offerings, ["version", "updatedAt", "updatedBy"])].map((c) => `"${c.name}" = ?`).join(", ")} where "id" = ? and "version" = ?`,
  );
  const deleteRelations = ["offering_dates", "offering_cancellations", "offering_partners"].map((t) => client.prepare(`delete from "${t}" where "offering_id" = ?`));

  const { actor, at } = options;
  const actorId = actor?.userId ?? null;
  const actorName = actor?.name ?? "System";
  const every = options.progressEvery ?? 1000;
  const resolve = (content: OfferingContent): OfferingContent =>
    content.neighbourhoodId !== null && content.neighbourhoodId < 0 ? { ...content, neighbourhoodId: real(placeIds, content.neighbourhoodId) } : content;
  const writeRelations = (offeringId: number, content: OfferingContent) => {
    for (const d of content.dates) insertDate({ offeringId, ...d });
    for (const date of content.cancelled) insertCancellation({ offeringId, date });
    for (const partnerId of content.partnerIds) insertPartner({ offeringId, partnerId });
  };

  const suspended = total >= (options.bulkIndexFrom ?? 500) ? suspendTriggers(client) : null;
  const created: number[] = [];
  const reindexed: number[] = [];
  let done = 0;
  const tick = () => {
    done++;
    if (options.onProgress && done % every === 0) options.onProgress(done, total);
  };

  for (const create of plan.creates) {
    const content = resolve(create.content);
    const meta = [plan.networkId, real(placeIds, create.centreId), create.ref, 1, at, at, actorId, at, actorId];
    const id = Number(insertOfferingStatement.run(offeringContent.params(content as unknown as Record<string, unknown>, meta)).lastInsertRowid);
    writeRelations(id, content);
    insertVersion({ offeringId: id, version: 1, at, actorId, actorName, snapshot: content, changes: {} });
    created.push(id);
    tick();
  }
  for (const update of plan.updates) {
    const after = resolve(update.after);
    const version = update.version + 1;
    const changed = updateStatement.run(offeringContent.params(after as unknown as Record<string, unknown>, [version, at, actorId, update.id, update.version]));
    if (changed.changes !== 1) throw new PlanOutdated();
    if (!sameJson(update.before.dates, after.dates) || !sameJson(update.before.cancelled, after.cancelled) || !sameJson(update.before.partnerIds, after.partnerIds)) {
      for (const statement of deleteRelations) statement.run(update.id);
      writeRelations(update.id, after);
    }
    const changes = diffRecords(update.before as unknown as Record<string, unknown>, after as unknown as Record<string, unknown>);
    insertVersion({ offeringId: update.id, version, at, actorId, actorName, snapshot: after, changes });
    if (update.before.title !== after.title || update.before.description !== after.description) reindexed.push(update.id);
    tick();
  }
  if (suspended) {
    const ids = JSON.stringify(reindexed);
    client.prepare(`delete from "offerings_fts" where rowid in (select value from json_each(?))`).run(ids);
    client
      .prepare(`insert into "offerings_fts" (rowid, title, description) select id, title, description from "offerings" where id in (select value from json_each(?))`)
      .run(JSON.stringify([...created, ...reindexed]));
    for (const sql of suspended) client.exec(sql);
  }
  options.onProgress?.(total, total);
  result.created = plan.creates.length;
  result.updated = plan.updates.length;
  return result;
}

/** Drops the search index triggers on offerings and returns their SQL, or null when they are not as expected. */
function suspendTriggers(client: Database.Database): string[] | null {
  const rows = client
    .prepare(`select name, sql from sqlite_master where type = 'trigger' and tbl_name = 'offerings' and name in (${ftsTriggers.map(() => "?").join(", ")})`)
    .all(...ftsTriggers) as { name: string; sql: string }[];
  if (rows.length !== ftsTriggers.length) return null;
  for (const row of rows) client.exec(`drop trigger "${row.name}"`);
  return rows.map((r) => r.sql);
}
