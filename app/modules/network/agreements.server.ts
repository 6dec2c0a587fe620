// Cooperation agreements between a centre and a partner of the same network, with an optional file.
import { and, asc, eq } from "drizzle-orm";
import { getDb, type DbOrTx } from "@db/client.server";
import { agreements, partners } from "@db/schema";
import { notFound } from "~/modules/accounts/actor.server";
import { recordAudit } from "~/modules/audit/audit.server";
import type { Actor } from "~/modules/permissions/permissions";
import { removeUploads, storeUpload, type CheckedUpload } from "~/modules/uploads/uploads.server";
import { refused, type Mutation } from "./result";
import type { AgreementInput } from "./schemas";
import type { Agreement, Centre } from "./structure.server";

/** An agreement of this centre; 404 for any other id (also agreements of other centres). */
export function getAgreement(centreId: number, id: number): Agreement {
  return (
    getDb()
      .select()
      .from(agreements)
      .where(and(eq(agreements.centreId, centreId), eq(agreements.id, id)))
      .get() ?? notFound()
  );
}

/** The partners a centre of this network may sign with: those of the same network. */
export function partnerOptions(networkId: number) {
  return getDb()
    .select({ id: partners.id, name: partners.name })
    .from(partners)
    .where(eq(partners.networkId, networkId))
    .orderBy(asc(partners.name))
    .all();
}

function partnerInNetwork(networkId: number, partnerId: number): boolean {
  return (
    getDb()
      .select({ id: partners.id })
      .from(partners)
      .where(and(eq(partners.networkId, networkId), eq(partners.id, partnerId)))
      .get() !== undefined
  );
}

export function agreementAuditView(row: Agreement) {
  return {
    centreId: row.centreId,
    partnerId: row.partnerId,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    fileName: row.fileName,
    fileType: row.fileType,
    fileSize: row.fileSize,
  };
}

/** Audit entries for agreements that a cascading delete (of a centre or partner) removes. */
export function auditCascadedAgreements(tx: DbOrTx, actor: Actor, networkId: number, rows: Agreement[]): void {
  for (const row of rows) {
    recordAudit({ actor, networkId, entity: "agreement", entityId: row.id, action: "delete", before: agreementAuditView(row) }, tx);
  }
}

export function agreementsWhere(column: "centreId" | "partnerId", id: number): Agreement[] {
  return getDb().select().from(agreements).where(eq(agreements[column], id)).all();
}

type FileColumns = Pick<Agreement, "fileKey" | "fileName" | "fileType" | "fileSize">;

const noFile: FileColumns = { fileKey: null, fileName: null, fileType: null, fileSize: null };

function fileColumns(upload: CheckedUpload, key: string): FileColumns {
  return { fileKey: key, fileName: upload.name, fileType: upload.type.mime, fileSize: upload.size };
}

/**
 * Writes the file first, then the row and its audit entry in one transaction; when the transaction
 * fails the new file is removed again, and a replaced file is removed only after the commit.
 */
async function withStoredFile<T>(upload: CheckedUpload | null, write: (file: FileColumns | null) => T): Promise<T> {
  const key = upload ? await storeUpload(upload.bytes) : null;
  try {
    return write(upload && key ? fileColumns(upload, key) : null);
  } catch (error) {
    await removeUploads([key]);
    throw error;
  }
}

export async function createAgreement(
  actor: Actor,
  centre: Centre,
  input: AgreementInput,
  upload: CheckedUpload | null,
): Promise<Mutation<Agreement>> {
  if (!partnerInNetwork(centre.networkId, input.partnerId)) return refused("partnerId", "agreement.partnerUnknown");
  const row = await withStoredFile(upload, (file) =>
    getDb().transaction((tx) => {
      const created = tx
        .insert(agreements)
        .values({ centreId: centre.id, partnerId: input.partnerId, startsOn: input.startsOn, endsOn: input.endsOn ?? null, ...(file ?? noFile) })
        .returning()
        .get();
      recordAudit(
        { actor, networkId: centre.networkId, entity: "agreement", entityId: created.id, action: "create", after: agreementAuditView(created) },
        tx,
      );
      return created;
    }),
  );
  return { ok: true, value: row };
}

/** Updates dates and partner; a new file replaces the old one, `removeFile` drops it. */
export async function updateAgreement(
  actor: Actor,
  centre: Centre,
  agreement: Agreement,
  input: AgreementInput,
  upload: CheckedUpload | null,
): Promise<Mutation<Agreement>> {
  if (!partnerInNetwork(centre.networkId, input.partnerId)) return refused("partnerId", "agreement.partnerUnknown");
  const row = await withStoredFile(upload, (file) =>
    getDb().transaction((tx) => {
      const files = file ?? (input.removeFile ? noFile : {});
      const updated = tx
        .update(agreements)
        .set({ partnerId: input.partnerId, startsOn: input.startsOn, endsOn: input.endsOn ?? null, ...files })
        .where(eq(agreements.id, agreement.id))
        .returning()
        .get();
      recordAudit(
        {
          actor,
          networkId: centre.networkId,
          entity: "agreement",
          entityId: agreement.id,
          action: "update",
          before: agreementAuditView(agreement),
          after: agreementAuditView(updated),
        },
        tx,
      );
      return updated;
    }),
  );
  if (agreement.fileKey && agreement.fileKey !== row.fileKey) await removeUploads([agreement.fileKey]);
  return { ok: true, value: row };
}

export async function deleteAgreement(actor: Actor, centre: Centre, agreement: Agreement): Promise<void> {
  getDb().transaction((tx) => {
    tx.delete(agreements).where(eq(agreements.id, agreement.id)).run();
    auditCascadedAgreements(tx, actor, centre.networkId, [agreement]);
  });
  await removeUploads([agreement.fileKey]);
}
