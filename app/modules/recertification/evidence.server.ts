// A centre's recertification evidence: uploads, links and what the app already holds (offerings,
// meetings, agreements, self-assessments), with the facts that decide whether each piece is valid for
// the review year. Who may do what: "collect:evidence" on the centre (its lead and staff, the
// coordinator, admins) for the centre's own evidence; shared examples are read by every member.
import { and, asc, eq, inArray, isNotNull } from "drizzle-orm";
import { getDb, type Tx } from "@db/client.server";
import {
  agreements,
  assessments,
  centres,
  checklistItems,
  criteria,
  documents,
  events,
  meetingCentres,
  meetings,
  offerings,
  partners,
  recertificationEvidence,
  reviewCycles,
} from "@db/schema";
import { notFound } from "~/modules/accounts/actor.server";
import { recordAudit } from "~/modules/audit/audit.server";
import { rowOccurrences, scheduleParts } from "~/modules/calendar/calendar.server";
import type { Centre } from "~/modules/network/structure.server";
import { refused, type Mutation } from "~/modules/network/result";
import type { Actor } from "~/modules/permissions/permissions";
import { removeUploads, storeUpload, type CheckedUpload } from "~/modules/uploads/uploads.server";
import { heldInPeriod } from "./matching";
import { evidenceState, type EvidenceState, type Period } from "./readiness";
import type { AppEvidenceKind, LinkInput, UploadMeta } from "./schemas";
import { nowMs } from "~/modules/time/clock";

export type EvidenceRow = typeof recertificationEvidence.$inferSelect;

export interface OfferingHeld {
  id: number;
  title: string;
  scheduleKind: "weekly" | "dates" | "appointment";
  first: string | null;
  last: string | null;
  count: number;
  validFrom: string | null;
  validUntil: string | null;
  /** Took place in the period (by appointment: valid during part of it). */
  held: boolean;
}

export interface EvidenceView {
  id: number;
  itemId: number;
  kind: EvidenceRow["kind"];
  label: string;
  /** The date shown next to the evidence (the evidence date, the meeting's date, the agreement's start …). */
  date: string | null;
  isTraining: boolean;
  shared: boolean;
  state: EvidenceState;
  url: string;
  document: { id: number; fileName: string; fileSize: number; fileType: string } | null;
  offering: OfferingHeld | null;
  meeting: { id: number; title: string; date: string; status: string; attended: boolean } | null;
  agreement: { id: number; partnerName: string; startsOn: string; endsOn: string | null } | null;
  assessment: { id: number; cycleTitle: string; criterionTitle: string; periodStart: string; periodEnd: string; selfStatus: string | null; submitted: boolean } | null;
}

/** The dates offerings take place in the period (weekly schedules expanded, cancellations left out). */
export function offeringOccurrences(rows: (typeof offerings.$inferSelect)[], period: Period): Map<number, string[]> {
  const parts = scheduleParts(
    rows.map((o) => o.id),
    period,
  );
  const result = new Map<number, string[]>();
  for (const o of rows) {
    const occurrences = rowOccurrences(o, parts, period);
    result.set(
      o.id,
      occurrences.map((x) => x.date),
    );
  }
  return result;
}

/** When and how often offerings took place in the period. */
export function offeringsHeld(offeringIds: number[], period: Period): Map<number, OfferingHeld> {
  const result = new Map<number, OfferingHeld>();
  if (offeringIds.length === 0) return result;
  const rows = getDb().select().from(offerings).where(inArray(offerings.id, offeringIds)).all();
  const dates = offeringOccurrences(rows, period);
  for (const o of rows) {
    const occurrences = dates.get(o.id) ?? [];
    result.set(o.id, {
      id: o.id,
      title: o.title,
      scheduleKind: o.scheduleKind,
      first: occurrences[0] ?? null,
      last: occurrences.at(-1) ?? null,
      count: occurrences.length,
      validFrom: o.validFrom,
      validUntil: o.validUntil,
      held: heldInPeriod({ scheduleKind: o.scheduleKind, validFrom: o.validFrom, validUntil: o.validUntil, occurrences }, period),
    });
  }
  return result;
}

/** The centre's evidence (optionally for one item), oldest first, with the facts for the review period. */
export function listEvidence(centreId: number, period: Period, itemId?: number): EvidenceView[] {
  const db = getDb();
  const conditions = [eq(recertificationEvidence.centreId, centreId)];
  if (itemId !== undefined) conditions.push(eq(recertificationEvidence.itemId, itemId));
  const rows = db
    .select({
      evidence: recertificationEvidence,
      document: { id: documents.id, fileName: documents.fileName, fileSize: documents.fileSize, fileType: documents.fileType },
      agreement: { id: agreements.id, startsOn: agreements.startsOn, endsOn: agreements.endsOn, partnerName: partners.name },
      assessment: {
        id: assessments.id,
        selfStatus: assessments.selfStatus,
        selfSubmittedAt: assessments.selfSubmittedAt,
        cycleTitle: reviewCycles.title,
        periodStart: reviewCycles.periodStart,
        periodEnd: reviewCycles.periodEnd,
        criterionTitle: criteria.title,
      },
    })
    .from(recertificationEvidence)
    .leftJoin(documents, eq(documents.id, recertificationEvidence.documentId))
    .leftJoin(agreements, eq(agreements.id, recertificationEvidence.agreementId))
    .leftJoin(partners, eq(partners.id, agreements.partnerId))
    .leftJoin(assessments, eq(assessments.id, recertificationEvidence.assessmentId))
    .leftJoin(reviewCycles, eq(reviewCycles.id, assessments.cycleId))
    .leftJoin(criteria, eq(criteria.id, assessments.criterionId))
    .where(and(...conditions))
    .orderBy(asc(recertificationEvidence.createdAt), asc(recertificationEvidence.id))
    .all();
  const held = offeringsHeld(rows.flatMap((r) => (r.evidence.offeringId ? [r.evidence.offeringId] : [])), period);
  const meetingIds = rows.flatMap((r) => (r.evidence.meetingId ? [r.evidence.meetingId] : []));
  const meetingRows = meetingIds.length
    ? db
        .select({ id: meetings.id, status: meetings.status, title: events.title, date: events.date, attended: meetingCentres.attended })
        .from(meetings)
        .innerJoin(events, eq(events.id, meetings.eventId))
        .leftJoin(meetingCentres, and(eq(meetingCentres.meetingId, meetings.id), eq(meetingCentres.centreId, centreId)))
        .where(inArray(meetings.id, meetingIds))
        .all()
    : [];
  const meetingById = new Map(meetingRows.map((m) => [m.id, m]));
  return rows.map(({ evidence: e, document, agreement, assessment }) => {
    const offering = e.offeringId ? (held.get(e.offeringId) ?? null) : null;
    const meetingRow = e.meetingId ? meetingById.get(e.meetingId) : undefined;
    const meeting = meetingRow ? { id: meetingRow.id, title: meetingRow.title, date: meetingRow.date, status: meetingRow.status, attended: meetingRow.attended ?? false } : null;
    const assessmentView =
      assessment?.id
        ? {
            id: assessment.id,
            cycleTitle: assessment.cycleTitle ?? "",
            criterionTitle: assessment.criterionTitle ?? "",
            periodStart: assessment.periodStart ?? "",
            periodEnd: assessment.periodEnd ?? "",
            selfStatus: assessment.selfStatus,
            submitted: assessment.selfSubmittedAt !== null,
          }
        : null;
    const agreementView = agreement?.id && agreement.startsOn ? { id: agreement.id, partnerName: agreement.partnerName ?? "", startsOn: agreement.startsOn, endsOn: agreement.endsOn } : null;
    const state = evidenceState(
      {
        kind: e.kind,
        evidenceDate: e.evidenceDate,
        isTraining: e.isTraining,
        heldInPeriod: offering?.held ?? false,
        agreementEndsOn: agreementView?.endsOn ?? null,
        date: meeting?.date ?? assessmentView?.periodEnd ?? null,
        done: meeting ? meeting.status === "held" : assessmentView ? assessmentView.submitted : false,
      },
      period,
    );
    const label = offering?.title ?? meeting?.title ?? (agreementView ? agreementView.partnerName : null) ?? (assessmentView ? `${assessmentView.cycleTitle}: ${assessmentView.criterionTitle}` : null) ?? (e.label || document?.fileName || e.url);
    const date = e.evidenceDate ?? meeting?.date ?? agreementView?.startsOn ?? assessmentView?.periodEnd ?? offering?.first ?? null;
    return {
      id: e.id,
      itemId: e.itemId,
      kind: e.kind,
      label,
      date,
      isTraining: e.isTraining,
      shared: e.sharedAt !== null,
      state,
      url: e.url,
      document: document?.id && document.fileName && document.fileType ? { id: document.id, fileName: document.fileName, fileType: document.fileType, fileSize: document.fileSize ?? 0 } : null,
      offering,
      meeting,
      agreement: agreementView,
      assessment: assessmentView,
    };
  });
}

/** A piece of evidence of this network; 404 otherwise. */
export function getEvidence(networkId: number, id: number): EvidenceRow {
  return getDb().select().from(recertificationEvidence).where(and(eq(recertificationEvidence.networkId, networkId), eq(recertificationEvidence.id, id))).get() ?? notFound();
}

function auditView(row: EvidenceRow) {
  const { id: _id, networkId: _n, createdAt: _c, ...rest } = row;
  return rest;
}

function insertEvidence(actor: Actor, values: typeof recertificationEvidence.$inferInsert, tx: Tx): EvidenceRow {
  const row = tx.insert(recertificationEvidence).values(values).returning().get();
  recordAudit({ actor, networkId: row.networkId, entity: "recertification-evidence", entityId: row.id, action: "create", after: auditView(row) }, tx);
  return row;
}

interface Target {
  centre: Pick<Centre, "id" | "networkId">;
  itemId: number;
}

/** Stores the checked file and records it as a document and as evidence for the item. */
export async function addUpload(actor: Actor, target: Target, upload: CheckedUpload, meta: UploadMeta): Promise<EvidenceRow> {
  const key = await storeUpload(upload.bytes);
  try {
    return getDb().transaction((tx) => {
      const document = tx
        .insert(documents)
        .values({ networkId: target.centre.networkId, centreId: target.centre.id, fileKey: key, fileName: upload.name, fileType: upload.type.mime, fileSize: upload.size, uploadedBy: actor.userId })
        .returning()
        .get();
      return insertEvidence(
        actor,
        {
          networkId: target.centre.networkId,
          centreId: target.centre.id,
          itemId: target.itemId,
          kind: "document",
          documentId: document.id,
          label: meta.label || upload.name,
          evidenceDate: meta.evidenceDate ?? null,
          isTraining: meta.isTraining,
          addedBy: actor.userId,
        },
        tx,
      );
    });
  } catch (error) {
    await removeUploads([key]);
    throw error;
  }
}

export function addLink(actor: Actor, target: Target, input: LinkInput): EvidenceRow {
  return getDb().transaction((tx) =>
    insertEvidence(
      actor,
      {
        networkId: target.centre.networkId,
        centreId: target.centre.id,
        itemId: target.itemId,
        kind: "link",
        url: input.url,
        label: input.label,
        evidenceDate: input.evidenceDate ?? null,
        isTraining: input.isTraining,
        addedBy: actor.userId,
      },
      tx,
    ),
  );
}

const refColumn = {
  offering: "offeringId",
  meeting: "meetingId",
  agreement: "agreementId",
  assessment: "assessmentId",
} as const;

/** The label of something the app holds, when it belongs to the centre (meetings: to its network); null otherwise. */
function appRecordLabel(centre: Pick<Centre, "id" | "networkId">, kind: AppEvidenceKind, refId: number): string | null {
  const db = getDb();
  switch (kind) {
    case "offering":
      return db.select({ title: offerings.title }).from(offerings).where(and(eq(offerings.id, refId), eq(offerings.centreId, centre.id))).get()?.title ?? null;
    case "agreement":
      return (
        db
          .select({ name: partners.name })
          .from(agreements)
          .innerJoin(partners, eq(partners.id, agreements.partnerId))
          .where(and(eq(agreements.id, refId), eq(agreements.centreId, centre.id)))
          .get()?.name ?? null
      );
    case "meeting":
      return (
        db
          .select({ title: events.title })
          .from(meetings)
          .innerJoin(events, eq(events.id, meetings.eventId))
          .where(and(eq(meetings.id, refId), eq(meetings.networkId, centre.networkId)))
          .get()?.title ?? null
      );
    case "assessment":
      return (
        db
          .select({ title: criteria.title, cycle: reviewCycles.title })
          .from(assessments)
          .innerJoin(criteria, eq(criteria.id, assessments.criterionId))
          .innerJoin(reviewCycles, eq(reviewCycles.id, assessments.cycleId))
          .where(and(eq(assessments.id, refId), eq(assessments.centreId, centre.id), isNotNull(assessments.selfSubmittedAt)))
          .all()
          .map((r) => `${r.cycle}: ${r.title}`)[0] ?? null
      );
  }
}

/** Attaches something the app holds. Refused when it is not the centre's or already attached to the item. */
export function addAppEvidence(actor: Actor, target: Target, kind: AppEvidenceKind, refId: number): Mutation<EvidenceRow> {
  const label = appRecordLabel(target.centre, kind, refId);
  if (label === null) return refused("refId", "recert.evidence.unknown");
  const column = refColumn[kind];
  const existing = getDb()
    .select({ id: recertificationEvidence.id })
    .from(recertificationEvidence)
    .where(and(eq(recertificationEvidence.centreId, target.centre.id), eq(recertificationEvidence.itemId, target.itemId), eq(recertificationEvidence[column], refId)))
    .get();
  if (existing) return refused("refId", "recert.evidence.duplicate");
  const row = getDb().transaction((tx) =>
    insertEvidence(actor, { networkId: target.centre.networkId, centreId: target.centre.id, itemId: target.itemId, kind, [column]: refId, label, addedBy: actor.userId }, tx),
  );
  return { ok: true, value: row };
}

/** Removes a piece of evidence (and its uploaded file). */
export async function removeEvidence(actor: Actor, evidence: EvidenceRow): Promise<void> {
  const db = getDb();
  const key = db.transaction((tx) => {
    const document = evidence.documentId ? tx.select().from(documents).where(eq(documents.id, evidence.documentId)).get() : undefined;
    tx.delete(recertificationEvidence).where(eq(recertificationEvidence.id, evidence.id)).run();
    if (document) tx.delete(documents).where(eq(documents.id, document.id)).run();
    recordAudit({ actor, networkId: evidence.networkId, entity: "recertification-evidence", entityId: evidence.id, action: "delete", before: auditView(evidence) }, tx);
    return document?.fileKey ?? null;
  });
  await removeUploads([key]);
}

export function setShared(actor: Actor, evidence: EvidenceRow, shared: boolean, now = nowMs()): void {
  if ((evidence.sharedAt !== null) === shared) return;
  getDb().transaction((tx) => {
    tx.update(recertificationEvidence).set({ sharedAt: shared ? now : null }).where(eq(recertificationEvidence.id, evidence.id)).run();
    recordAudit({ actor, networkId: evidence.networkId, entity: "recertification-evidence", entityId: evidence.id, action: "update", before: { shared: evidence.sharedAt !== null }, after: { shared } }, tx);
  });
}

export interface SharedExample {
  id: number;
  kind: EvidenceRow["kind"];
  label: string;
  url: string;
  date: string | null;
  centreName: string;
  itemId: number;
  document: { fileName: string; fileSize: number } | null;
}

/** Evidence the centres shared with the network, by item. */
export function listSharedExamples(networkId: number): SharedExample[] {
  return getDb()
    .select({
      id: recertificationEvidence.id,
      kind: recertificationEvidence.kind,
      label: recertificationEvidence.label,
      url: recertificationEvidence.url,
      date: recertificationEvidence.evidenceDate,
      centreName: centres.name,
      itemId: recertificationEvidence.itemId,
      fileName: documents.fileName,
      fileSize: documents.fileSize,
    })
    .from(recertificationEvidence)
    .innerJoin(centres, eq(centres.id, recertificationEvidence.centreId))
    .innerJoin(checklistItems, eq(checklistItems.id, recertificationEvidence.itemId))
    .leftJoin(documents, eq(documents.id, recertificationEvidence.documentId))
    .where(and(eq(recertificationEvidence.networkId, networkId), isNotNull(recertificationEvidence.sharedAt)))
    .orderBy(asc(checklistItems.position), asc(centres.name), asc(recertificationEvidence.id))
    .all()
    .map(({ fileName, fileSize, ...rest }) => ({ ...rest, document: fileName !== null && fileSize !== null ? { fileName, fileSize } : null }));
}

/** The stored file of an evidence document. */
export function evidenceFile(evidence: EvidenceRow) {
  if (!evidence.documentId) return null;
  return getDb().select().from(documents).where(eq(documents.id, evidence.documentId)).get() ?? null;
}
