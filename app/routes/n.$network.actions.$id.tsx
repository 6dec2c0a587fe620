import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { getDb } from "@db/client.server";
import { actionStatuses } from "@db/schema";
import { ownerLabel } from "~/components/meetings/meeting-action-form";
import { ActionStatusBadge, OverdueNote } from "~/components/meetings/badges";
import { MeetingsSubnav } from "~/components/meetings-subnav";
import { Detail } from "~/components/network/fields";
import { Button, FormMessage, SelectField, TextAreaField, TextField, initialText, useFocusFirstInvalid } from "~/components/ui/form";
import { forbidden, notFound } from "~/modules/accounts/actor.server";
import {
  actionOwnerOptions,
  canManageAction,
  canUpdateActionStatus,
  findAction,
  isOverdue,
  listActions,
  saveActionForm,
} from "~/modules/actions/actions.server";
import { actionStatusSchema, actionUpdateSchema, maxActionDescription, maxActionTitle } from "~/modules/actions/schemas";

import { useLocale, useT } from "~/modules/i18n/use-t";
import { idParam, networkAccess } from "~/modules/network/access.server";
import { formatDate, namedTitle } from "~/modules/network/format";
import { replyInvalid } from "~/modules/network/replies.server";
import { berlinToday } from "~/modules/time/dates";

export const meta: MetaFunction<typeof loader> = ({ data }) => namedTitle(data?.action.title);

function actionAccess(request: Request, params: LoaderFunctionArgs["params"]) {
  const { network, actor } = networkAccess(request, params, "read:network");
  const record = findAction(getDb(), network.id, idParam(params.id)) ?? notFound();
  return { network, actor, record };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { network, actor, record } = actionAccess(request, params);
  const row = listActions(getDb(), network.id, {}).find((a) => a.id === record.id)!;
  const canManage = canManageAction(actor, record);
  return {
    network: { slug: network.slug },
    action: { ...row, overdue: isOverdue(row, berlinToday()) },
    canManage,
    canStatus: canUpdateActionStatus(actor, record),
    owners: canManage ? actionOwnerOptions(getDb(), network.id, record.centreId) : [],
    values: {
      title: record.title,
      description: record.description,
      ownerId: record.ownerId === null ? "" : String(record.ownerId),
      dueOn: record.dueOn ?? "",
      status: record.status,
    },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { network, actor, record } = actionAccess(request, params);
  const formData = await request.formData();
  const intent = formData.get("intent") === "status" ? "status" : "update";
  if (intent === "status") {
    if (!canUpdateActionStatus(actor, record)) forbidden();
    const submission = parseWithZod(formData, { schema: actionStatusSchema });
    if (submission.status !== "success") return replyInvalid(submission.reply());
    saveActionForm(getDb(), actor, record, { status: submission.value.status });
  } else {
    if (!canManageAction(actor, record)) forbidden();
    const submission = parseWithZod(formData, { schema: actionUpdateSchema });
    if (submission.status !== "success") return replyInvalid(submission.reply());
    const value = submission.value;
    const saved = saveActionForm(getDb(), actor, record, {
      title: value.title,
      description: value.description ?? "",
      ownerId: value.ownerId ?? null,
      dueOn: value.dueOn ?? null,
      status: value.status,
    });
    if (!saved.ok) return replyInvalid(submission.reply({ fieldErrors: saved.fieldErrors }));
  }
  throw redirect(`/n/${network.slug}/actions/${record.id}?done=saved`);
}

function StatusSelect({ id, name, defaultValue, errors }: { id: string; name: string; defaultValue: string; errors?: string[] }) {
  const t = useT();
  return (
    <SelectField id={id} name={name} label={t("actions.field.status")} defaultValue={defaultValue} errors={errors} required>
      {actionStatuses.map((s) => (
        <option key={s} value={s}>
          {t(`actions.status.${s}`)}
        </option>
      ))}
    </SelectField>
  );
}

function EditForm() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const [form, fields] = useForm({
    id: "action-edit",
    lastResult: actionData?.result,
    defaultValue: data.values,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: actionUpdateSchema }),
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
  });
  return (
    <Form method="post" {...getFormProps(form)} className="rounded-lg bg-white p-6 shadow">
      <input type="hidden" name="intent" value="update" />
      <TextField id={fields.title.id} name={fields.title.name} label={t("actions.field.title")} defaultValue={initialText(fields.title.initialValue)} errors={fields.title.errors} maxLength={maxActionTitle} required />
      <StatusSelect id={fields.status.id} name={fields.status.name} defaultValue={initialText(fields.status.initialValue) ?? "open"} errors={fields.status.errors} />
      <SelectField id={fields.ownerId.id} name={fields.ownerId.name} label={t("actions.field.owner")} hint={t("actions.field.ownerHint")} defaultValue={initialText(fields.ownerId.initialValue) ?? ""} errors={fields.ownerId.errors}>
        <option value="">{t("actions.noOwner")}</option>
        {data.owners.map((o) => (
          <option key={o.id} value={String(o.id)}>
            {ownerLabel(o, t("meetings.hostNetwork"))}
          </option>
        ))}
      </SelectField>
      <TextField id={fields.dueOn.id} name={fields.dueOn.name} type="date" label={t("actions.field.due")} defaultValue={initialText(fields.dueOn.initialValue)} errors={fields.dueOn.errors} />
      <TextAreaField id={fields.description.id} name={fields.description.name} label={t("actions.field.description")} defaultValue={initialText(fields.description.initialValue)} errors={fields.description.errors} maxLength={maxActionDescription} rows={4} />
      <Button>{t("form.save")}</Button>
    </Form>
  );
}

function StatusForm() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const errors = (actionData?.result?.error as Record<string, string[]> | undefined)?.status;
  return (
    <Form method="post" className="rounded-lg bg-white p-6 shadow">
      <input type="hidden" name="intent" value="status" />
      <p className="mb-3 text-sm text-slate-700">{t("actions.statusHint")}</p>
      <StatusSelect id="action-status" name="status" defaultValue={data.values.status} errors={errors} />
      <Button>{t("actions.saveStatus")}</Button>
    </Form>
  );
}

export default function ActionPage() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const t = useT();
  const locale = useLocale();
  useFocusFirstInvalid(actionData);
  const a = data.action;
  const base = `/n/${data.network.slug}`;
  return (
    <div className="max-w-3xl space-y-8">
      <MeetingsSubnav network={data.network.slug} />
      {params.get("done") === "saved" ? <FormMessage tone="success">{t("actions.done.saved")}</FormMessage> : null}
      <div>
        <p className="font-medium text-slate-700">{t("actions.title")}</p>
        <div className="flex flex-wrap items-baseline gap-3">
          <h1>{a.title}</h1>
          <ActionStatusBadge status={a.status} />
          <OverdueNote dueOn={a.dueOn} overdue={a.overdue} />
        </div>
      </div>
      <section aria-labelledby="details-heading" className="rounded-lg bg-white p-6 shadow">
        <h2 id="details-heading">{t("actions.details")}</h2>
        <dl className="mt-2 divide-y divide-slate-200">
          <Detail term={t("actions.field.concerns")}>{a.centreName ?? t("actions.networkWide")}</Detail>
          <Detail term={t("actions.field.owner")}>{a.ownerName ?? t("actions.noOwner")}</Detail>
          <Detail term={t("actions.field.due")}>{a.dueOn ? formatDate(a.dueOn, locale) : t("actions.noDue")}</Detail>
          <Detail term={t("actions.field.status")}>{t(`actions.status.${a.status}`)}</Detail>
          <Detail term={t("actions.from")}>
            {a.source === "meeting" && a.meetingId !== null ? (
              <Link to={`${base}/meetings/${a.meetingId}`}>
                {t("actions.fromMeeting", { title: a.meetingTitle ?? "", date: formatDate(a.meetingDate, locale) })}
                {a.meetingItemTitle ? ` – ${a.meetingItemTitle}` : ""}
              </Link>
            ) : a.source === "review" && a.cycleId !== null ? (
              <Link to={`${base}/reviews/${a.cycleId}`}>{t("actions.fromReview", { title: [a.cycleTitle, a.criterionTitle].filter(Boolean).join(" – ") })}</Link>
            ) : null}
          </Detail>
          <Detail term={t("actions.field.description")}>{a.description ? <span className="whitespace-pre-line">{a.description}</span> : null}</Detail>
        </dl>
      </section>
      {data.canManage ? (
        <section aria-labelledby="edit-heading">
          <h2 id="edit-heading" className="mb-3">
            {t("actions.editTitle")}
          </h2>
          <EditForm />
        </section>
      ) : data.canStatus ? (
        <section aria-labelledby="status-heading">
          <h2 id="status-heading" className="mb-3">
            {t("actions.statusTitle")}
          </h2>
          <StatusForm />
        </section>
      ) : null}
      <p>
        <Link to={`${base}/actions`}>{t("actions.backToList")}</Link>
      </p>
    </div>
  );
}
