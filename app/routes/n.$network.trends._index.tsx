import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { chartPoints } from "~/components/trends/points";
import { StatusLegend, StatusText } from "~/components/trends/status";
import { TrendChart } from "~/components/trends/trend-chart";
import { TrendLinks } from "~/components/trends/trend-links";
import { useT } from "~/modules/i18n/use-t";
import { networkAccess } from "~/modules/network/access.server";
import { pageTitle } from "~/modules/network/format";
import { formatCounts } from "~/modules/trends/format";
import { networkTrends } from "~/modules/trends/trends.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "trends.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { network } = networkAccess(request, params, "read:network");
  return { network: { slug: network.slug }, trends: networkTrends(network.id) };
}

export default function Trends() {
  const { network, trends } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <div className="space-y-6">
      <TrendLinks network={network.slug} />
      <h1>{t("trends.title")}</h1>
      <p>{t("trends.intro")}</p>
      {trends.cycles.length === 0 ? (
        <p role="status">{t("trends.empty")}</p>
      ) : (
        <>
          <StatusLegend />
          {trends.criteria.map((criterion) => {
            const hasCentreValues = (i: (typeof criterion.indicators)[number]) => i.atTarget.some((a) => a !== null);
            return (
              <section key={criterion.id} aria-labelledby={`criterion-${criterion.id}`} className="space-y-3 rounded-lg bg-white p-4 shadow print:shadow-none">
                <h2 id={`criterion-${criterion.id}`}>{criterion.title}</h2>
                <p className="text-sm text-slate-700">
                  {t(criterion.scope === "network" ? "trends.scope.network" : "trends.scope.centre")}
                  {criterion.description ? ` – ${criterion.description}` : ""}
                </p>
                <div className="overflow-x-auto">
                  <table className="w-full border-collapse text-left text-sm">
                    <caption className="p-1 text-left font-medium">{t("trends.statusCaption", { title: criterion.title })}</caption>
                    <thead className="bg-slate-100">
                      <tr>
                        <th scope="col" className="p-2">
                          {t("trends.cycle")}
                        </th>
                        <th scope="col" className="p-2">
                          {t("trends.status")}
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {criterion.statuses.map((s) => (
                        <tr key={s.cycleId} className="border-t border-slate-200">
                          <th scope="row" className="p-2 font-medium">
                            {s.label}
                            {s.provisional ? ` (${t("trends.provisional")})` : ""}
                          </th>
                          <td className="p-2">
                            {!s.inScope ? (
                              t("trends.notInScope")
                            ) : s.counts ? (
                              formatCounts(s.counts, t)
                            ) : (
                              <StatusText status={s.status} />
                            )}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
                {criterion.indicators.length === 0 ? (
                  <p>{t("trends.noIndicators")}</p>
                ) : (
                  <div className="grid gap-4 lg:grid-cols-2">
                    {criterion.indicators.map((indicator) => (
                      <TrendChart
                        key={indicator.id}
                        id={`indicator-${indicator.id}`}
                        title={indicator.title}
                        series={[{ name: t("trends.series.network"), points: chartPoints(indicator.points, t) }]}
                        target={indicator.target}
                        valueType={indicator.valueType}
                        direction={indicator.direction}
                        extra={
                          hasCentreValues(indicator)
                            ? {
                                heading: t("trends.centresAtTarget"),
                                cells: indicator.atTarget.map((a) => (a ? t("trends.centresAtTargetValue", { met: a.met, of: a.of }) : "–")),
                              }
                            : undefined
                        }
                      />
                    ))}
                  </div>
                )}
              </section>
            );
          })}
        </>
      )}
    </div>
  );
}
