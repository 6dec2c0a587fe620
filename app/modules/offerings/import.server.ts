// Offering import: validate a CSV, plan (resolve centres, neighbourhoods and categories; decide per row),
// then write all rows in one transaction (all or nothing). Re-importing a ref updates that offering.
// A dry run is the plan alone: it writes nothing and its counts are exactly what the import would do.
// The plan is made before the write lock is taken; if the network's data changed meanwhile, the import
// plans again inside the transaction, so the result is always consistent.
import { and, eq } from "drizzle-orm";
import type { Tx } from "@db/client.server";
import { getDb } from "@db/client.server";
import { offerings } from "@db/schema";
import { recordAudit } from "~/modules/audit/audit.server";
import type { Actor } from "~/modules/permissions/permissions";
import { listCategories } from "./categories.server";
import { readOfferingsCsv, type CsvError, type CsvOffering } from "./csv-format";
import { planImport, referenceStamp, type ImportPlan, type PlanOptions } from "./import-plan.server";
import { PlanOutdated, writePlan } from "./import-writer.server";
import { nowMs } from "~/modules/time/clock";
import { berlinToday } from "~/modules/time/dates";

export type ImportStep = "checking" | "writing";

export interface ImportOptions {
  networkId: number;
  actor: Pick<Actor, "userId" | "name"> | null;
  createMissing: boolean;
  dryRun: boolean;
  /** Centres whose rows may be imported; rows of other centres are errors. null or absent: all centres. */
  allowedCentreIds?: ReadonlySet<number> | null;
  /** Called every `progressEvery` rows of a step with the rows done so far. */
  onProgress?: (done: number, total: number, step: ImportStep) => void;
  progressEvery?: number;
  /** "Today" for new weekly offerings (YYYY-MM-DD); defaults to the current date. */
  today?: string;
  /** Runs inside the import's transaction, after the offerings are written (e.g. to record a job's result with it). */
  beforeCommit?: (tx: Tx, summary: ImportSummary) => void;
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

/** Reads and imports a CSV file's content. */
export function importOfferingsCsv(input: string | Buffer, options: ImportOptions): ImportSummary {
  const parsed = parseOfferingsCsv(input, options.networkId);
  if (parsed.errors.length > 0) return failed(options.dryRun, parsed.rows.length + countRowsWithErrors(parsed.errors), parsed.errors);
  return importOfferings(parsed.rows, options);
}

/** Validates a CSV file against the network's active categories. */
export function parseOfferingsCsv(input: string | Buffer, networkId: number) {
  const active = new Set(listCategories(networkId).filter((c) => !c.retired).map((c) => c.key));
  return readOfferingsCsv(input, active);
}

function countRowsWithErrors(errors: CsvError[]): number {
  return new Set(errors.filter((e) => e.row > 1).map((e) => e.row)).size;
}

function failed(dryRun: boolean, total: number, errors: CsvError[]): ImportSummary {
  return { ok: false, dryRun, total, created: 0, updated: 0, unchanged: 0, createdCentres: [], createdNeighbourhoods: [], errors };
}

function summaryOf(plan: ImportPlan, total: number, dryRun: boolean): ImportSummary {
  if (plan.errors.length > 0) return failed(dryRun, total, plan.errors);
  return {
    ok: true,
    dryRun,
    total,
    created: plan.creates.length,
    updated: plan.updates.length,
    unchanged: plan.unchanged,
    createdCentres: plan.newCentres.map((c) => c.name),
    createdNeighbourhoods: plan.newNeighbourhoods.map((n) => n.name),
    errors: [],
  };
}

export function importOfferings(rows: CsvOffering[], options: ImportOptions): ImportSummary {
  const db = getDb();
  const planOptions: PlanOptions = {
    networkId: options.networkId,
    createMissing: options.createMissing,
    allowedCentreIds: options.allowedCentreIds ?? null,
    today: options.today ?? berlinToday(),
    progressEvery: options.progressEvery,
    onProgress: options.onProgress && ((done, total) => options.onProgress!(done, total, "checking")),
  };
  let plan: ImportPlan | null = planImport(db, rows, planOptions);
  if (plan.errors.length > 0 || options.dryRun) return summaryOf(plan, rows.length, options.dryRun);

  for (let attempt = 1; ; attempt++) {
    const out: { summary?: ImportSummary } = {};
    try {
      db.transaction(
        (tx) => {
          // Plan again under the write lock if anything the plan relied on changed since.
          if (!plan || referenceStamp(tx, options.networkId) !== plan.stamp) plan = planImport(tx, rows, { ...planOptions, onProgress: undefined });
          const summary = summaryOf(plan, rows.length, false);
          out.summary = summary;
          if (!summary.ok) throw new Rollback();
          const at = nowMs();
          writePlan(tx, db.$client, plan, {
            actor: options.actor,
            at,
            progressEvery: options.progressEvery,
            onProgress: options.onProgress && ((done, total) => options.onProgress!(done, total, "writing")),
          });
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
          options.beforeCommit?.(tx, summary);
        },
        { behavior: "immediate" },
      );
      return out.summary!;
    } catch (error) {
      if (error instanceof Rollback) return out.summary!;
      if (error instanceof PlanOutdated && attempt < 2) {
        plan = null;
        continue;
      }
      throw error;
    }
  }
}

/** The offering of this network with a given import ref, if any. */
export function findByRef(networkId: number, ref: string) {
  return getDb().select().from(offerings).where(and(eq(offerings.networkId, networkId), eq(offerings.ref, ref))).get() ?? null;
}
