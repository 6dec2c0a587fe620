// The web import's steps for the routes n.$network.offerings.import*: who may import what, the upload,
// the preview and confirmation, and what the pages show.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { forbidden, requirePermission } from "~/modules/accounts/actor.server";
import type { MessageKey } from "~/modules/i18n/translate";
import { requireNetwork, type Network } from "~/modules/network/networks.server";
import { listCentres } from "~/modules/network/structure.server";
import { can, type Actor } from "~/modules/permissions/permissions";
import { chosenFile, readForm } from "~/modules/uploads/uploads.server";
import {
  cancelJob,
  createJob,
  liveProgress,
  markImporting,
  maxImportBytes,
  startJob,
  type ImportJob,
  type JobTask,
  type StoredSummary,
} from "./import-jobs.server";

export interface ImportRights {
  /** Centres whose rows the person may import; null: all (coordinators, admins). */
  allowedCentreIds: number[] | null;
  /** Only those who may edit every centre's offerings may have missing centres and neighbourhoods created. */
  mayCreateMissing: boolean;
  centreNames: string[];
}

/** What the actor may import in this network, or null when nothing ("edit:offering" on no centre). */
export function importRights(actor: Actor, networkId: number): ImportRights | null {
  if (can(actor, "edit:offering", { networkId })) return { allowedCentreIds: null, mayCreateMissing: true, centreNames: [] };
  const own = listCentres(networkId).filter((c) => can(actor, "edit:offering", { networkId, centreId: c.id }));
  if (own.length === 0) return null;
  return { allowedCentreIds: own.map((c) => c.id), mayCreateMissing: false, centreNames: own.map((c) => c.name) };
}

export interface ImportAccess {
  network: Network;
  actor: Actor;
  rights: ImportRights;
}

/** Members of the network who may edit offerings of at least one centre; others get 403, visitors sign in. */
export function importAccess(request: Request, params: LoaderFunctionArgs["params"]): ImportAccess {
  const network = requireNetwork(params.network);
  const actor = requirePermission(request, "read:network", { networkId: network.id });
  const rights = importRights(actor, network.id);
  if (!rights) forbidden();
  return { network, actor, rights };
}

export const maxImportMb = maxImportBytes / (1024 * 1024);

export interface UploadReply {
  error: MessageKey;
}

function refuse(error: MessageKey, status = 400) {
  return data<UploadReply>({ error }, { status });
}

/** Text, not a binary file: no NUL byte at the start and none of the common binary signatures. */
export function looksLikeText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 64 * 1024);
  if (head.includes(0)) return false;
  const signatures = [[0x50, 0x4b, 0x03, 0x04], [0x25, 0x50, 0x44, 0x46], [0xd0, 0xcf, 0x11, 0xe0], [0x89, 0x50, 0x4e, 0x47], [0xff, 0xd8, 0xff]];
  return !signatures.some((s) => s.every((b, i) => head[i] === b));
}

/** The person's file name for display only: base name without control characters, at most 150 characters. */
export function cleanFileName(name: string): string {
  const base = (name.split(/[/\\]/).pop() ?? "")
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f<>"|*?:]/g, "")
    .trim()
    .slice(0, 150);
  return base || "angebote.csv";
}

/** Step 1: store the file and check it (a dry run), then show the preview. */
export async function handleUpload(request: Request, { network, actor, rights }: ImportAccess) {
  const read = await readForm(request, maxImportBytes);
  if (!read.ok) return refuse("import.fileTooLarge", 413);
  const file = chosenFile(read.formData.get("file"));
  if (!file) return refuse("import.fileMissing");
  if (file.size > maxImportBytes) return refuse("import.fileTooLarge", 413);
  if (file.size === 0) return refuse("import.fileEmpty");
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (!looksLikeText(bytes)) return refuse("import.fileNotCsv", 415);
  // The checkbox is shown to coordinators and admins only; from anyone else it is ignored.
  const createMissing = rights.mayCreateMissing && read.formData.get("createMissing") === "on";
  const job = createJob({ networkId: network.id, userId: actor.userId, fileName: cleanFileName(file.name), bytes, createMissing });
  startJob(taskFor("preview", job, { network, actor, rights }), job.total);
  throw redirect(`/n/${network.slug}/offerings/import/${job.id}`);
}

function taskFor(kind: JobTask["kind"], job: ImportJob, { network, actor, rights }: ImportAccess): JobTask {
  return {
    kind,
    jobId: job.id,
    networkId: network.id,
    actor: { userId: actor.userId, name: actor.name },
    allowedCentreIds: rights.allowedCentreIds,
    createMissing: job.createMissing && rights.mayCreateMissing,
  };
}

/** Step 2 → 3: confirm (the real import) or cancel. Rights are checked again as they are now. */
export async function handleJobAction(request: Request, access: ImportAccess, job: ImportJob) {
  const form = await request.formData();
  const intent = form.get("intent");
  const base = `/n/${access.network.slug}/offerings/import`;
  if (intent === "cancel") {
    cancelJob(job);
    throw redirect(base);
  }
  if (intent !== "confirm") return refuse("import.notConfirmable");
  const importing = markImporting(job);
  if (!importing) return refuse("import.notConfirmable", 409);
  startJob(taskFor("import", importing, access), (job.preview as unknown as StoredSummary).total);
  throw redirect(`${base}/${job.id}`);
}

export interface ProgressView {
  step: "reading" | "checking" | "writing";
  /** Rows done in this step, of `rows`. */
  done: number;
  rows: number;
  /** The whole job's progress: value of max. */
  value: number;
  max: number;
}

export interface JobView {
  id: string;
  fileName: string;
  status: ImportJob["status"];
  createMissing: boolean;
  progress: ProgressView | null;
  summary: StoredSummary | null;
  error: string | null;
  canConfirm: boolean;
}

export function jobView(job: ImportJob): JobView {
  const running = job.status === "checking" || job.status === "importing";
  const live = running ? liveProgress(job.id) : null;
  const value = live?.processed ?? job.processed;
  const max = Math.max(live?.total ?? job.total, 1);
  let progress: ProgressView | null = null;
  if (running) {
    const rows = job.status === "importing" ? max / 2 : max;
    if (value === 0) progress = { step: "reading", done: 0, rows, value, max };
    else if (value <= rows) progress = { step: "checking", done: value, rows, value, max };
    else progress = { step: "writing", done: value - rows, rows, value, max };
  }
  const summary = (job.status === "imported" || job.status === "failed" ? job.result : job.preview) as StoredSummary | null;
  return {
    id: job.id,
    fileName: job.fileName,
    status: job.status,
    createMissing: job.createMissing,
    progress,
    summary: summary ?? null,
    error: job.error,
    canConfirm: job.status === "checked" && Boolean(summary?.ok),
  };
}
