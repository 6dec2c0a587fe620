// The network overview table: centres × criteria of one cycle; each cell the coordinator's status with
// the centre's self-assessment as secondary text; each centre links to its trend page.
import { Link } from "@remix-run/react";
import { useT } from "~/modules/i18n/use-t";
import { statusLabel } from "~/modules/trends/format";
import type { Overview } from "~/modules/trends/overview.server";
import { StatusText } from "./status";

export function OverviewTable({ overview, network, captionId = "overview-caption" }: { overview: Overview; network: string; captionId?: string }) {
  const t = useT();
  const provisional = overview.cycle.provisional ? ` (${t("trends.provisional")})` : "";
  return (
    <div role="region" aria-labelledby={captionId} tabIndex={0} className="overflow-x-auto rounded-lg bg-white shadow print:overflow-visible print:shadow-none">
      <table className="w-full border-collapse text-left text-sm">
        <caption id={captionId} className="p-2 text-left font-semibold">
          {t("trends.overview.caption", { cycle: overview.cycle.title + provisional })}
        </caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="p-2 align-bottom">
              {t("trends.overview.centre")}
            </th>
            {overview.criteria.map((criterion) => (
              <th key={criterion.id} scope="col" className="min-w-36 border-l border-slate-300 p-2 align-bottom">
                {criterion.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {overview.criteria.some((c) => c.scope === "network") ? (
            <tr className="border-t border-slate-300 bg-slate-50 print:bg-transparent">
              <th scope="row" className="p-2 font-semibold">
                {t("trends.overview.network")}
              </th>
              {overview.criteria.map((criterion, index) => (
                <td key={criterion.id} className="border-l border-slate-300 p-2 align-top">
                  {criterion.scope === "network" ? <StatusText status={overview.network[index]} /> : <span className="text-slate-700">–</span>}
                </td>
              ))}
            </tr>
          ) : null}
          {overview.rows.map((row) => (
            <tr key={row.centre.id} className="border-t border-slate-200">
              <th scope="row" className="p-2 font-semibold">
                <Link to={`/n/${network}/trends/centres/${row.centre.slug}`} className="print:text-black print:no-underline">
                  {row.centre.name}
                </Link>
              </th>
              {row.cells.map((cell) => (
                <td key={cell.criterionId} className="border-l border-slate-300 p-2 align-top">
                  <StatusText status={cell.coordinator} className="font-medium" />
                  <span className="block text-xs text-slate-700 print:text-black">{t("trends.overview.self", { status: statusLabel(cell.self, t) })}</span>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
