// Web imports as jobs. The uploaded file waits under UPLOADS_PATH/imports, named by the job's random id;
// the job row binds it to the person and the network. The preview (a dry run) and the import run directly
// for small files and in a worker thread for large ones (import-worker.server.ts, with its own database
// connection), so that the server keeps answering. Progress goes into the job row while the worker only
// reads; while it holds the write lock of the import's single transaction, it reaches the pages through
// the worker's messages. The import's result is written in the same transaction as the offerings.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { and, desc, eq, inArray, lt } from "drizzle-orm";
import { getDb } from "@db/client.server";
import { importJobs } from "@db/schema";
import { uploadsDir } from "~/modules/uploads/uploads.server";
import type { CsvError } from "./csv-format";
import { afterImport } from "~/modules/overlaps/hooks.server";
import { importOfferingsCsv, type ImportStep, type ImportSummary } from "./import.server";
import { nowMs } from "~/modules/time/clock";

export type ImportJob = typeof importJobs.$inferSelect;

/** Largest CSV file the web import accepts. */
export const maxImportBytes = 20 * 1024 * 1024;
/** A preview can be confirmed for this long. */
export const previewLifetimeMs = 60 * 60 * 1000;
/** A running job whose row has not changed for this long and that no worker of this process runs was cut off. */
const interruptedAfterMs = 60 * 1000;
/** Finished jobs are kept this long (their pages show the result). */
const keepFinishedMs = 30 * 24 * 60 * 60 * 1000;
/** At most this many errors are kept with a job; the counts cover all. */
export const storedErrorLimit = 1000;

/** From this many rows on, the preview and the import run in a worker thread (IMPORT_JOB_THRESHOLD overrides). */
export function workerThreshold(): number {
  const configured = Number(process.env.IMPORT_JOB_THRESHOLD);
  return Number.isInteger(configured) && configured > 0 ? configured : 2000;
}

export interface StoredSummary extends Omit<ImportSummary, "errors"> {
  errors: CsvError[];
  errorCount: number;
  errorRows: number;
}

export function storedSummary(summary: ImportSummary): StoredSummary {
  return {
    ...summary,
    errors: summary.errors.slice(0, storedErrorLimit),
    errorCount: summary.errors.length,
    errorRows: new Set(summary.errors.map((e) => e.row)).size,
  };
}

export interface JobTask {
  kind: "preview" | "import";
  jobId: string;
  networkId: number;
  actor: { userId: number; name: string };
  /** Centres the person may import rows for; null: all. */
  allowedCentreIds: number[] | null;
  createMissing: boolean;
}

const idPattern = /^[a-f0-9]{32}$/;

export function importsDir(): string {
  return path.join(uploadsDir(), "imports");
}

function fileOf(jobId: string): string {
  if (!idPattern.test(jobId)) throw new Error("Invalid import job id");
  return path.join(importsDir(), `${jobId}.csv`);
}

function removeFile(jobId: string) {
  fs.rmSync(fileOf(jobId), { force: true });
}

/** Rows of a CSV file, counted by line breaks (quoted line breaks count too: it only picks the way to run). */
export function estimateRows(bytes: Uint8Array): number {
  let lines = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0x0a) lines++;
  if (bytes.length > 0 && bytes[bytes.length - 1] !== 0x0a) lines++;
  return Math.max(0, lines - 1);
}

// Jobs this process runs in a worker, with their latest progress. On globalThis, so that a module reload in
// development keeps them.
interface Live {
  processed: number;
  total: number;
}
const registry = ((globalThis as { __familiennetzImportJobs?: Map<string, Live> }).__familiennetzImportJobs ??= new Map());

export function liveProgress(jobId: string): Live | null {
  return registry.get(jobId) ?? null;
}

/** Stores the file and records a job for it, waiting to be checked. */
export function createJob(input: { networkId: number; userId: number; fileName: string; bytes: Uint8Array; createMissing: boolean }): ImportJob {
  sweep();
  const id = crypto.randomBytes(16).toString("hex");
  fs.mkdirSync(importsDir(), { recursive: true, mode: 0o700 });
  fs.writeFileSync(fileOf(id), input.bytes, { flag: "wx", mode: 0o600 });
  const now = nowMs();
  return getDb()
    .insert(importJobs)
    .values({
      id,
      networkId: input.networkId,
      userId: input.userId,
      fileName: input.fileName,
      fileSize: input.bytes.byteLength,
      createMissing: input.createMissing,
      status: "checking",
      total: estimateRows(input.bytes),
      updatedAt: now,
    })
    .returning()
    .get();
}

/** The job, if it is this person's in this network (anything else is as if it did not exist). */
export function findJob(jobId: string | undefined, networkId: number, userId: number): ImportJob | null {
  if (!jobId || !idPattern.test(jobId)) return null;
  const job = getDb()
    .select()
    .from(importJobs)
    .where(and(eq(importJobs.id, jobId), eq(importJobs.networkId, networkId), eq(importJobs.userId, userId)))
    .get();
  return job ? settle(job) : null;
}

/** The person's latest imports in this network, newest first. */
export function recentJobs(networkId: number, userId: number, limit = 5) {
  return getDb()
    .select({ id: importJobs.id, fileName: importJobs.fileName, status: importJobs.status, createdAt: importJobs.createdAt })
    .from(importJobs)
    .where(and(eq(importJobs.networkId, networkId), eq(importJobs.userId, userId)))
    .orderBy(desc(importJobs.createdAt))
    .limit(limit)
    .all();
}

/** Marks a preview that waited too long as expired and a job cut off by a restart as failed. */
function settle(job: ImportJob, now = nowMs()): ImportJob {
  if (job.status === "checked" && now - job.updatedAt > previewLifetimeMs) {
    removeFile(job.id);
    return update(job.id, { status: "expired" });
  }
  if ((job.status === "checking" || job.status === "importing") && !registry.has(job.id) && now - job.updatedAt > interruptedAfterMs) {
    removeFile(job.id);
    return update(job.id, { status: "failed", error: "interrupted" });
  }
  return job;
}

function update(jobId: string, values: Partial<Omit<ImportJob, "id">>): ImportJob {
  return getDb()
    .update(importJobs)
    .set({ ...values, updatedAt: nowMs() })
    .where(eq(importJobs.id, jobId))
    .returning()
    .get()!;
}

/** Expires old previews, removes old finished jobs and files no job waits for. */
export function sweep(now = nowMs()) {
  const db = getDb();
  const stale = db
    .select()
    .from(importJobs)
    .where(and(inArray(importJobs.status, ["checked", "checking", "importing"]), lt(importJobs.updatedAt, now - previewLifetimeMs)))
    .all();
  for (const job of stale) settle(job, now);
  db.delete(importJobs).where(lt(importJobs.updatedAt, now - keepFinishedMs)).run();
  if (!fs.existsSync(importsDir())) return;
  const waiting = new Set(
    db
      .select({ id: importJobs.id })
      .from(importJobs)
      .where(inArray(importJobs.status, ["checking", "checked", "importing"]))
      .all()
      .map((j) => `${j.id}.csv`),
  );
  for (const name of fs.readdirSync(importsDir())) {
    if (waiting.has(name)) continue;
    const file = path.join(importsDir(), name);
    if (now - fs.statSync(file).mtimeMs > interruptedAfterMs) fs.rmSync(file, { force: true });
  }
}

export function cancelJob(job: ImportJob): void {
  if (job.status !== "checked" && job.status !== "checking") return;
  removeFile(job.id);
  update(job.id, { status: "cancelled" });
}

/** Confirms a checked, error-free preview: the job waits to be imported. */
export function markImporting(job: ImportJob): ImportJob | null {
  const preview = job.preview as StoredSummary | null;
  if (job.status !== "checked" || !preview?.ok || !fs.existsSync(fileOf(job.id))) return null;
  const changed = getDb()
    .update(importJobs)
    .set({ status: "importing", processed: 0, total: preview.total * 2, updatedAt: nowMs() })
    .where(and(eq(importJobs.id, job.id), eq(importJobs.status, "checked")))
    .returning()
    .get();
  return changed ?? null;
}

export type ProgressSink = (processed: number, total: number) => void;

/**
 * Runs a job's preview or import to its end and records the outcome in the job row. `progress` hears
 * about rows done: the preview counts each row once, the import twice (checked, then written).
 */
export function runJob(task: JobTask, progress?: ProgressSink): void {
  const { jobId } = task;
  try {
    const bytes = fs.readFileSync(fileOf(jobId));
    let rows = 0;
    const onProgress = (done: number, total: number, step: ImportStep) => {
      rows = total;
      const processed = task.kind === "import" && step === "writing" ? total + done : done;
      progress?.(processed, task.kind === "import" ? total * 2 : total);
    };
    const options = {
      networkId: task.networkId,
      actor: task.actor,
      createMissing: task.createMissing,
      allowedCentreIds: task.allowedCentreIds ? new Set(task.allowedCentreIds) : null,
      onProgress,
      progressEvery: 500,
    };
    if (task.kind === "preview") {
      const summary = importOfferingsCsv(bytes, { ...options, dryRun: true });
      if (!summary.ok) removeFile(jobId);
      update(jobId, { status: "checked", preview: storedSummary(summary) as unknown as Record<string, unknown>, processed: summary.total, total: summary.total });
      return;
    }
    const summary = importOfferingsCsv(bytes, {
      ...options,
      dryRun: false,
      // The job's result is committed with the offerings, or not at all.
      beforeCommit: (tx, done) =>
        tx
          .update(importJobs)
          .set({ status: "imported", result: storedSummary(done) as unknown as Record<string, unknown>, processed: rows * 2, total: rows * 2, updatedAt: nowMs() })
          .where(eq(importJobs.id, jobId))
          .run(),
    });
    removeFile(jobId);
    if (!summary.ok) update(jobId, { status: "failed", error: "changed", result: storedSummary(summary) as unknown as Record<string, unknown> });
    else if (summary.created + summary.updated > 0) afterImport(task.networkId);
  } catch (error) {
    console.error(`Import job ${jobId} failed:`, error);
    removeFile(jobId);
    update(jobId, { status: "failed", error: "unexpected" });
  }
}

/** Writes progress into the job row (only while the job does not hold the write lock). */
export function recordProgress(jobId: string, processed: number, total: number) {
  getDb().update(importJobs).set({ processed, total, updatedAt: nowMs() }).where(eq(importJobs.id, jobId)).run();
}

function workerEntry(): string {
  const here = path.join(path.dirname(fileURLToPath(import.meta.url)), "import-worker.server.ts");
  // In the production bundle import.meta.url points into the build directory; the sources stay next to it.
  return fs.existsSync(here) ? here : path.resolve("app/modules/offerings/import-worker.server.ts");
}

/** Runs the task: directly when the file is small, otherwise in a worker thread (returns at once). */
export function startJob(task: JobTask, rows: number): void {
  if (rows < workerThreshold()) {
    runJob(task);
    return;
  }
  registry.set(task.jobId, { processed: 0, total: task.kind === "import" ? rows * 2 : rows });
  // The worker runs the TypeScript sources: it registers tsx itself (hooks from the parent's --import do
  // not reach a worker's entry module on Node 20).
  const bootstrap = `import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(pathToFileURL(workerEntry()).href)}); })`;
  const worker = new Worker(bootstrap, { eval: true, workerData: task });
  worker.on("message", (message: { processed: number; total: number }) => registry.set(task.jobId, message));
  worker.on("error", (error) => console.error(`Import worker ${task.jobId}:`, error));
  worker.on("exit", () => {
    registry.delete(task.jobId);
    const job = getDb().select().from(importJobs).where(eq(importJobs.id, task.jobId)).get();
    if (job && (job.status === "checking" || job.status === "importing")) {
      removeFile(task.jobId);
      update(task.jobId, { status: "failed", error: "unexpected" });
    }
  });
}

/** Resolves when no worker of this process runs any of these jobs (for tests and shutdown). */
export async function settled(jobIds: string[], timeoutMs = 60_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (jobIds.some((id) => registry.has(id))) {
    if (performance.now() > deadline) throw new Error("Import jobs did not finish in time");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
