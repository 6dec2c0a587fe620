import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { MeetingStatusBadge } from "~/components/meetings/badges";
import { MeetingsSubnav } from "~/components/meetings-subnav";
import { FormMessage } from "~/components/ui/form";
import { useLocale, useT } from "~/modules/i18n/use-t";
import { listMeetings, mayPlanMeetings, type MeetingListRow } from "~/modules/meetings/meetings.server";
import { networkAccess } from "~/modules/network/access.server";
import { formatDate, pageTitle } from "~/modules/network/format";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "meetings.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { network, actor } = networkAccess(request, params, "read:network");
  return { network: { slug: network.slug }, ...listMeetings(network.id), canPlan: mayPlanMeetings(actor, network.id) };
}

function MeetingTable({ rows, caption, network }: { rows: MeetingListRow[]; caption: string; network: string }) {
  const t = useT();
  const locale = useLocale();
  return (
    <div className="overflow-x-auto rounded-lg bg-white shadow">
      <table className="w-full text-left">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-300 bg-slate-50">
          <tr>
            <th scope="col" className="p-3">{t("meetings.col.date")}</th>
            <th scope="col" className="p-3">{t("meetings.col.title")}</th>
            <th scope="col" className="p-3">{t("meetings.col.place")}</th>
            <th scope="col" className="p-3">{t("meetings.col.host")}</th>
            <th scope="col" className="p-3">{t("meetings.col.status")}</th>
            <th scope="col" className="p-3">{t("meetings.col.attendance")}</th>
            <th scope="col" className="p-3">{t("meetings.col.minutes")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {rows.map((row) => (
            <tr key={row.id}>
              <td className="p-3 whitespace-nowrap">
                {formatDate(row.date, locale)}
                <br />
                <span className="text-sm text-slate-700">{t("meetings.time", { start: row.startTime, end: row.endTime })}</span>
              </td>
              <td className="p-3">
                <Link to={`/n/${network}/meetings/${row.id}`}>{row.title}</Link>
              </td>
              <td className="p-3">{row.place}</td>
              <td className="p-3">{row.hostName ?? t("meetings.hostNetwork")}</td>
              <td className="p-3">
                <MeetingStatusBadge status={row.status} />
              </td>
              <td className="p-3">
                {row.status === "held" ? (
                  <>
                    {t("meetings.attendance", { attended: row.attended, invited: row.invited })}
                    {row.townInvited || row.townAttended ? (
                      <>
                        <br />
                        <span className="text-sm">{t(row.townAttended ? "meetings.townPresent" : "meetings.townAbsent")}</span>
                      </>
                    ) : null}
                  </>
                ) : (
                  <span className="text-sm text-slate-700">{t("meetings.invitedLabel")}: {row.invited}</span>
                )}
              </td>
              <td className="p-3">{t(row.hasMinutes ? "meetings.yes" : "meetings.no")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Done() {
  const [params] = useSearchParams();
  const t = useT();
  return params.get("done") === "cancelled" ? <FormMessage tone="success">{t("meetings.done.cancelled")}</FormMessage> : null;
}

export default function Meetings() {
  const data = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <div className="space-y-6">
      <MeetingsSubnav network={data.network.slug} />
      <Done />
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1>{t("meetings.title")}</h1>
        {data.canPlan ? (
          <Link to={`/n/${data.network.slug}/meetings/new`} className="no-print rounded bg-brand-700 px-4 py-2 font-medium text-white no-underline hover:bg-brand-800 hover:text-white">
            {t("meetings.new")}
          </Link>
        ) : null}
      </div>
      <p>{t("meetings.intro")}</p>
      <section aria-labelledby="upcoming-heading" className="space-y-3">
        <h2 id="upcoming-heading">{t("meetings.upcoming")}</h2>
        {data.upcoming.length === 0 ? <p>{t("meetings.noneUpcoming")}</p> : <MeetingTable rows={data.upcoming} caption={t("meetings.upcoming")} network={data.network.slug} />}
      </section>
      <section aria-labelledby="past-heading" className="space-y-3">
        <h2 id="past-heading">{t("meetings.past")}</h2>
        {data.past.length === 0 ? <p>{t("meetings.nonePast")}</p> : <MeetingTable rows={data.past} caption={t("meetings.past")} network={data.network.slug} />}
      </section>
    </div>
  );
}
