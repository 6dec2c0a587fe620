// The data behind the shared audit log view (app/components/audit-log.tsx), instance-wide or per network.
import { asc, eq } from "drizzle-orm";
import { getDb } from "@db/client.server";
import { auditLog, networks } from "@db/schema";
import { formatDateTime } from "~/modules/accounts/format";
import { listAudit } from "~/modules/audit/audit.server";
import type { Locale } from "~/modules/i18n/translate";
import { auditFilterSchema } from "./schemas";

export interface AuditFilterValues {
  entity?: string;
  actor?: string;
  from?: string;
  to?: string;
}

export interface AuditRowView {
  id: number;
  at: string;
  actor: string;
  network: string | null;
  entity: string;
  entityId: string;
  action: "create" | "update" | "delete";
  summary: Record<string, unknown>;
}

export interface AuditView {
  filter: AuditFilterValues;
  rows: AuditRowView[];
  total: number;
  page: number;
  pages: number;
  entities: string[];
  showNetwork: boolean;
}

/** Reads the filters from the URL (networkId null: the whole instance) and loads one page. */
export function loadAuditView(request: Request, networkId: number | null, locale: Locale): AuditView {
  const params = new URL(request.url).searchParams;
  const parsed = auditFilterSchema.parse({
    entity: params.get("entity") || undefined,
    actor: params.get("actor") || undefined,
    from: params.get("from") || undefined,
    to: params.get("to") || undefined,
    page: params.get("page") || undefined,
  });
  const { page: requestedPage, ...filter } = parsed;
  const result = listAudit({ networkId, ...filter, page: requestedPage });
  const db = getDb();
  const entityQuery = db.selectDistinct({ entity: auditLog.entity }).from(auditLog);
  const entities = (networkId === null ? entityQuery : entityQuery.where(eq(auditLog.networkId, networkId)))
    .orderBy(asc(auditLog.entity))
    .all()
    .map((r) => r.entity);
  const names =
    networkId === null ? new Map(db.select({ id: networks.id, name: networks.name }).from(networks).all().map((n) => [n.id, n.name])) : null;
  return {
    filter,
    rows: result.rows.map((row) => ({
      id: row.id,
      at: formatDateTime(row.at, locale),
      actor: row.actorName,
      network: names && row.networkId !== null ? (names.get(row.networkId) ?? null) : null,
      entity: row.entity,
      entityId: row.entityId,
      action: row.action,
      summary: row.summary,
    })),
    total: result.total,
    page: result.page,
    pages: result.pages,
    entities,
    showNetwork: networkId === null,
  };
}
