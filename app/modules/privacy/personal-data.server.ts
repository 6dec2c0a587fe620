// DSGVO Art. 15/20: everything the instance holds about one person, as one JSON document.
import { eq, or, type Column } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import { getDb } from "@db/client.server";
import * as schema from "@db/schema";
import { nowDate } from "~/modules/time/clock";

/** Every table column that points at a person, by the name used in the export. */
const personColumns: [name: string, table: SQLiteTable, columns: Column[]][] = [
  ["memberships", schema.memberships, [schema.memberships.userId]],
  ["sessions", schema.sessions, [schema.sessions.userId]],
  ["notifications", schema.notifications, [schema.notifications.userId]],
  ["auditLog", schema.auditLog, [schema.auditLog.actorId]],
  ["offeringVersions", schema.offeringVersions, [schema.offeringVersions.actorId]],
  ["offeringsEditedOrVerified", schema.offerings, [schema.offerings.updatedBy, schema.offerings.verifiedBy]],
  ["events", schema.events, [schema.events.createdBy]],
  ["importJobs", schema.importJobs, [schema.importJobs.userId]],
  ["overlapDecisions", schema.overlapFlags, [schema.overlapFlags.decidedBy]],
  ["overlapComments", schema.overlapComments, [schema.overlapComments.authorId]],
  ["needs", schema.needs, [schema.needs.reportedBy]],
  ["indicatorValues", schema.indicatorValues, [schema.indicatorValues.enteredBy]],
  ["assessments", schema.assessments, [schema.assessments.selfBy, schema.assessments.coordinatorBy]],
  ["assessmentEvidence", schema.assessmentEvidence, [schema.assessmentEvidence.addedBy]],
  ["documents", schema.documents, [schema.documents.uploadedBy]],
  ["meetings", schema.meetings, [schema.meetings.createdBy]],
  ["actions", schema.actions, [schema.actions.ownerId, schema.actions.createdBy]],
  ["recertificationEvidence", schema.recertificationEvidence, [schema.recertificationEvidence.addedBy]],
  ["invitationsSent", schema.authTokens, [schema.authTokens.createdBy]],
];

/** Fields never handed out, not even to the person: secrets and hashes of secrets. */
const secretFields = new Set(["passwordHash", "id:sessions", "id:invitationsSent"]);

export interface PersonalData {
  exportedAt: string;
  account: { id: number; name: string; email: string; locale: string | null; isAdmin: boolean; createdAt: string };
  mailsToYou: { subject: string; createdAt: string }[];
  records: Record<string, Record<string, unknown>[]>;
}

function withoutSecrets(name: string, row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).filter(([key]) => !secretFields.has(key) && !secretFields.has(`${key}:${name}`)));
}

/** The person's data, or null when the account does not exist. */
export function personalData(userId: number, now = nowDate()): PersonalData | null {
  const db = getDb();
  const user = db.select().from(schema.users).where(eq(schema.users.id, userId)).get();
  if (!user) return null;
  const records: PersonalData["records"] = {};
  for (const [name, table, columns] of personColumns) {
    const rows = db
      .select()
      .from(table)
      .where(or(...columns.map((column) => eq(column, userId))))
      .all() as Record<string, unknown>[];
    records[name] = rows.map((row) => withoutSecrets(name, row));
  }
  const mails = db
    .select({ subject: schema.outboxMessages.subject, createdAt: schema.outboxMessages.createdAt })
    .from(schema.outboxMessages)
    .where(eq(schema.outboxMessages.recipient, user.email))
    .all();
  return {
    exportedAt: now.toISOString(),
    account: {
      id: user.id,
      name: user.name,
      email: user.email,
      locale: user.locale,
      isAdmin: user.isAdmin,
      createdAt: new Date(user.createdAt).toISOString(),
    },
    mailsToYou: mails.map((m) => ({ subject: m.subject, createdAt: new Date(m.createdAt).toISOString() })),
    records,
  };
}
