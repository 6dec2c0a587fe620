import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { MeetingActionForm } from "~/components/meetings/meeting-action-form";
import { ActionSummaryList, MeetingDone } from "~/components/meetings/meeting-parts";
import { MeetingsSubnav } from "~/components/meetings-subnav";
import { Button, FormMessage, TextAreaField, useFocusFirstInvalid } from "~/components/ui/form";
import { getDb } from "@db/client.server";
import { actionOwnerOptions, isOverdue } from "~/modules/actions/actions.server";
import { meetingActionSchema } from "~/modules/actions/schemas";
import { maxMinutesText } from "~/modules/meetings/schemas";
import { dayTitle } from "~/modules/calendar/format";

import type { MessageKey } from "~/modules/i18n/translate";
import { useLocale, useT } from "~/modules/i18n/use-t";
import { meetingManagerAccess } from "~/modules/meetings/access.server";
import { addMeetingAction, meetingActions } from "~/modules/meetings/meeting-actions.server";
import { meetingCentresOf, meetingItemsOf, networkCentres, parseMinutesForm, recordMinutes } from "~/modules/meetings/meetings.server";
import { namedTitle } from "~/modules/network/format";
import type { FieldErrors } from "~/modules/network/result";
import { replyInvalid } from "~/modules/network/replies.server";
import { berlinToday } from "~/modules/time/dates";

export const meta: MetaFunction<typeof loader> = ({ data: loaded }) => namedTitle(loaded?.event.title);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { network, current } = meetingManagerAccess(request, params);
  const { meeting, event } = current;
  const today = berlinToday();
  return {
    network: { slug: network.slug },
    meeting: { id: meeting.id, status: meeting.status, townInvited: meeting.townInvited, townAttended: meeting.townAttended, notes: meeting.notes },
    event: { title: event.title, date: event.date },
    notYet: event.date > today,
    items: meetingItemsOf(meeting.id).map((i) => ({ id: i.id, title: i.title, minutes: i.minutes, decisions: i.decisions })),
    centres: meetingCentresOf(meeting.id).filter((c) => c.invited || c.attended),
    allCentres: networkCentres(network.id),
    owners: actionOwnerOptions(getDb(), network.id, null),
    actions: meetingActions(network.id, meeting.id).map((a) => ({ ...a, overdue: isOverdue(a, today) })),
  };
}

function minutesReply(fieldErrors: FieldErrors) {
  const formError = (fieldErrors[""]?.[0] ?? null) as MessageKey | null;
  return data({ result: null, formError, minutesErrors: fieldErrors }, { status: 400 });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { network, actor, current } = meetingManagerAccess(request, params);
  const formData = await request.formData();
  const page = `/n/${network.slug}/meetings/${current.meeting.id}`;
  if (formData.get("intent") === "add-action") {
    const submission = parseWithZod(formData, { schema: meetingActionSchema });
    if (submission.status !== "success") return replyInvalid(submission.reply());
    const added = await addMeetingAction(actor, current, network.slug, submission.value);
    if (!added.ok) return replyInvalid(submission.reply({ fieldErrors: added.fieldErrors }));
    throw redirect(`${page}/minutes?done=action#actions-heading`);
  }
  const invited = meetingCentresOf(current.meeting.id)
    .filter((c) => c.invited || c.attended)
    .map((c) => c.centreId);
  const parsed = parseMinutesForm(formData, meetingItemsOf(current.meeting.id), invited);
  if (!parsed.ok) return minutesReply(parsed.fieldErrors);
  const saved = await recordMinutes(actor, current, network.slug, parsed.value);
  if (!saved.ok) return minutesReply(saved.fieldErrors);
  throw redirect(`${page}?done=minutes`);
}

export default function MeetingMinutes() {
  const loaded = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  useFocusFirstInvalid(actionData);
  const minutesErrors = actionData && "minutesErrors" in actionData ? actionData.minutesErrors : null;
  const formError = actionData?.formError ?? null;
  const base = `/n/${loaded.network.slug}/meetings/${loaded.meeting.id}`;
  return (
    <div className="max-w-3xl space-y-8">
      <MeetingsSubnav network={loaded.network.slug} />
      <MeetingDone />
      <div>
        <p className="font-medium text-slate-700">{dayTitle(loaded.event.date, locale)}</p>
        <h1>{t("meetings.minutesTitle", { title: loaded.event.title })}</h1>
      </div>
      <p>{t("meetings.minutes.intro")}</p>
      {formError ? <FormMessage tone="error">{t(formError)}</FormMessage> : null}
      {loaded.notYet && !formError ? <p className="rounded border-l-4 border-sky-700 bg-white p-3">{t("meetings.minutes.notYet")}</p> : null}
      <Form method="post" className="rounded-lg bg-white p-6 shadow">
        <input type="hidden" name="intent" value="minutes" />
        <fieldset className="mb-6" aria-describedby={minutesErrors?.attended ? "attended-error" : undefined}>
          <legend className="text-lg font-semibold">{t("meetings.minutes.attendance")}</legend>
          <ul className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-2">
            {loaded.centres.map((c) => (
              <li key={c.centreId} className="flex items-center gap-2">
                <input type="checkbox" id={`attended-${c.centreId}`} name="attended" value={String(c.centreId)} defaultChecked={c.attended} className="h-5 w-5 accent-brand-700" />
                <label htmlFor={`attended-${c.centreId}`}>{c.name}</label>
              </li>
            ))}
            <li className="flex items-center gap-2">
              <input type="checkbox" id="townAttended" name="townAttended" defaultChecked={loaded.meeting.townAttended} className="h-5 w-5 accent-brand-700" />
              <label htmlFor="townAttended">{t("meetings.minutes.town")}</label>
            </li>
          </ul>
          {minutesErrors?.attended ? (
            <p id="attended-error" className="mt-1 text-sm font-medium text-red-700">
              {t(minutesErrors.attended[0] as MessageKey)}
            </p>
          ) : null}
        </fieldset>
        {loaded.items.map((item, index) => (
          <fieldset key={item.id} className="mb-6 rounded border border-slate-300 p-4">
            <legend className="px-1 text-lg font-semibold">{t("meetings.item", { number: index + 1, title: item.title })}</legend>
            <TextAreaField id={`minutes-${item.id}`} name={`minutes-${item.id}`} label={t("meetings.minutes.itemMinutes", { number: index + 1 })} defaultValue={item.minutes} errors={minutesErrors?.[`minutes-${item.id}`]} maxLength={maxMinutesText} rows={4} />
            <TextAreaField id={`decisions-${item.id}`} name={`decisions-${item.id}`} label={t("meetings.minutes.itemDecisions", { number: index + 1 })} defaultValue={item.decisions} errors={minutesErrors?.[`decisions-${item.id}`]} maxLength={maxMinutesText} rows={2} />
          </fieldset>
        ))}
        <TextAreaField id="notes" name="notes" label={t("meetings.notes")} defaultValue={loaded.meeting.notes} errors={minutesErrors?.notes} maxLength={maxMinutesText} rows={4} />
        <div className="flex flex-wrap items-center gap-4">
          <Button>{t("meetings.minutes.save")}</Button>
          <Link to={base}>{t("form.cancel")}</Link>
        </div>
      </Form>
      <section aria-labelledby="actions-heading" className="space-y-3">
        <h2 id="actions-heading">{t("meetings.actionsOfMeeting")}</h2>
        {loaded.actions.length === 0 ? <p>{t("meetings.noActions")}</p> : <ActionSummaryList actions={loaded.actions} network={loaded.network.slug} />}
        <h3 className="text-lg font-semibold">{t("meetings.addAction")}</h3>
        <p className="text-sm text-slate-700">{t("meetings.addActionHint")}</p>
        <MeetingActionForm lastResult={actionData && "result" in actionData ? actionData.result : null} items={loaded.items} centres={loaded.allCentres} owners={loaded.owners} />
      </section>
    </div>
  );
}
