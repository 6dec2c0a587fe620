// Audit log: who changed what, when, with a compact before/after summary.
import { and, desc, eq, gte, like, lt, or, sql } from "drizzle-orm";
import type { DbOrTx } from "@db/client.server";
import { getDb } from "@db/client.server";
import { auditLog } from "@db/schema";
import type { Actor } from "~/modules/permissions/permissions";
import { nowMs } from "~/modules/time/clock";

type Row = Record<string, unknown>;
const hiddenFields = new Set(["passwordHash", "createdAt"]);

/** Fields that differ between before and after, as { field: [before, after] }. */
export function diffRecords(before: Row, after: Row): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (hiddenFields.has(key)) continue;
    const a = before[key] ?? null;
    const b = after[key] ?? null;
    if (JSON.stringify(a) !== JSON.stringify(b)) changes[key] = [a, b];
  }
  return changes;
}

function visible(row: Row): Row {
  return Object.fromEntries(Object.entries(row).filter(([key]) => !hiddenFields.has(key)));
}

export interface AuditEntry {
  actor: Pick<Actor, "userId" | "name"> | null;
  networkId: number | null;
  entity: string;
  entityId: string | number;
  action: "create" | "update" | "delete";
  before?: Row;
  after?: Row;
}

export function recordAudit(entry: AuditEntry, db: DbOrTx = getDb()): void {
  const summary =
    entry.action === "update"
      ? diffRecords(entry.before ?? {}, entry.after ?? {})
      : visible((entry.action === "create" ? entry.after : entry.before) ?? {});
  if (entry.action === "update" && Object.keys(summary).length === 0) return;
  db.insert(auditLog)
    .values({
      at: nowMs(),
      actorId: entry.actor?.userId ?? null,
      actorName: entry.actor?.name ?? "System",
      networkId: entry.networkId,
      entity: entry.entity,
      entityId: String(entry.entityId),
      action: entry.action,
      summary,
    })
    .run();
}

export interface AuditFilter {
  networkId: number | null;
  entity?: string;
  actor?: string;
  from?: string;
  to?: string;
  page?: number;
}

export const auditPageSize = 50;

export function listAudit(filter: AuditFilter) {
  const conditions = [filter.networkId === null ? sql`1 = 1` : eq(auditLog.networkId, filter.networkId)];
  if (filter.entity) conditions.push(eq(auditLog.entity, filter.entity));
  if (filter.actor) {
    const pattern = `%${filter.actor.replace(/[%_]/g, "")}%`;
    conditions.push(or(like(auditLog.actorName, pattern))!);
  }
  if (filter.from) conditions.push(gte(auditLog.at, Date.parse(`${filter.from}T00:00:00`)));
  if (filter.to) conditions.push(lt(auditLog.at, Date.parse(`${filter.to}T00:00:00`) + 86_400_000));
  const page = Math.max(1, filter.page ?? 1);
  const where = and(...conditions);
  const db = getDb();
  const rows = db
    .select()
    .from(auditLog)
    .where(where)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(auditPageSize)
    .offset((page - 1) * auditPageSize)
    .all();
  const total = db.select({ n: sql<number>`count(*)` }).from(auditLog).where(where).get()?.n ?? 0;
  return { rows, total, page, pages: Math.max(1, Math.ceil(total / auditPageSize)) };
}
