// Offerings: create, update with optimistic concurrency, status changes, "still current"
// confirmations, copies, versions with restore. Every save writes a version row and the audit log.
import { and, asc, desc, eq } from "drizzle-orm";
import type { DbOrTx } from "@db/client.server";
import { getDb } from "@db/client.server";
import {
  offeringCancellations,
  offeringDates,
  offeringPartners,
  offerings,
  offeringVersions,
  type Audience,
} from "@db/schema";
import { diffRecords, recordAudit } from "~/modules/audit/audit.server";
import type { Actor } from "~/modules/permissions/permissions";
import { nowMs } from "~/modules/time/clock";

/** The editable content of an offering; also what a version snapshot holds. */
export interface OfferingContent {
  title: string;
  description: string;
  categoryId: number;
  ageFromMonths: number;
  ageToMonths: number;
  audiences: Audience[];
  neighbourhoodId: number | null;
  placeName: string;
  placeAddress: string;
  scheduleKind: "weekly" | "dates" | "appointment";
  weekdays: number[];
  startTime: string | null;
  endTime: string | null;
  validFrom: string | null;
  validUntil: string | null;
  dates: { date: string; startTime: string; endTime: string }[];
  cancelled: string[];
  languages: string[];
  costCents: number;
  costNote: string;
  registrationRequired: boolean;
  registrationHow: string;
  capacity: number | null;
  partnerIds: number[];
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  status: "draft" | "published" | "archived";
  focusAreas: string[];
}

/** Content with every field empty or at its default; callers override what they know. */
export function blankOfferingContent(overrides: Partial<OfferingContent> = {}): OfferingContent {
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
    validFrom: null,
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
    ...overrides,
  };
}

export type OfferingRow = typeof offerings.$inferSelect;
export type Offering = OfferingRow & Pick<OfferingContent, "dates" | "cancelled" | "partnerIds">;

type ActorRef = Pick<Actor, "userId" | "name">;

const contentKeys: (keyof OfferingContent)[] = [
  "title", "description", "categoryId", "ageFromMonths", "ageToMonths", "audiences", "neighbourhoodId",
  "placeName", "placeAddress", "scheduleKind", "weekdays", "startTime", "endTime", "validFrom", "validUntil",
  "dates", "cancelled", "languages", "costCents", "costNote", "registrationRequired", "registrationHow",
  "capacity", "partnerIds", "contactName", "contactEmail", "contactPhone", "status", "focusAreas",
];

/** A normalised copy of the content: sorted lists, so that equal content compares equal. */
export function contentOf(source: OfferingContent): OfferingContent {
  const picked = Object.fromEntries(contentKeys.map((key) => [key, source[key]])) as unknown as OfferingContent;
  return {
    ...picked,
    weekdays: [...source.weekdays].sort((a, b) => a - b),
    dates: [...source.dates].sort((a, b) => a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime)),
    cancelled: [...new Set(source.cancelled)].sort(),
    partnerIds: [...new Set(source.partnerIds)].sort((a, b) => a - b),
    languages: [...new Set(source.languages)],
  };
}

function rowValues(content: OfferingContent) {
  const { dates: _dates, cancelled: _cancelled, partnerIds: _partners, ...row } = content;
  return row;
}

function writeRelations(db: DbOrTx, offeringId: number, content: OfferingContent, isNew = false) {
  if (!isNew) {
    db.delete(offeringDates).where(eq(offeringDates.offeringId, offeringId)).run();
    db.delete(offeringCancellations).where(eq(offeringCancellations.offeringId, offeringId)).run();
    db.delete(offeringPartners).where(eq(offeringPartners.offeringId, offeringId)).run();
  }
  for (const d of content.dates) db.insert(offeringDates).values({ offeringId, ...d }).run();
  for (const date of content.cancelled) db.insert(offeringCancellations).values({ offeringId, date }).run();
  for (const partnerId of content.partnerIds) db.insert(offeringPartners).values({ offeringId, partnerId }).run();
}

export function loadOffering(db: DbOrTx, id: number): Offering | null {
  const row = db.select().from(offerings).where(eq(offerings.id, id)).get();
  if (!row) return null;
  const dates = db
    .select({ date: offeringDates.date, startTime: offeringDates.startTime, endTime: offeringDates.endTime })
    .from(offeringDates)
    .where(eq(offeringDates.offeringId, id))
    .orderBy(asc(offeringDates.date), asc(offeringDates.startTime))
    .all();
  const cancelled = db
    .select({ date: offeringCancellations.date })
    .from(offeringCancellations)
    .where(eq(offeringCancellations.offeringId, id))
    .orderBy(asc(offeringCancellations.date))
    .all()
    .map((r) => r.date);
  const partnerIds = db
    .select({ id: offeringPartners.partnerId })
    .from(offeringPartners)
    .where(eq(offeringPartners.offeringId, id))
    .all()
    .map((r) => r.id)
    .sort((a, b) => a - b);
  return { ...row, dates, cancelled, partnerIds };
}

/** An offering of this network, or null (ids of other networks are treated as unknown). */
export function findOffering(networkId: number, id: number): Offering | null {
  const offering = loadOffering(getDb(), id);
  return offering && offering.networkId === networkId ? offering : null;
}

function recordVersion(db: DbOrTx, actor: ActorRef | null, offeringId: number, version: number, before: OfferingContent | null, after: OfferingContent, at: number) {
  const changes = before ? diffRecords(before as unknown as Record<string, unknown>, after as unknown as Record<string, unknown>) : {};
  db.insert(offeringVersions)
    .values({
      offeringId,
      version,
      at,
      actorId: actor?.userId ?? null,
      actorName: actor?.name ?? "System",
      snapshot: after as unknown as Record<string, unknown>,
      changes,
    })
    .run();
}

export interface CreateOptions {
  networkId: number;
  centreId: number;
  ref?: string | null;
  /** Epoch ms; defaults to now. */
  at?: number;
  /** Bulk imports record one audit entry for the whole import instead of one per offering. */
  audit?: boolean;
}

/** Inserts an offering with its first version. Runs inside the caller's transaction when given one. */
export function insertOffering(db: DbOrTx, actor: ActorRef | null, options: CreateOptions, input: OfferingContent): number {
  const content = contentOf(input);
  const at = options.at ?? nowMs();
  const row = db
    .insert(offerings)
    .values({
      ...rowValues(content),
      networkId: options.networkId,
      centreId: options.centreId,
      ref: options.ref ?? null,
      version: 1,
      createdAt: at,
      updatedAt: at,
      updatedBy: actor?.userId ?? null,
      verifiedAt: at,
      verifiedBy: actor?.userId ?? null,
    })
    .returning({ id: offerings.id })
    .get();
  writeRelations(db, row.id, content, true);
  recordVersion(db, actor, row.id, 1, null, content, at);
  if (options.audit !== false) {
    recordAudit({ actor, networkId: options.networkId, entity: "offering", entityId: row.id, action: "create", after: { title: content.title, status: content.status } }, db);
  }
  return row.id;
}

export function createOffering(actor: ActorRef, options: CreateOptions, input: OfferingContent): number {
  return getDb().transaction((tx) => insertOffering(tx, actor, options, input));
}

export type UpdateResult =
  | { ok: true; version: number; changed: boolean }
  | { ok: false; reason: "conflict"; current: Offering; changes: Record<string, [unknown, unknown]>; by: string; at: number }
  | { ok: false; reason: "missing" };

/**
 * Saves new content if the offering is still at `expectedVersion`; otherwise refuses and reports
 * what changed since then (and who changed it), so the person can merge without losing their input.
 */
export function applyUpdate(
  db: DbOrTx,
  actor: ActorRef | null,
  id: number,
  expectedVersion: number,
  input: OfferingContent,
  at = nowMs(),
  audit = true,
): UpdateResult {
  const current = loadOffering(db, id);
  if (!current) return { ok: false, reason: "missing" };
  if (current.version !== expectedVersion) {
    const base = db
      .select()
      .from(offeringVersions)
      .where(and(eq(offeringVersions.offeringId, id), eq(offeringVersions.version, expectedVersion)))
      .get();
    const latest = db.select().from(offeringVersions).where(eq(offeringVersions.offeringId, id)).orderBy(desc(offeringVersions.version)).get();
    const changes = base ? diffRecords(base.snapshot, contentOf(current) as unknown as Record<string, unknown>) : {};
    return { ok: false, reason: "conflict", current, changes, by: latest?.actorName ?? "", at: latest?.at ?? current.updatedAt };
  }
  const before = contentOf(current);
  const after = contentOf(input);
  const changes = diffRecords(before as unknown as Record<string, unknown>, after as unknown as Record<string, unknown>);
  if (Object.keys(changes).length === 0) return { ok: true, version: current.version, changed: false };
  const version = current.version + 1;
  const updated = db
    .update(offerings)
    .set({ ...rowValues(after), version, updatedAt: at, updatedBy: actor?.userId ?? null })
    .where(and(eq(offerings.id, id), eq(offerings.version, expectedVersion)))
    .run();
  if (updated.changes !== 1) return applyUpdate(db, actor, id, expectedVersion, input, at, audit);
  writeRelations(db, id, after);
  recordVersion(db, actor, id, version, before, after, at);
  if (audit) recordAudit({ actor, networkId: current.networkId, entity: "offering", entityId: id, action: "update", before: before as unknown as Record<string, unknown>, after: after as unknown as Record<string, unknown> }, db);
  return { ok: true, version, changed: true };
}

export function updateOffering(actor: ActorRef, id: number, expectedVersion: number, input: OfferingContent): UpdateResult {
  return getDb().transaction((tx) => applyUpdate(tx, actor, id, expectedVersion, input));
}

/** Publish, archive or return to draft: a save like any other (versioned, concurrency-checked). */
export function setOfferingStatus(actor: ActorRef, id: number, expectedVersion: number, status: OfferingContent["status"]): UpdateResult {
  return getDb().transaction((tx) => {
    const current = loadOffering(tx, id);
    if (!current) return { ok: false, reason: "missing" } as const;
    return applyUpdate(tx, actor, id, expectedVersion, { ...contentOf(current), status });
  });
}

/** "Still current": confirms the content without changing it. */
export function verifyOffering(actor: ActorRef, id: number, at = nowMs()): void {
  getDb().transaction((tx) => {
    const current = tx.select({ networkId: offerings.networkId, verifiedAt: offerings.verifiedAt }).from(offerings).where(eq(offerings.id, id)).get();
    if (!current) return;
    tx.update(offerings).set({ verifiedAt: at, verifiedBy: actor.userId }).where(eq(offerings.id, id)).run();
    recordAudit({ actor, networkId: current.networkId, entity: "offering", entityId: id, action: "update", before: { verifiedAt: current.verifiedAt }, after: { verifiedAt: at } }, tx);
  });
}

/** A draft copy in the same centre (without the import reference). */
export function copyOffering(actor: ActorRef, id: number, copyTitle: (title: string) => string): number | null {
  return getDb().transaction((tx) => {
    const source = loadOffering(tx, id);
    if (!source) return null;
    const content = contentOf(source);
    return insertOffering(tx, actor, { networkId: source.networkId, centreId: source.centreId }, { ...content, title: copyTitle(content.title).slice(0, 200), status: "draft" });
  });
}

export function listVersions(offeringId: number) {
  return getDb().select().from(offeringVersions).where(eq(offeringVersions.offeringId, offeringId)).orderBy(desc(offeringVersions.version)).all();
}

/** Restores an earlier version's content as a new version (history is never rewritten). */
export function restoreVersion(actor: ActorRef, offeringId: number, version: number, expectedVersion: number): UpdateResult {
  return getDb().transaction((tx) => {
    const old = tx
      .select()
      .from(offeringVersions)
      .where(and(eq(offeringVersions.offeringId, offeringId), eq(offeringVersions.version, version)))
      .get();
    if (!old) return { ok: false, reason: "missing" } as const;
    return applyUpdate(tx, actor, offeringId, expectedVersion, old.snapshot as unknown as OfferingContent);
  });
}

/** Has the offering gone unconfirmed for longer than the network allows? */
export function isStale(verifiedAt: number, staleAfterMonths: number, now = nowMs()): boolean {
  const limit = new Date(now);
  limit.setMonth(limit.getMonth() - staleAfterMonths);
  return verifiedAt < limit.getTime();
}
