// The audit log: filter form, table and pagination. Shared by /admin/audit and /n/:network/audit.
import { Form, Link, useLocation, useNavigation } from "@remix-run/react";
import { Button } from "~/components/ui/form";
import { messagesDe } from "~/modules/i18n/messages";
import type { MessageKey, Translate } from "~/modules/i18n/translate";
import { useT } from "~/modules/i18n/use-t";

export interface AuditLogData {
  filter: { entity?: string; actor?: string; from?: string; to?: string };
  rows: {
    id: number;
    at: string;
    actor: string;
    network: string | null;
    entity: string;
    entityId: string;
    action: "create" | "update" | "delete";
    summary: Record<string, unknown>;
  }[];
  total: number;
  page: number;
  pages: number;
  entities: string[];
  showNetwork: boolean;
}

export interface SummaryLine {
  field: string;
  from?: string;
  to?: string;
  value?: string;
}

const maxValueLength = 120;

export function formatAuditValue(value: unknown, t: Translate): string {
  if (value === null || value === undefined || value === "") return "–";
  if (typeof value === "boolean") return value ? t("audit.yes") : t("audit.no");
  let text: string;
  if (typeof value === "string") text = value;
  else if (typeof value === "number") text = String(value);
  else if (Array.isArray(value) && value.every((v) => typeof v !== "object" || v === null)) text = value.map(String).join(", ");
  else text = JSON.stringify(value);
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > maxValueLength ? `${flat.slice(0, maxValueLength - 1)}…` : flat;
}

/** Readable lines for an entry's summary: "field: old → new" for updates, "field: value" otherwise. */
export function summaryLines(action: "create" | "update" | "delete", summary: Record<string, unknown>, t: Translate): SummaryLine[] {
  return Object.entries(summary).map(([field, value]) => {
    if (action === "update" && Array.isArray(value) && value.length === 2) {
      return { field, from: formatAuditValue(value[0], t), to: formatAuditValue(value[1], t) };
    }
    return { field, value: formatAuditValue(value, t) };
  });
}

function entityLabel(entity: string, t: Translate): string {
  const key = `audit.entity.${entity}`;
  return key in messagesDe ? t(key as MessageKey) : entity;
}

function pageHref(pathname: string, filter: AuditLogData["filter"], page: number): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (value) params.set(key, value);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `${pathname}?${query}` : pathname;
}

const inputClass = "mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2";

export function AuditLog({ data }: { data: AuditLogData }) {
  const t = useT();
  const location = useLocation();
  const navigation = useNavigation();
  const { filter } = data;
  return (
    <div className="space-y-6">
      <Form method="get" className="rounded-lg bg-white p-4 shadow" aria-labelledby="audit-filters">
        <h2 id="audit-filters" className="mb-3 text-lg">{t("audit.filters")}</h2>
        {/* key: reset the inputs when the filters in the URL change (e.g. "reset filters"). */}
        <div key={location.search} className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <div>
            <label htmlFor="audit-entity" className="block font-medium">{t("audit.entity")}</label>
            <select id="audit-entity" name="entity" defaultValue={filter.entity ?? ""} className={inputClass}>
              <option value="">{t("audit.allEntities")}</option>
              {data.entities.map((e) => (
                <option key={e} value={e}>{entityLabel(e, t)}</option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="audit-actor" className="block font-medium">{t("audit.actor")}</label>
            <input id="audit-actor" name="actor" type="search" defaultValue={filter.actor ?? ""} className={inputClass} />
          </div>
          <div>
            <label htmlFor="audit-from" className="block font-medium">{t("audit.from")}</label>
            <input id="audit-from" name="from" type="date" defaultValue={filter.from ?? ""} className={inputClass} />
          </div>
          <div>
            <label htmlFor="audit-to" className="block font-medium">{t("audit.to")}</label>
            <input id="audit-to" name="to" type="date" defaultValue={filter.to ?? ""} className={inputClass} />
          </div>
        </div>
        <div className="mt-4 flex flex-wrap items-center gap-4">
          <Button>{t("audit.apply")}</Button>
          <Link to={location.pathname}>{t("audit.reset")}</Link>
        </div>
      </Form>

      <p role="status" aria-busy={navigation.state === "loading"}>
        {t("audit.count", { total: data.total })}
      </p>

      {data.rows.length === 0 ? (
        <p>{t("audit.empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse bg-white text-left text-sm shadow">
            <caption className="sr-only">{t("audit.title")}</caption>
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="p-2">{t("audit.time")}</th>
                {data.showNetwork ? <th scope="col" className="p-2">{t("audit.network")}</th> : null}
                <th scope="col" className="p-2">{t("audit.actor")}</th>
                <th scope="col" className="p-2">{t("audit.entity")}</th>
                <th scope="col" className="p-2">{t("audit.action")}</th>
                <th scope="col" className="p-2">{t("audit.changes")}</th>
              </tr>
            </thead>
            <tbody>
              {data.rows.map((row) => (
                <tr key={row.id} className="border-t border-slate-200 align-top">
                  <td className="whitespace-nowrap p-2">{row.at}</td>
                  {data.showNetwork ? <td className="p-2">{row.network ?? t("audit.instance")}</td> : null}
                  <td className="p-2">{row.actor}</td>
                  <td className="p-2">
                    {entityLabel(row.entity, t)} <span className="text-slate-700">#{row.entityId}</span>
                  </td>
                  <td className="p-2">{t(`audit.action.${row.action}`)}</td>
                  <td className="p-2">
                    <ul className="space-y-0.5">
                      {summaryLines(row.action, row.summary, t).map((line) => (
                        <li key={line.field} className="break-words">
                          <span className="font-medium">{line.field}</span>:{" "}
                          {line.value !== undefined ? line.value : (
                            <>
                              {line.from} <span aria-hidden="true">→</span>
                              <span className="sr-only">{t("audit.changedTo")}</span> {line.to}
                            </>
                          )}
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {data.pages > 1 ? (
        <nav aria-label={t("audit.pagination")} className="flex flex-wrap items-center gap-4">
          {data.page > 1 ? <Link to={pageHref(location.pathname, filter, data.page - 1)}>{t("audit.previous")}</Link> : null}
          <span aria-current="page">{t("audit.pageOf", { page: data.page, pages: data.pages })}</span>
          {data.page < data.pages ? <Link to={pageHref(location.pathname, filter, data.page + 1)}>{t("audit.next")}</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
