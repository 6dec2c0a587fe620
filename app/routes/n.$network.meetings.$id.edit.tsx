import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { MeetingForm } from "~/components/meetings/meeting-form";
import { MeetingDone } from "~/components/meetings/meeting-parts";
import { MeetingsSubnav } from "~/components/meetings-subnav";
import { CheckboxField } from "~/components/network/fields";
import { Button, FormMessage, TextField, useFocusFirstInvalid } from "~/components/ui/form";
import type { MessageKey } from "~/modules/i18n/translate";
import { useT } from "~/modules/i18n/use-t";
import { meetingManagerAccess } from "~/modules/meetings/access.server";
import {
  cancelMeeting,
  hostChoices,
  meetingFormValues,
  meetingItemsOf,
  networkCentres,
  parseAgendaForm,
  saveAgenda,
  updateMeetingDetails,
} from "~/modules/meetings/meetings.server";
import { maxItemTitle, meetingDetailsSchema } from "~/modules/meetings/schemas";
import { pageTitle } from "~/modules/network/format";
import type { FieldErrors } from "~/modules/network/result";
import { replyInvalid } from "~/modules/network/replies.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "meetings.editTitle");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { network, actor, current } = meetingManagerAccess(request, params);
  const hosts = hostChoices(actor, network.id);
  return {
    network: { slug: network.slug },
    meeting: { id: current.meeting.id, title: current.event.title, status: current.meeting.status },
    values: meetingFormValues(current),
    hosts,
    centres: networkCentres(network.id),
    items: meetingItemsOf(current.meeting.id).map((i) => ({ id: i.id, title: i.title })),
  };
}

function agendaReply(fieldErrors: FieldErrors) {
  return data({ result: null, formError: null as MessageKey | null, agendaErrors: fieldErrors, cancelError: null as MessageKey | null }, { status: 400 });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { network, actor, current } = meetingManagerAccess(request, params);
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "details");
  const page = `/n/${network.slug}/meetings/${current.meeting.id}`;
  if (intent === "cancel") {
    if (formData.get("confirm") !== "yes") {
      return data({ result: null, formError: null, agendaErrors: null, cancelError: "meetings.cancelConfirmRequired" as MessageKey }, { status: 400 });
    }
    const cancelled = cancelMeeting(actor, current);
    if (!cancelled.ok) return data({ result: null, formError: null, agendaErrors: null, cancelError: "meetings.cancelNotPlanned" as MessageKey }, { status: 400 });
    throw redirect(`${page}?done=cancelled`);
  }
  if (intent === "details") {
    const submission = parseWithZod(formData, { schema: meetingDetailsSchema });
    if (submission.status !== "success") return replyInvalid(submission.reply());
    const updated = updateMeetingDetails(actor, current, submission.value);
    if (!updated.ok) return replyInvalid(submission.reply({ fieldErrors: updated.fieldErrors }));
    throw redirect(`${page}?done=saved`);
  }
  const parsed = parseAgendaForm(formData, intent);
  if (!parsed.ok) return agendaReply(parsed.fieldErrors);
  const saved = saveAgenda(actor, current, parsed.value.titles, parsed.value.operation);
  if (!saved.ok) return agendaReply(saved.fieldErrors);
  throw redirect(`${page}/edit?done=saved#agenda-heading`);
}

export default function EditMeeting() {
  const loaded = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  useFocusFirstInvalid(actionData);
  const agendaErrors = actionData && "agendaErrors" in actionData ? actionData.agendaErrors : null;
  const cancelError = actionData && "cancelError" in actionData ? actionData.cancelError : null;
  const base = `/n/${loaded.network.slug}/meetings/${loaded.meeting.id}`;
  return (
    <div className="max-w-3xl space-y-8">
      <MeetingsSubnav network={loaded.network.slug} />
      <MeetingDone />
      <div>
        <p className="font-medium text-slate-700">{loaded.meeting.title}</p>
        <h1>{t("meetings.editTitle")}</h1>
      </div>
      <section aria-labelledby="details-heading">
        <h2 id="details-heading" className="mb-3">
          {t("meetings.details")}
        </h2>
        <MeetingForm
          lastResult={actionData && "result" in actionData ? actionData.result : null}
          defaultValue={loaded.values}
          hosts={loaded.hosts}
          centres={loaded.centres}
          withAgenda={false}
          cancelTo={base}
        />
      </section>
      <section aria-labelledby="agenda-heading">
        <h2 id="agenda-heading" className="mb-1">
          {t("meetings.agendaEdit")}
        </h2>
        <p className="mb-3 text-sm text-slate-700">{t("meetings.agendaEditHint")}</p>
        {agendaErrors?.[""] ? <FormMessage tone="error">{t(agendaErrors[""][0] as MessageKey)}</FormMessage> : null}
        <Form method="post" className="rounded-lg bg-white p-6 shadow">
          {/* The default button: Enter in a title field saves the agenda (not a move button). */}
          <button type="submit" name="intent" value="agenda-save" hidden tabIndex={-1} aria-hidden="true" />
          {loaded.items.length === 0 ? <p className="mb-4">{t("meetings.agendaEmpty")}</p> : null}
          <ol className="space-y-2">
            {loaded.items.map((item, index) => (
              <li key={item.id} className="flex flex-wrap items-end gap-2">
                <div className="min-w-0 flex-1">
                  <TextField
                    id={`item-${item.id}`}
                    name={`item-${item.id}`}
                    label={t("meetings.itemTitleLabel", { number: index + 1 })}
                    defaultValue={item.title}
                    maxLength={maxItemTitle}
                    errors={agendaErrors?.[`item-${item.id}`]}
                    required
                  />
                </div>
                <div className="mb-4 flex gap-1">
                  <button type="submit" name="intent" value={`up-${item.id}`} disabled={index === 0} aria-label={t("meetings.moveUpLabel", { number: index + 1 })} className="rounded border border-slate-500 bg-white px-2 py-2 text-sm hover:bg-slate-100 disabled:opacity-60">
                    {t("meetings.moveUp")}
                  </button>
                  <button type="submit" name="intent" value={`down-${item.id}`} disabled={index === loaded.items.length - 1} aria-label={t("meetings.moveDownLabel", { number: index + 1 })} className="rounded border border-slate-500 bg-white px-2 py-2 text-sm hover:bg-slate-100 disabled:opacity-60">
                    {t("meetings.moveDown")}
                  </button>
                  <button type="submit" name="intent" value={`remove-${item.id}`} aria-label={t("meetings.removeLabel", { number: index + 1 })} className="rounded border border-red-700 bg-white px-2 py-2 text-sm text-red-800 hover:bg-red-50">
                    {t("meetings.remove")}
                  </button>
                </div>
              </li>
            ))}
          </ol>
          <div className="flex flex-wrap items-end gap-2">
            <div className="min-w-0 flex-1">
              <TextField id="newItem" name="newItem" label={t("meetings.newItem")} maxLength={maxItemTitle} errors={agendaErrors?.newItem} />
            </div>
            <div className="mb-4">
              <button type="submit" name="intent" value="agenda-add" className="rounded border border-slate-500 bg-white px-4 py-2 font-medium hover:bg-slate-100">
                {t("meetings.addItem")}
              </button>
            </div>
          </div>
          <div className="flex flex-wrap items-center gap-4">
            <Button name="intent" value="agenda-save">
              {t("meetings.saveAgenda")}
            </Button>
            <Link to={base}>{t("form.cancel")}</Link>
          </div>
        </Form>
      </section>
      {loaded.meeting.status === "planned" ? (
        <section aria-labelledby="cancel-heading" className="rounded border border-red-300 bg-white p-6">
          <h2 id="cancel-heading">{t("meetings.cancelTitle")}</h2>
          <p className="mt-2">{t("meetings.cancelExplain")}</p>
          <Form method="post" className="mt-4">
            <input type="hidden" name="intent" value="cancel" />
            <CheckboxField id="cancel-confirm" name="confirm" value="yes" label={t("meetings.cancelConfirm")} errors={cancelError ? [cancelError] : undefined} />
            <Button variant="danger">{t("meetings.cancelTitle")}</Button>
          </Form>
        </section>
      ) : null}
    </div>
  );
}
