// Evidence of a self-assessment: offerings of the centre, held working-group meetings, the centre's
// agreements, uploaded documents (members of the network only) and links.
import { and, asc, eq, inArray, ne } from "drizzle-orm";
import { getDb } from "@db/client.server";
import { agreements, assessmentEvidence, assessments, documents, events, meetings, offerings, partners, type EvidenceKind } from "@db/schema";
import { listMeetingsForEvidence } from "~/modules/meetings/meetings.server";
import { recordAudit } from "~/modules/audit/audit.server";
import type { Actor } from "~/modules/permissions/permissions";
import { removeUploads, storeUpload, type CheckedUpload } from "~/modules/uploads/uploads.server";
import { criterionInScope, editableRefusal, ensureAssessment, type Done } from "./assessments.server";
import type { ReviewCycle } from "./cycles.server";
import { nowMs } from "~/modules/time/clock";

export type Document = typeof documents.$inferSelect;

/** What the centre can attach: its offerings (not archived), held meetings, its agreements, its documents. */
export function evidenceOptions(networkId: number, centreId: number) {
  const db = getDb();
  return {
    offerings: db
      .select({ id: offerings.id, name: offerings.title })
      .from(offerings)
      .where(and(eq(offerings.centreId, centreId), ne(offerings.status, "archived")))
      .orderBy(asc(offerings.title))
      .all(),
    meetings: listMeetingsForEvidence(db, networkId)
      .reverse()
      .map((m) => ({ id: m.id, name: `${m.title} (${m.date.split("-").reverse().join(".")})` })),
    agreements: db
      .select({ id: agreements.id, partner: partners.name, startsOn: agreements.startsOn })
      .from(agreements)
      .innerJoin(partners, eq(partners.id, agreements.partnerId))
      .where(eq(agreements.centreId, centreId))
      .orderBy(asc(partners.name))
      .all()
      .map((a) => ({ id: a.id, name: a.partner })),
  };
}
export type EvidenceOptions = ReturnType<typeof evidenceOptions>;

export interface EvidenceRow {
  id: number;
  assessmentId: number;
  kind: EvidenceKind;
  label: string;
  /** A path inside the app or an external address. */
  href: string | null;
}

/** The evidence of the given assessments, with a label and a link for each. */
export function evidenceOf(assessmentIds: number[], networkSlug: string, centreSlug: string): EvidenceRow[] {
  if (assessmentIds.length === 0) return [];
  const db = getDb();
  const rows = db
    .select({
      id: assessmentEvidence.id,
      assessmentId: assessmentEvidence.assessmentId,
      kind: assessmentEvidence.kind,
      url: assessmentEvidence.url,
      label: assessmentEvidence.label,
      offeringId: assessmentEvidence.offeringId,
      offeringTitle: offerings.title,
      meetingId: assessmentEvidence.meetingId,
      meetingTitle: events.title,
      meetingDate: events.date,
      agreementId: assessmentEvidence.agreementId,
      partnerName: partners.name,
      documentId: assessmentEvidence.documentId,
      documentName: documents.fileName,
    })
    .from(assessmentEvidence)
    .leftJoin(offerings, eq(offerings.id, assessmentEvidence.offeringId))
    .leftJoin(meetings, eq(meetings.id, assessmentEvidence.meetingId))
    .leftJoin(events, eq(events.id, meetings.eventId))
    .leftJoin(agreements, eq(agreements.id, assessmentEvidence.agreementId))
    .leftJoin(partners, eq(partners.id, agreements.partnerId))
    .leftJoin(documents, eq(documents.id, assessmentEvidence.documentId))
    .where(inArray(assessmentEvidence.assessmentId, assessmentIds))
    .orderBy(asc(assessmentEvidence.id))
    .all();
  const base = `/n/${networkSlug}`;
  return rows.map((r) => {
    switch (r.kind) {
      case "offering":
        return { id: r.id, assessmentId: r.assessmentId, kind: r.kind, label: r.offeringTitle ?? "", href: `${base}/offerings/${r.offeringId}` };
      case "meeting":
        return { id: r.id, assessmentId: r.assessmentId, kind: r.kind, label: `${r.meetingTitle ?? ""} (${(r.meetingDate ?? "").split("-").reverse().join(".")})`, href: `${base}/meetings/${r.meetingId}` };
      case "agreement":
        return { id: r.id, assessmentId: r.assessmentId, kind: r.kind, label: r.partnerName ?? "", href: `${base}/centres/${centreSlug}/agreements/${r.agreementId}` };
      case "document":
        return { id: r.id, assessmentId: r.assessmentId, kind: r.kind, label: r.documentName ?? "", href: `${base}/documents/${r.documentId}` };
      case "link":
        return { id: r.id, assessmentId: r.assessmentId, kind: r.kind, label: r.label || r.url, href: r.url };
    }
  });
}

function owns(kind: "offering" | "meeting" | "agreement", id: number, networkId: number, centreId: number): boolean {
  const db = getDb();
  if (kind === "offering") return !!db.select({ id: offerings.id }).from(offerings).where(and(eq(offerings.id, id), eq(offerings.centreId, centreId), ne(offerings.status, "archived"))).get();
  if (kind === "meeting") return !!db.select({ id: meetings.id }).from(meetings).where(and(eq(meetings.id, id), eq(meetings.networkId, networkId), eq(meetings.status, "held"))).get();
  return !!db.select({ id: agreements.id }).from(agreements).where(and(eq(agreements.id, id), eq(agreements.centreId, centreId))).get();
}

type EvidenceInput =
  | { kind: "offering" | "meeting" | "agreement"; id: number }
  | { kind: "link"; url: string; label: string }
  | { kind: "document"; documentId: number };

/** Attaches evidence to the centre's self-assessment of a criterion (the row is created when missing). */
export function addEvidence(actor: Actor, cycle: ReviewCycle, centreId: number, criterionId: number, input: EvidenceInput, now = nowMs()): Done<number> {
  const refusal = editableRefusal(cycle);
  if (refusal) return refusal;
  if (!criterionInScope(cycle, criterionId)) return { ok: false, error: "reviews.criterionUnknown" };
  if ((input.kind === "offering" || input.kind === "meeting" || input.kind === "agreement") && !owns(input.kind, input.id, cycle.networkId, centreId)) {
    return { ok: false, error: "reviews.evidenceUnknown" };
  }
  return getDb().transaction((tx) => {
    const assessment = ensureAssessment(tx, cycle.id, criterionId, centreId, now);
    const values = {
      assessmentId: assessment.id,
      kind: input.kind,
      offeringId: input.kind === "offering" ? input.id : null,
      meetingId: input.kind === "meeting" ? input.id : null,
      agreementId: input.kind === "agreement" ? input.id : null,
      documentId: input.kind === "document" ? input.documentId : null,
      url: input.kind === "link" ? input.url : "",
      label: input.kind === "link" ? input.label : "",
      addedBy: actor.userId,
      createdAt: now,
    };
    const row = tx.insert(assessmentEvidence).values(values).returning().get();
    recordAudit({ actor, networkId: cycle.networkId, entity: "assessment", entityId: assessment.id, action: "update", before: { evidence: null }, after: { evidence: { ...values, assessmentId: undefined } } }, tx);
    return { ok: true as const, value: row.id };
  });
}

/** Stores an uploaded file as a document of the centre and attaches it as evidence. */
export async function addDocumentEvidence(actor: Actor, cycle: ReviewCycle, centreId: number, criterionId: number, upload: CheckedUpload): Promise<Done<number>> {
  const refusal = editableRefusal(cycle);
  if (refusal) return refusal;
  if (!criterionInScope(cycle, criterionId)) return { ok: false, error: "reviews.criterionUnknown" };
  const key = await storeUpload(upload.bytes);
  try {
    const document = getDb()
      .insert(documents)
      .values({ networkId: cycle.networkId, centreId, fileKey: key, fileName: upload.name, fileType: upload.type.mime, fileSize: upload.size, uploadedBy: actor.userId })
      .returning()
      .get();
    return addEvidence(actor, cycle, centreId, criterionId, { kind: "document", documentId: document.id });
  } catch (error) {
    await removeUploads([key]);
    throw error;
  }
}

/** Removes a piece of evidence of the centre in this cycle (an attached document is deleted with it). */
export async function removeEvidence(actor: Actor, cycle: ReviewCycle, centreId: number, evidenceId: number): Promise<Done> {
  const refusal = editableRefusal(cycle);
  if (refusal) return refusal;
  const db = getDb();
  const row = db
    .select({ evidence: assessmentEvidence, centreId: assessments.centreId, cycleId: assessments.cycleId })
    .from(assessmentEvidence)
    .innerJoin(assessments, eq(assessments.id, assessmentEvidence.assessmentId))
    .where(eq(assessmentEvidence.id, evidenceId))
    .get();
  if (!row || row.cycleId !== cycle.id || row.centreId !== centreId) return { ok: false, error: "reviews.evidenceUnknown" };
  const document = row.evidence.documentId ? db.select().from(documents).where(eq(documents.id, row.evidence.documentId)).get() : undefined;
  db.transaction((tx) => {
    tx.delete(assessmentEvidence).where(eq(assessmentEvidence.id, evidenceId)).run();
    if (document) tx.delete(documents).where(eq(documents.id, document.id)).run();
    const { assessmentId: _a, ...rest } = row.evidence;
    recordAudit({ actor, networkId: cycle.networkId, entity: "assessment", entityId: row.evidence.assessmentId, action: "update", before: { evidence: rest }, after: { evidence: null } }, tx);
  });
  if (document) await removeUploads([document.fileKey]);
  return { ok: true, value: null };
}

/**
 * A document attached to a self-assessment of the network (404 otherwise); served to the network's
 * members, who all read the review. Recertification uploads have their own, stricter route.
 */
export function getDocument(networkId: number, id: number): Document | undefined {
  const attached = getDb().select({ id: assessmentEvidence.documentId }).from(assessmentEvidence).where(eq(assessmentEvidence.documentId, id));
  return getDb()
    .select()
    .from(documents)
    .where(and(eq(documents.networkId, networkId), eq(documents.id, id), inArray(documents.id, attached)))
    .get();
}
