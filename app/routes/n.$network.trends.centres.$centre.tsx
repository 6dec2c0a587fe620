import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ActionsTable } from "~/components/trends/actions-table";
import { chartPoints } from "~/components/trends/points";
import { StatusLegend, StatusText } from "~/components/trends/status";
import { TrendChart } from "~/components/trends/trend-chart";
import { TrendLinks } from "~/components/trends/trend-links";
import { useT } from "~/modules/i18n/use-t";
import { centreAccess } from "~/modules/network/access.server";
import { namedTitle } from "~/modules/network/format";

import { centreTrends } from "~/modules/trends/centre.server";
import { berlinToday } from "~/modules/time/dates";

export const meta: MetaFunction<typeof loader> = ({ data }) => namedTitle(data?.centre.name);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { network, centre } = centreAccess(request, params, "read:network");
  const info = { id: centre.id, slug: centre.slug, name: centre.name };
  return { network: { slug: network.slug }, centre: info, trends: centreTrends(network.id, info, berlinToday()) };
}

export default function CentreTrends() {
  const { network, centre, trends } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <div className="space-y-6">
      <TrendLinks network={network.slug} />
      <h1>{t("trends.centre.title", { centre: centre.name })}</h1>
      <p>{t("trends.centre.intro")}</p>
      <p className="no-print">
        <Link to={`/n/${network.slug}/trends/overview`}>{t("trends.centre.back")}</Link>
      </p>
      {trends.cycles.length === 0 ? (
        <p role="status">{t("trends.empty")}</p>
      ) : (
        <>
          <section aria-labelledby="centre-criteria" className="space-y-3 rounded-lg bg-white p-4 shadow print:shadow-none">
            <h2 id="centre-criteria">{t("trends.centre.criteria")}</h2>
            <StatusLegend />
            <div role="region" aria-labelledby="centre-criteria-caption" tabIndex={0} className="overflow-x-auto">
              <table className="w-full border-collapse text-left text-sm">
                <caption id="centre-criteria-caption" className="p-1 text-left font-medium">
                  {t("trends.centre.criteriaCaption")}
                </caption>
                <thead className="bg-slate-100">
                  <tr>
                    <th scope="col" className="p-2">
                      {t("trends.centre.criterion")}
                    </th>
                    {trends.cycles.map((cycle) => (
                      <th key={cycle.id} scope="col" className="min-w-44 border-l border-slate-300 p-2">
                        {cycle.title}
                        {cycle.provisional ? ` (${t("trends.provisional")})` : ""}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {trends.criteria.map((criterion) => (
                    <tr key={criterion.id} className="border-t border-slate-200">
                      <th scope="row" className="p-2 align-top font-medium">
                        {criterion.title}
                      </th>
                      {criterion.statuses.map((s) => (
                        <td key={s.cycleId} className="border-l border-slate-300 p-2 align-top">
                          {!s.inScope ? (
                            <span className="text-slate-700">{t("trends.notInScope")}</span>
                          ) : (
                            <dl className="space-y-1">
                              <div>
                                <dt className="text-xs text-slate-700">{t("trends.centre.coordinator")}</dt>
                                <dd>
                                  <StatusText status={s.coordinator} className="font-medium" />
                                </dd>
                              </div>
                              <div>
                                <dt className="text-xs text-slate-700">{t("trends.centre.self")}</dt>
                                <dd>
                                  <StatusText status={s.self} />
                                </dd>
                              </div>
                              {s.comment ? (
                                <div>
                                  <dt className="text-xs text-slate-700">{t("trends.centre.comment")}</dt>
                                  <dd className="whitespace-pre-line">{s.comment}</dd>
                                </div>
                              ) : null}
                            </dl>
                          )}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
          <section aria-labelledby="centre-indicators" className="space-y-3">
            <h2 id="centre-indicators">{t("trends.centre.indicators")}</h2>
            {trends.indicators.length === 0 ? (
              <p>{t("trends.centre.noIndicators")}</p>
            ) : (
              <div className="grid gap-4 lg:grid-cols-2">
                {trends.indicators.map((indicator) => (
                  <TrendChart
                    key={indicator.id}
                    id={`indicator-${indicator.id}`}
                    title={indicator.title}
                    series={[
                      { name: centre.name, points: chartPoints(indicator.centre, t) },
                      { name: t("trends.series.network"), points: chartPoints(indicator.network, t) },
                    ]}
                    target={indicator.target}
                    valueType={indicator.valueType}
                    direction={indicator.direction}
                  />
                ))}
              </div>
            )}
          </section>
        </>
      )}
      <section aria-labelledby="centre-actions" className="space-y-3 rounded-lg bg-white p-4 shadow print:shadow-none">
        <h2 id="centre-actions">{t("trends.centre.actions")}</h2>
        {trends.actions.length === 0 ? (
          <p>{t("trends.centre.noActions")}</p>
        ) : (
          <ActionsTable actions={trends.actions} caption={t("trends.actions.caption")} showCentre={false} />
        )}
      </section>
    </div>
  );
}
