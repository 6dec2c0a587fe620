import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { getDb } from "@db/client.server";
import { actionStatuses } from "@db/schema";
import { ActionStatusBadge, OverdueNote } from "~/components/meetings/badges";
import { MeetingsSubnav } from "~/components/meetings-subnav";
import { isOverdue, listActions } from "~/modules/actions/actions.server";
import { parseActionListFilter, toActionFilter } from "~/modules/actions/filters";

import { useLocale, useT } from "~/modules/i18n/use-t";
import { networkCentres } from "~/modules/meetings/meetings.server";
import { networkAccess } from "~/modules/network/access.server";
import { formatDate, pageTitle } from "~/modules/network/format";
import { berlinToday } from "~/modules/time/dates";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "actions.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { network } = networkAccess(request, params, "read:network");
  const centres = networkCentres(network.id);
  const filter = parseActionListFilter(new URL(request.url).searchParams, centres.map((c) => c.id));
  const today = berlinToday();
  return {
    network: { slug: network.slug },
    centres,
    filter,
    actions: listActions(getDb(), network.id, toActionFilter(filter)).map((a) => ({ ...a, overdue: isOverdue(a, today) })),
  };
}

export default function Actions() {
  const data = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const base = `/n/${data.network.slug}`;
  const select = "mt-1 w-full max-w-full rounded border border-slate-400 bg-white px-3 py-2 sm:w-auto";
  return (
    <div className="space-y-6">
      <MeetingsSubnav network={data.network.slug} />
      <h1>{t("actions.title")}</h1>
      <p>{t("actions.intro")}</p>
      <Form method="get" className="no-print flex flex-wrap items-end gap-4 rounded-lg bg-white p-4 shadow" aria-label={t("actions.filters")}>
        <div>
          <label htmlFor="actions-centre" className="block font-medium">
            {t("actions.field.centre")}
          </label>
          <select id="actions-centre" name="centre" defaultValue={data.filter.centre} className={select}>
            <option value="">{t("actions.allCentres")}</option>
            <option value="network">{t("actions.networkWide")}</option>
            {data.centres.map((c) => (
              <option key={c.id} value={String(c.id)}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="actions-status" className="block font-medium">
            {t("actions.field.status")}
          </label>
          <select id="actions-status" name="status" defaultValue={data.filter.status} className={select}>
            <option value="">{t("actions.allStatuses")}</option>
            <option value="active">{t("actions.activeStatuses")}</option>
            {actionStatuses.map((s) => (
              <option key={s} value={s}>
                {t(`actions.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="actions-source" className="block font-medium">
            {t("actions.field.source")}
          </label>
          <select id="actions-source" name="source" defaultValue={data.filter.source} className={select}>
            <option value="">{t("actions.allSources")}</option>
            <option value="review">{t("actions.source.review")}</option>
            <option value="meeting">{t("actions.source.meeting")}</option>
          </select>
        </div>
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
          {t("actions.apply")}
        </button>
      </Form>
      <p role="status">{t("actions.count", { count: data.actions.length })}</p>
      {data.actions.length === 0 ? (
        <p>{t("actions.none")}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg bg-white shadow">
          <table className="w-full text-left">
            <caption className="sr-only">{t("actions.title")}</caption>
            <thead className="border-b border-slate-300 bg-slate-50">
              <tr>
                <th scope="col" className="p-3">{t("actions.field.due")}</th>
                <th scope="col" className="p-3">{t("actions.field.title")}</th>
                <th scope="col" className="p-3">{t("actions.field.concerns")}</th>
                <th scope="col" className="p-3">{t("actions.field.owner")}</th>
                <th scope="col" className="p-3">{t("actions.field.status")}</th>
                <th scope="col" className="p-3">{t("actions.from")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {data.actions.map((a) => (
                <tr key={a.id} className={a.overdue ? "bg-red-50" : undefined}>
                  <td className="p-3 whitespace-nowrap">{a.dueOn ? formatDate(a.dueOn, locale) : t("actions.noDue")}</td>
                  <td className="p-3">
                    <Link to={`${base}/actions/${a.id}`}>{a.title}</Link>
                  </td>
                  <td className="p-3">{a.centreName ?? t("actions.networkWide")}</td>
                  <td className="p-3">{a.ownerName ?? t("actions.noOwner")}</td>
                  <td className="p-3">
                    <ActionStatusBadge status={a.status} />
                    <OverdueNote dueOn={a.dueOn} overdue={a.overdue} />
                  </td>
                  <td className="p-3">
                    {a.source === "meeting" && a.meetingId !== null ? (
                      <Link to={`${base}/meetings/${a.meetingId}`}>{t("actions.fromMeeting", { title: a.meetingTitle ?? "", date: formatDate(a.meetingDate, locale) })}</Link>
                    ) : a.source === "review" && a.cycleId !== null ? (
                      <Link to={`${base}/reviews/${a.cycleId}`}>{t("actions.fromReview", { title: [a.cycleTitle, a.criterionTitle].filter(Boolean).join(" – ") })}</Link>
                    ) : (
                      t("actions.source.other")
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
