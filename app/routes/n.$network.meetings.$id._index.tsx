import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { MeetingStatusBadge } from "~/components/meetings/badges";
import { ActionSummaryList, MeetingDone } from "~/components/meetings/meeting-parts";
import { MeetingsSubnav } from "~/components/meetings-subnav";
import { Detail } from "~/components/network/fields";
import { isOverdue } from "~/modules/actions/actions.server";
import { dayTitle } from "~/modules/calendar/format";

import { useLocale, useT } from "~/modules/i18n/use-t";
import { meetingActions } from "~/modules/meetings/meeting-actions.server";
import { canManageMeeting, getMeeting, hostName, meetingCentresOf, meetingItemsOf } from "~/modules/meetings/meetings.server";
import { idParam, networkAccess } from "~/modules/network/access.server";
import { namedTitle } from "~/modules/network/format";
import { berlinToday } from "~/modules/time/dates";

export const meta: MetaFunction<typeof loader> = ({ data }) => namedTitle(data?.event.title);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { network, actor } = networkAccess(request, params, "read:network");
  const { meeting, event } = getMeeting(network.id, idParam(params.id));
  const today = berlinToday();
  const actions = meetingActions(network.id, meeting.id).map((a) => ({
    id: a.id,
    title: a.title,
    status: a.status,
    dueOn: a.dueOn,
    centreName: a.centreName,
    ownerName: a.ownerName,
    meetingItemId: a.meetingItemId,
    overdue: isOverdue(a, today),
  }));
  const items = meetingItemsOf(meeting.id);
  return {
    network: { slug: network.slug },
    meeting: { id: meeting.id, status: meeting.status, townInvited: meeting.townInvited, townAttended: meeting.townAttended, notes: meeting.notes },
    event: { id: event.id, title: event.title, date: event.date, startTime: event.startTime, endTime: event.endTime, place: event.place, isPublic: event.isPublic },
    hostName: hostName(event),
    items: items.map((i) => ({ id: i.id, title: i.title, minutes: i.minutes, decisions: i.decisions })),
    centres: meetingCentresOf(meeting.id),
    actions,
    canManage: canManageMeeting(actor, network.id, event.centreId),
    minutesPossible: event.date <= today && meeting.status !== "cancelled",
  };
}

export default function MeetingPage() {
  const data = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const { meeting, event } = data;
  const base = `/n/${data.network.slug}`;
  const actionsFor = (itemId: number | null) => data.actions.filter((a) => a.meetingItemId === itemId);
  const held = meeting.status === "held";
  const general = actionsFor(null);
  return (
    <div className="max-w-4xl space-y-8 print:max-w-none">
      <MeetingsSubnav network={data.network.slug} />
      <MeetingDone />
      <div>
        <p className="font-medium text-slate-700">{held ? t("meetings.protocolOf") : t("meetings.title")}</p>
        <div className="flex flex-wrap items-baseline gap-3">
          <h1>{event.title}</h1>
          <MeetingStatusBadge status={meeting.status} />
        </div>
      </div>
      {meeting.status === "cancelled" ? <p className="rounded border-l-4 border-slate-600 bg-white p-3">{t("meetings.cancelledNotice")}</p> : null}
      <ul className="no-print flex flex-wrap items-center gap-x-4 gap-y-2">
        {data.canManage && data.minutesPossible ? (
          <li>
            <Link to={`${base}/meetings/${meeting.id}/minutes`}>{t(held ? "meetings.editMinutes" : "meetings.recordMinutes")}</Link>
          </li>
        ) : null}
        {data.canManage ? (
          <li>
            <Link to={`${base}/meetings/${meeting.id}/edit`}>{t("meetings.edit")}</Link>
          </li>
        ) : null}
        <li>
          <Link to={`${base}/calendar?view=week&date=${event.date}#day-${event.date}`}>{t("meetings.showInCalendar")}</Link>
        </li>
        <li>
          <button type="button" onClick={() => window.print()} className="rounded border border-slate-500 bg-white px-3 py-1 font-medium hover:bg-slate-100">
            {t("meetings.print")}
          </button>
        </li>
      </ul>
      <section aria-labelledby="details-heading" className="rounded-lg bg-white p-6 shadow print:p-0 print:shadow-none">
        <h2 id="details-heading">{t("meetings.details")}</h2>
        <dl className="mt-2 divide-y divide-slate-200">
          <Detail term={t("meetings.field.date")}>{dayTitle(event.date, locale)}</Detail>
          <Detail term={t("meetings.field.time")}>{t("meetings.time", { start: event.startTime, end: event.endTime })}</Detail>
          <Detail term={t("meetings.field.place")}>{event.place}</Detail>
          <Detail term={t("meetings.field.host")}>{data.hostName ?? t("meetings.hostNetwork")}</Detail>
          <Detail term={t("meetings.visibility")}>{t(event.isPublic ? "meetings.public" : "meetings.internal")}</Detail>
        </dl>
      </section>
      <section aria-labelledby="attendance-heading" className="rounded-lg bg-white p-6 shadow print:p-0 print:shadow-none">
        <h2 id="attendance-heading">{t("meetings.attendanceTitle")}</h2>
        {held ? (
          <p className="mt-1">{t("meetings.attendance", { attended: data.centres.filter((c) => c.attended).length, invited: data.centres.filter((c) => c.invited).length })}</p>
        ) : (
          <p className="mt-1 text-slate-700">{t("meetings.attendanceNotYet")}</p>
        )}
        <ul className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-2">
          {data.centres.map((c) => (
            <li key={c.centreId}>
              {c.name}: {held ? t(c.attended ? "meetings.attended" : "meetings.absent") : t(c.invited ? "meetings.invitedLabel" : "meetings.notInvited")}
            </li>
          ))}
          <li>
            {t("meetings.town")}:{" "}
            {held ? t(meeting.townAttended ? "meetings.attended" : "meetings.absent") : t(meeting.townInvited ? "meetings.invitedLabel" : "meetings.notInvited")}
          </li>
        </ul>
      </section>
      <section aria-labelledby="agenda-heading" className="space-y-4">
        <h2 id="agenda-heading">{t("meetings.agenda")}</h2>
        {data.items.length === 0 ? <p>{t("meetings.agendaEmpty")}</p> : null}
        <ol className="space-y-4">
          {data.items.map((item, index) => {
            const itemActions = actionsFor(item.id);
            return (
              <li key={item.id} className="rounded-lg bg-white p-6 shadow print:break-inside-avoid print:p-0 print:shadow-none">
                <h3 className="text-lg font-semibold">{t("meetings.item", { number: index + 1, title: item.title })}</h3>
                {item.minutes || item.decisions ? (
                  <dl className="mt-2 space-y-2">
                    {item.minutes ? (
                      <div>
                        <dt className="font-medium">{t("meetings.minutes")}</dt>
                        <dd className="whitespace-pre-line">{item.minutes}</dd>
                      </div>
                    ) : null}
                    {item.decisions ? (
                      <div>
                        <dt className="font-medium">{t("meetings.decisions")}</dt>
                        <dd className="whitespace-pre-line">{item.decisions}</dd>
                      </div>
                    ) : null}
                  </dl>
                ) : held ? null : (
                  <p className="mt-1 text-slate-700">{t("meetings.noMinutes")}</p>
                )}
                {itemActions.length > 0 ? (
                  <div className="mt-3">
                    <h4 className="font-medium">{t("meetings.itemActions")}</h4>
                    <ActionSummaryList actions={itemActions} network={data.network.slug} />
                  </div>
                ) : null}
              </li>
            );
          })}
        </ol>
      </section>
      {meeting.notes ? (
        <section aria-labelledby="notes-heading" className="rounded-lg bg-white p-6 shadow print:p-0 print:shadow-none">
          <h2 id="notes-heading">{t("meetings.notes")}</h2>
          <p className="mt-1 whitespace-pre-line">{meeting.notes}</p>
        </section>
      ) : null}
      {general.length > 0 ? (
        <section aria-labelledby="general-actions-heading">
          <h2 id="general-actions-heading">{t("meetings.generalActions")}</h2>
          <ActionSummaryList actions={general} network={data.network.slug} />
        </section>
      ) : null}
    </div>
  );
}
