import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { eventKindLabel } from "~/components/calendar/entries";
import { EventForm } from "~/components/calendar/event-form";
import { DeleteSection, Detail, DoneNotice } from "~/components/network/fields";
import { useFocusFirstInvalid } from "~/components/ui/form";
import { forbidden } from "~/modules/accounts/actor.server";
import { dayTitle } from "~/modules/calendar/format";
import {
  deleteEvent,
  eventChoices,
  eventDetails,
  eventFormValues,
  getEvent,
  mayManageEvent,
  updateEvent,
} from "~/modules/calendar/events.server";
import { eventSchema } from "~/modules/calendar/schemas";
import { useLocale, useT } from "~/modules/i18n/use-t";
import { idParam, networkAccess } from "~/modules/network/access.server";
import { namedTitle } from "~/modules/network/format";
import { deleteConfirmed, intentOf, replyDeleteUnconfirmed, replyInvalid } from "~/modules/network/replies.server";
import { listNeighbourhoods } from "~/modules/network/structure.server";
import { meetingIdForEvent } from "~/modules/meetings/meetings.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => namedTitle(data?.event.title);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { network, actor } = networkAccess(request, params, "read:network");
  const event = getEvent(network.id, idParam(params.id));
  // A meeting's event is edited on the meeting's page (agenda, invitations, minutes live there).
  const meetingId = meetingIdForEvent(event.id);
  const canManage = meetingId === null && mayManageEvent(actor, event);
  return {
    meetingId,
    network: { slug: network.slug },
    event: { id: event.id, kind: event.kind, title: event.title, description: event.description, date: event.date, startTime: event.startTime, endTime: event.endTime, place: event.place, isPublic: event.isPublic },
    ...eventDetails(event),
    canManage,
    form: canManage
      ? {
          values: eventFormValues(event),
          choices: eventChoices(actor, network.id),
          neighbourhoods: listNeighbourhoods(network.id).map(({ id, name }) => ({ id, name })),
        }
      : null,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { network, actor } = networkAccess(request, params, "read:network");
  const event = getEvent(network.id, idParam(params.id));
  if (!mayManageEvent(actor, event)) forbidden();
  const meetingId = meetingIdForEvent(event.id);
  if (meetingId !== null) throw redirect(`/n/${network.slug}/meetings/${meetingId}/edit`);
  const formData = await request.formData();
  const calendar = `/n/${network.slug}/calendar?view=week&date=${event.date}`;
  if (intentOf(formData) === "delete") {
    if (!deleteConfirmed(formData)) return replyDeleteUnconfirmed();
    deleteEvent(actor, event);
    throw redirect(`${calendar}&done=deleted`);
  }
  const submission = parseWithZod(formData, { schema: eventSchema });
  if (submission.status !== "success") return replyInvalid(submission.reply());
  const updated = updateEvent(actor, event, submission.value);
  if (!updated.ok) return replyInvalid(submission.reply({ fieldErrors: updated.fieldErrors }));
  throw redirect(`/n/${network.slug}/events/${event.id}?done=saved`);
}

export default function EventPage() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  useFocusFirstInvalid(actionData);
  const { event } = data;
  const base = `/n/${data.network.slug}`;
  const calendarLink = `${base}/calendar?view=week&date=${event.date}#day-${event.date}`;
  return (
    <div className="max-w-3xl space-y-8">
      <DoneNotice />
      <div>
        <p className="font-medium text-slate-700">{t(eventKindLabel[event.kind])}</p>
        <h1>{event.title}</h1>
      </div>
      <section aria-labelledby="details-heading" className="rounded-lg bg-white p-6 shadow">
        <h2 id="details-heading">{t("calendar.event.details")}</h2>
        <dl className="mt-2 divide-y divide-slate-200">
          <Detail term={t("calendar.event.date")}>{dayTitle(event.date, locale)}</Detail>
          <Detail term={t("calendar.event.time")}>{t("calendar.event.timeRange", { start: event.startTime, end: event.endTime })}</Detail>
          <Detail term={t("calendar.event.place")}>{event.place || (data.centre ? t("calendar.event.atCentre") : "")}</Detail>
          <Detail term={t("calendar.event.centre")}>
            {data.centre ? <Link to={`${base}/centres/${data.centre.slug}`}>{data.centre.name}</Link> : t("calendar.event.networkWide")}
          </Detail>
          <Detail term={t("calendar.event.neighbourhood")}>{data.neighbourhoodName}</Detail>
          <Detail term={t("calendar.event.visibility")}>{t(event.isPublic ? "calendar.event.public" : "calendar.event.internal")}</Detail>
          <Detail term={t("calendar.event.description")}>
            {event.description ? <span className="whitespace-pre-line">{event.description}</span> : null}
          </Detail>
        </dl>
        {data.meetingId !== null ? (
          <p className="mt-4">
            <Link to={`${base}/meetings/${data.meetingId}`}>{t("meetings.calendarLink")}</Link>
            <br />
            <span className="text-sm text-slate-700">{t("meetings.calendarEditHint")}</span>
          </p>
        ) : null}
        <p className="mt-4">
          <Link to={calendarLink}>{t("calendar.event.showInCalendar")}</Link>
        </p>
      </section>
      {data.form ? (
        <>
          <section aria-labelledby="edit-heading">
            <h2 id="edit-heading" className="mb-3">
              {t("calendar.event.editTitle")}
            </h2>
            <EventForm
              lastResult={actionData?.result}
              defaultValue={data.form.values}
              centres={data.form.choices.centres}
              networkWide={data.form.choices.networkWide}
              neighbourhoods={data.form.neighbourhoods}
              intent="update"
              cancelTo={calendarLink}
            />
          </section>
          <DeleteSection
            title={t("calendar.event.deleteTitle")}
            explanation={t("calendar.event.deleteExplain")}
            confirmLabel={t("calendar.event.deleteConfirm")}
            error={actionData?.deleteError}
          />
        </>
      ) : null}
    </div>
  );
}
