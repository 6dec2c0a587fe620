// Deciding overlap flags: duplicate (archive one side, merge or coordinate), intentional (with a reason)
// or not a duplicate. Who decided and when is kept, together with the material fingerprints of both
// offerings, so the detection does not flag the pair again unless one side changes materially.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@db/client.server";
import { categories, neighbourhoods, overlapFlags } from "@db/schema";
import { forbidden, notFound } from "~/modules/accounts/actor.server";
import { recordAudit } from "~/modules/audit/audit.server";
import type { Locale, MessageKey, Translate } from "~/modules/i18n/translate";
import { idParam, networkAccess } from "~/modules/network/access.server";
import { formatAges } from "~/modules/offerings/format";
import { changeStatus } from "~/modules/offerings/manage.server";
import { loadOffering } from "~/modules/offerings/offerings.server";
import { audienceKey, scheduleKindKey, weekdayShortKey, type ScheduleKind } from "~/modules/offerings/options";
import { can, type Actor } from "~/modules/permissions/permissions";
import { materialFingerprint } from "./fingerprint";
import { afterDecision } from "./hooks.server";
import { canDecide, findFlag, flagCentres, type Flag } from "./queries.server";
import { nowMs } from "~/modules/time/clock";

type Params = LoaderFunctionArgs["params"];

/** The network, the actor (a member) and the flag in the URL; flags of other networks are 404. */
export function flagAccess(request: Request, params: Params) {
  const { network, actor } = networkAccess(request, params, "read:network");
  const flag = findFlag(network.id, idParam(params.id)) ?? notFound();
  return { network, actor, flag };
}

export const decisions = ["duplicate", "intentional", "not-duplicate"] as const;
export const resolutions = ["archive-a", "archive-b", "merge", "coordinate"] as const;
export type Resolution = (typeof resolutions)[number];

const decisionSchema = z
  .object({
    decision: z.enum(decisions, { message: "overlaps.error.decision" }),
    resolution: z.enum(resolutions).optional(),
    note: z.string().trim().max(2000, "overlaps.error.noteTooLong").default(""),
    versionA: z.coerce.number().int().optional(),
    versionB: z.coerce.number().int().optional(),
  })
  .superRefine((value, ctx) => {
    if (value.decision === "duplicate" && !value.resolution) ctx.addIssue({ code: "custom", path: ["resolution"], message: "overlaps.error.resolution" });
    if (value.decision === "intentional" && value.note === "") ctx.addIssue({ code: "custom", path: ["note"], message: "overlaps.error.noteRequired" });
  });

export type DecisionErrors = Partial<Record<"decision" | "resolution" | "note" | "form", MessageKey[]>>;
export type DecideResult = { ok: true } | { ok: false; errors: DecisionErrors; status: number };

function field(formData: FormData, name: string): string | undefined {
  const value = formData.get(name);
  return typeof value === "string" && value !== "" ? value : undefined;
}

/** Which sides of the flag the actor may archive (only offerings they may edit). */
export function archivableSides(actor: Actor, networkId: number, centres: { a: number; b: number }) {
  return {
    a: can(actor, "edit:offering", { networkId, centreId: centres.a }),
    b: can(actor, "edit:offering", { networkId, centreId: centres.b }),
  };
}

/**
 * Saves a decision. 403 for someone who may not decide this flag or archive the chosen side; field errors
 * (nothing saved) for a missing decision, continuation or reason; a conflict when the offering to archive
 * changed since the page was loaded.
 */
export function decideFlag(actor: Actor, flag: Flag, formData: FormData): DecideResult {
  const centres = flagCentres(flag);
  if (!canDecide(actor, flag.networkId, centres)) forbidden();
  const parsed = decisionSchema.safeParse({
    decision: field(formData, "decision"),
    resolution: field(formData, "resolution"),
    note: field(formData, "note") ?? "",
    versionA: field(formData, "versionA"),
    versionB: field(formData, "versionB"),
  });
  if (!parsed.success) {
    const errors: DecisionErrors = {};
    for (const issue of parsed.error.issues) {
      const key = (issue.path[0] ?? "form") as keyof DecisionErrors;
      errors[key] = [...(errors[key] ?? []), issue.message as MessageKey];
    }
    return { ok: false, errors, status: 400 };
  }
  const input = parsed.data;
  const resolution = input.decision === "duplicate" ? (input.resolution ?? null) : null;
  const archiveSide = resolution === "archive-a" ? "a" : resolution === "archive-b" ? "b" : null;
  const archiveId = archiveSide === "a" ? flag.offeringAId : archiveSide === "b" ? flag.offeringBId : null;
  const db = getDb();
  let toArchive = archiveId ? loadOffering(db, archiveId) : null;
  if (archiveSide) {
    if (!archivableSides(actor, flag.networkId, centres)[archiveSide]) forbidden();
    if (!toArchive) notFound();
    if (toArchive.status === "archived") toArchive = null;
    else if ((archiveSide === "a" ? input.versionA : input.versionB) !== toArchive.version) {
      return { ok: false, errors: { form: ["overlaps.error.archiveConflict"] }, status: 409 };
    }
  }
  const a = loadOffering(db, flag.offeringAId);
  const b = loadOffering(db, flag.offeringBId);
  if (!a || !b) notFound();
  const now = nowMs();
  const values = {
    status: input.decision,
    resolution,
    decisionNote: input.note,
    decidedBy: actor.userId,
    decidedByName: actor.name,
    decidedAt: now,
    fingerprintA: materialFingerprint(a),
    fingerprintB: materialFingerprint(b),
    reopenedChanges: null,
    updatedAt: now,
  };
  // The decision is written before archiving: the archive's flag sync keeps decided flags (open ones of an
  // archived offering are removed). Everything here runs synchronously, so no other save comes between.
  db.update(overlapFlags).set(values).where(eq(overlapFlags.id, flag.id)).run();
  if (toArchive) {
    const result = changeStatus(actor, toArchive, toArchive.version, "archived");
    if (!result.ok) {
      const { id: _id, networkId: _network, createdAt: _created, ...previous } = flag;
      db.update(overlapFlags).set(previous).where(eq(overlapFlags.id, flag.id)).run();
      return { ok: false, errors: { form: ["overlaps.error.archiveConflict"] }, status: 409 };
    }
    const archived = loadOffering(db, toArchive.id);
    if (archived) {
      const fingerprint = materialFingerprint(archived);
      db.update(overlapFlags)
        .set({ ...values, ...(archiveSide === "a" ? { fingerprintA: fingerprint } : { fingerprintB: fingerprint }) })
        .where(eq(overlapFlags.id, flag.id))
        .run();
    }
  }
  recordAudit({
    actor,
    networkId: flag.networkId,
    entity: "overlap",
    entityId: flag.id,
    action: "update",
    before: { status: flag.status, resolution: flag.resolution, decisionNote: flag.decisionNote, decidedAt: flag.decidedAt },
    after: { status: values.status, resolution: values.resolution, decisionNote: values.decisionNote, decidedAt: values.decidedAt },
  });
  // Only decisions that change which offerings are the same need change what they lend each other.
  const vouched = (status: string) => status === "duplicate" || status === "intentional";
  if (vouched(flag.status) || vouched(values.status)) afterDecision(flag.networkId, flag.neighbourhoodId);
  return { ok: true };
}

export interface ChangeLine {
  field: string;
  from: string;
  to: string;
}

/** "Feld: alt → neu" lines per side for a reopened flag. */
export function reopenedLines(flag: Pick<Flag, "reopenedChanges">, t: Translate, locale: Locale): { a: ChangeLine[]; b: ChangeLine[] } {
  const changes = flag.reopenedChanges ?? {};
  const db = getDb();
  const categoryName = (id: unknown) => {
    if (typeof id !== "number") return t("overlaps.none");
    const row = db.select().from(categories).where(eq(categories.id, id)).get();
    return row ? (locale === "en" ? row.nameEn : row.nameDe) : String(id);
  };
  const neighbourhoodName = (id: unknown) => {
    if (typeof id !== "number") return t("overlaps.none");
    return db.select({ name: neighbourhoods.name }).from(neighbourhoods).where(eq(neighbourhoods.id, id)).get()?.name ?? String(id);
  };
  const describe = (name: string, value: unknown): string => {
    if (value === null || value === undefined || value === "") return t("overlaps.none");
    if (name === "categoryId") return categoryName(value);
    if (name === "neighbourhoodId") return neighbourhoodName(value);
    if (name === "ages" && Array.isArray(value)) return formatAges(Number(value[0]), Number(value[1]), t);
    if (name === "audiences" && Array.isArray(value)) {
      return value.length ? value.map((v) => t(audienceKey(v as Parameters<typeof audienceKey>[0]))).join(", ") : t("overlaps.none");
    }
    if (name === "schedule" && typeof value === "string") {
      const [kind, days] = value.split(":");
      if (kind === "weekly") return (days ?? "").split(",").filter(Boolean).map((d) => t(weekdayShortKey(Number(d)))).join(", ");
      return t(scheduleKindKey(kind as ScheduleKind));
    }
    const text = typeof value === "string" ? value : JSON.stringify(value);
    return text.length > 120 ? `${text.slice(0, 117)}…` : text;
  };
  const labels: Record<string, MessageKey> = {
    title: "overlaps.field.title",
    description: "overlaps.field.description",
    category: "overlaps.field.category",
    categoryId: "overlaps.field.category",
    ages: "overlaps.field.ages",
    audiences: "overlaps.field.audiences",
    neighbourhood: "overlaps.field.neighbourhood",
    neighbourhoodId: "overlaps.field.neighbourhood",
    schedule: "overlaps.field.schedule",
    content: "overlaps.field.content",
  };
  const lines = (side: Record<string, [unknown, unknown]> | undefined): ChangeLine[] =>
    Object.entries(side ?? {}).map(([name, [from, to]]) => {
      const label = labels[name];
      return { field: label ? t(label) : name, from: describe(name, from), to: describe(name, to) };
    });
  return { a: lines(changes.a), b: lines(changes.b) };
}
