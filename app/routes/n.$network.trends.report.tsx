import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ActionsTable } from "~/components/trends/actions-table";
import { CycleSelect } from "~/components/trends/cycle-select";
import { OverviewTable } from "~/components/trends/overview-table";
import { PrintButton } from "~/components/trends/print-button";
import { StatusLegend, StatusText } from "~/components/trends/status";
import { TrendLinks } from "~/components/trends/trend-links";
import type { Translate } from "~/modules/i18n/translate";
import { useLocale, useT } from "~/modules/i18n/use-t";
import { networkAccess } from "~/modules/network/access.server";
import { formatDate, pageTitle } from "~/modules/network/format";

import { formatChange, formatCounts, formatValue } from "~/modules/trends/format";
import type { CriterionStatus } from "~/modules/trends/series.server";
import { reportFor } from "~/modules/trends/report.server";
import { berlinToday } from "~/modules/time/dates";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "trends.report.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { network } = networkAccess(request, params, "read:network");
  const today = berlinToday();
  return { network: { slug: network.slug, name: network.name }, today, ...reportFor(network.id, new URL(request.url).searchParams.get("cycle"), today) };
}

function StatusCell({ status, t }: { status: CriterionStatus | null; t: Translate }) {
  if (!status) return <>–</>;
  if (!status.inScope) return <>{t("trends.notInScope")}</>;
  if (status.counts) return <>{formatCounts(status.counts, t)}</>;
  return <StatusText status={status.status} />;
}

const section = "space-y-3 break-inside-avoid-page print:break-before-page";
const th = "p-2";

export default function CommitteeReportPage() {
  const { network, today, cycles, report, unknownCycle } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  if (!report) {
    return (
      <div className="space-y-6">
        <TrendLinks network={network.slug} />
        <h1>{t("trends.report.title")}</h1>
        <p role="status">{t("trends.report.empty")}</p>
      </div>
    );
  }
  const { cycle, previous } = report;
  const previousTitle = previous?.title ?? t("trends.report.noPrevious");
  return (
    <div className="space-y-8 print:space-y-4 print:bg-white print:text-black">
      <TrendLinks network={network.slug} />
      {unknownCycle ? (
        <p role="alert" className="no-print rounded border-l-4 border-amber-700 bg-amber-50 p-3 text-amber-900">
          {t("trends.report.unknownCycle")}
        </p>
      ) : null}
      <div className="no-print flex flex-wrap items-end justify-between gap-3">
        <CycleSelect cycles={cycles} selected={cycle.id} id="report-cycle" />
        <PrintButton />
      </div>

      <header className="space-y-2 border-b-2 border-slate-900 pb-4">
        <p className="text-sm font-medium uppercase tracking-wide text-slate-700 print:text-black">{t("trends.report.kicker")}</p>
        <h1>{t("trends.report.title")}</h1>
        <p className="text-xl font-semibold">{network.name}</p>
        <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
          <dt className="font-medium">{t("trends.report.cycle")}</dt>
          <dd>
            {cycle.title}
            {cycle.provisional ? ` (${t("trends.provisional")})` : ""}
          </dd>
          <dt className="font-medium">{t("trends.report.period")}</dt>
          <dd>{t("trends.report.periodValue", { from: formatDate(cycle.periodStart, locale), to: formatDate(cycle.periodEnd, locale) })}</dd>
          <dt className="font-medium">{t("trends.report.previous")}</dt>
          <dd>{previousTitle}</dd>
          <dt className="font-medium">{t("trends.report.date")}</dt>
          <dd>{formatDate(today, locale)}</dd>
        </dl>
        {cycle.provisional ? <p className="font-semibold">{t("trends.report.provisionalNote")}</p> : null}
      </header>

      <section aria-labelledby="report-summary" className="space-y-3 break-inside-avoid-page">
        <h2 id="report-summary">{t("trends.report.summary")}</h2>
        <StatusLegend />
        <table className="w-full border-collapse text-left text-sm">
          <caption className="p-1 text-left font-medium">{t("trends.report.summaryCaption")}</caption>
          <thead className="bg-slate-100 print:bg-transparent">
            <tr className="border-b border-slate-400">
              <th scope="col" className={th}>
                {t("trends.report.criterion")}
              </th>
              <th scope="col" className={th}>
                {t("trends.report.now")}: {cycle.title}
              </th>
              <th scope="col" className={th}>
                {t("trends.report.before")}: {previousTitle}
              </th>
            </tr>
          </thead>
          <tbody>
            {report.criteria.map((criterion) => (
              <tr key={criterion.id} className="border-t border-slate-200">
                <th scope="row" className={`${th} font-medium`}>
                  {criterion.title}
                  <span className="block text-xs font-normal text-slate-700 print:text-black">
                    {t(criterion.scope === "network" ? "trends.scope.network" : "trends.scope.centre")}
                  </span>
                </th>
                <td className={th}>
                  <StatusCell status={criterion.status} t={t} />
                </td>
                <td className={th}>
                  <StatusCell status={criterion.previous} t={t} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="report-overview" className={section}>
        <h2 id="report-overview">{t("trends.report.overview")}</h2>
        <OverviewTable overview={report.overview} network={network.slug} captionId="report-overview-caption" />
      </section>

      <section aria-labelledby="report-indicators" className={section}>
        <h2 id="report-indicators">{t("trends.report.indicators")}</h2>
        {report.criteria.map((criterion) =>
          criterion.indicators.length === 0 ? null : (
            <div key={criterion.id} className="overflow-x-auto break-inside-avoid">
              <table className="w-full border-collapse text-left text-sm">
                <caption className="p-1 text-left font-medium">{t("trends.report.indicatorsCaption", { title: criterion.title })}</caption>
                <thead className="bg-slate-100 print:bg-transparent">
                  <tr className="border-b border-slate-400">
                    <th scope="col" className={th}>
                      {t("trends.report.indicator")}
                    </th>
                    <th scope="col" className={th}>
                      {cycle.title}
                    </th>
                    <th scope="col" className={th}>
                      {t("trends.report.target")}
                    </th>
                    <th scope="col" className={th}>
                      {t("trends.report.met")}
                    </th>
                    <th scope="col" className={th}>
                      {previousTitle}
                    </th>
                    <th scope="col" className={th}>
                      {t("trends.report.change")}
                    </th>
                    <th scope="col" className={th}>
                      {t("trends.centresAtTarget")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {criterion.indicators.map((indicator) => (
                    <tr key={indicator.id} className="border-t border-slate-200">
                      <th scope="row" className={`${th} font-medium`}>
                        {indicator.title}
                      </th>
                      <td className={th}>
                        {formatValue(indicator.value, indicator.valueType, t, locale)}
                        {indicator.meanOf !== null || indicator.detail ? (
                          <span className="block text-xs text-slate-700 print:text-black">
                            {indicator.meanOf !== null ? t("trends.meanOf", { count: indicator.meanOf }) : indicator.detail}
                          </span>
                        ) : null}
                      </td>
                      <td className={th}>{indicator.target === null ? "–" : formatValue(indicator.target, indicator.valueType, t, locale)}</td>
                      <td className={th}>{indicator.met === null ? "–" : t(indicator.met ? "trends.value.yes" : "trends.value.no")}</td>
                      <td className={th}>{formatValue(indicator.previous, indicator.valueType, t, locale)}</td>
                      <td className={th}>{formatChange(indicator.value, indicator.previous, indicator.valueType, indicator.direction, t, locale)}</td>
                      <td className={th}>{indicator.atTarget ? t("trends.centresAtTargetValue", { met: indicator.atTarget.met, of: indicator.atTarget.of }) : "–"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ),
        )}
      </section>

      <section aria-labelledby="report-actions" className={section}>
        <h2 id="report-actions">{t("trends.report.actions")}</h2>
        {report.actions.length === 0 ? <p>{t("trends.report.noActions")}</p> : <ActionsTable actions={report.actions} caption={t("trends.report.actions")} />}
      </section>

      <section aria-labelledby="report-meetings" className="space-y-3 break-inside-avoid">
        <h2 id="report-meetings">{t("trends.report.meetings")}</h2>
        <p>
          {report.meetings.length === 0
            ? t("trends.report.meetingsNone")
            : report.meetings.length === 1
              ? t("trends.report.meetingsOne")
              : t("trends.report.meetingsCount", { count: report.meetings.length })}
        </p>
        {report.meetings.length > 0 ? (
          <ul className="list-disc pl-5">
            {report.meetings.map((meeting) => (
              <li key={meeting.id}>
                {formatDate(meeting.date, locale)}: {meeting.title}
              </li>
            ))}
          </ul>
        ) : null}
      </section>
    </div>
  );
}
