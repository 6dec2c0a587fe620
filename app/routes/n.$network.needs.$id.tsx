import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { DeleteSection, Detail, DoneNotice } from "~/components/network/fields";
import { NeedForm } from "~/components/needs/need-form";
import { NeedStatusBadge, targetGroup } from "~/components/needs/need-list";
import { OverlapsSubnav } from "~/components/overlaps-subnav";
import { FormMessage, useFocusFirstInvalid } from "~/components/ui/form";
import { forbidden } from "~/modules/accounts/actor.server";
import { useLocale, useT } from "~/modules/i18n/use-t";
import { idParam, networkAccess } from "~/modules/network/access.server";
import { formatDate, namedTitle } from "~/modules/network/format";
import { deleteConfirmed, replyDeleteUnconfirmed, replyFormError, replyInvalid } from "~/modules/network/replies.server";
import {
  canEditNeed,
  deleteNeed,
  getNeed,
  linkableCentreIds,
  linkCandidates,
  linkedOfferings,
  needFormOptions,
  needFormValues,
  reporterName,
  setNeedOffering,
  updateNeed,
} from "~/modules/needs/needs.server";
import { needSchema } from "~/modules/needs/schemas";
import { berlinDate } from "~/modules/time/dates";

export const meta: MetaFunction<typeof loader> = ({ data }) => namedTitle(data?.need.title);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { network, actor } = networkAccess(request, params, "read:network");
  const need = getNeed(network.id, idParam(params.id));
  const search = new URL(request.url).searchParams;
  const q = (search.get("q") ?? "").slice(0, 100);
  const anywhere = search.get("anywhere") === "1";
  const centreIds = linkableCentreIds(actor, network.id);
  const options = needFormOptions(network.id);
  const linked = linkedOfferings(need.id);
  return {
    network: { slug: network.slug },
    need: {
      id: need.id,
      title: need.title,
      description: need.description,
      source: need.source,
      status: need.status,
      ageFromMonths: need.ageFromMonths,
      ageToMonths: need.ageToMonths,
      audiences: need.audiences as string[],
      neighbourhoodName: options.neighbourhoods.find((n) => n.id === need.neighbourhoodId)?.name ?? "",
      category: options.categories.find((c) => c.id === need.categoryId) ?? null,
      reporterName: reporterName(need),
      reportedOn: berlinDate(new Date(need.createdAt)),
    },
    formValues: needFormValues(need),
    options,
    linked: linked.map((o) => ({ ...o, canUnlink: centreIds.includes(o.centreId) })),
    canLink: centreIds.length > 0,
    candidates: linkCandidates(need, { q, anywhere, centreIds }),
    search: { q, anywhere },
    canEdit: canEditNeed(actor, need),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { network, actor } = networkAccess(request, params, "read:network");
  const need = getNeed(network.id, idParam(params.id));
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "update");
  const base = `/n/${network.slug}/needs`;
  if (intent === "link" || intent === "unlink") {
    const offeringId = Number(formData.get("offeringId"));
    if (!Number.isInteger(offeringId) || offeringId <= 0) return replyFormError("needs.linkUnknown");
    const result = setNeedOffering(actor, need, offeringId, intent === "link");
    if (result === "forbidden") forbidden();
    if (result === "unknown") return replyFormError("needs.linkUnknown");
    throw redirect(`${base}/${need.id}?done=${result}`);
  }
  if (!canEditNeed(actor, need)) forbidden();
  if (intent === "delete") {
    if (!deleteConfirmed(formData)) return replyDeleteUnconfirmed();
    deleteNeed(actor, need);
    throw redirect(`${base}?done=deleted`);
  }
  const submission = parseWithZod(formData, { schema: needSchema });
  if (submission.status !== "success") return replyInvalid(submission.reply());
  const updated = updateNeed(actor, need, submission.value);
  if (!updated.ok) return replyInvalid(submission.reply({ fieldErrors: updated.fieldErrors }));
  throw redirect(`${base}/${need.id}?done=saved`);
}

function LinkDone() {
  const [params] = useSearchParams();
  const t = useT();
  const done = params.get("done");
  if (done === "linked") return <FormMessage tone="success">{t("needs.done.linked")}</FormMessage>;
  if (done === "unlinked") return <FormMessage tone="success">{t("needs.done.unlinked")}</FormMessage>;
  return null;
}

export default function NeedPage() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  useFocusFirstInvalid(actionData);
  const { need } = data;
  const base = `/n/${data.network.slug}`;
  return (
    <div className="max-w-3xl space-y-8">
      <OverlapsSubnav network={data.network.slug} />
      <DoneNotice />
      <LinkDone />
      {actionData?.formError ? <FormMessage tone="error">{t(actionData.formError)}</FormMessage> : null}
      <div className="flex flex-wrap items-baseline gap-3">
        <h1>{need.title}</h1>
        <NeedStatusBadge status={need.status} />
      </div>
      <section aria-labelledby="details-heading" className="rounded-lg bg-white p-6 shadow">
        <h2 id="details-heading">{t("needs.details")}</h2>
        <dl className="mt-2 divide-y divide-slate-200">
          <Detail term={t("needs.field.neighbourhood")}>{need.neighbourhoodName}</Detail>
          <Detail term={t("needs.field.category")}>{need.category ? (locale === "en" ? need.category.nameEn : need.category.nameDe) : null}</Detail>
          <Detail term={t("needs.field.ages")}>{targetGroup(need, t)}</Detail>
          <Detail term={t("needs.field.description")}>{need.description ? <span className="whitespace-pre-line">{need.description}</span> : null}</Detail>
          <Detail term={t("needs.field.source")}>{need.source}</Detail>
          <Detail term={t("needs.field.reporter")}>{need.reporterName}</Detail>
          <Detail term={t("needs.field.reported")}>{formatDate(need.reportedOn, locale)}</Detail>
        </dl>
      </section>
      <section aria-labelledby="linked-heading">
        <h2 id="linked-heading">{t("needs.linked")}</h2>
        {data.linked.length === 0 ? (
          <p className="mt-2">{t("needs.noLinked")}</p>
        ) : (
          <ul className="mt-2 space-y-2">
            {data.linked.map((o) => (
              <li key={o.id} className="flex flex-wrap items-center justify-between gap-2 rounded bg-white p-3 shadow">
                <span>
                  <Link to={`${base}/offerings/${o.id}`}>{o.title}</Link> – {o.centreName}
                  {o.neighbourhoodName ? ` (${o.neighbourhoodName})` : ""}
                </span>
                {o.canUnlink ? (
                  <Form method="post">
                    <input type="hidden" name="intent" value="unlink" />
                    <input type="hidden" name="offeringId" value={o.id} />
                    <button type="submit" aria-label={t("needs.unlinkLabel", { title: o.title })} className="rounded border border-slate-500 bg-white px-3 py-1 text-sm hover:bg-slate-100">
                      {t("needs.unlink")}
                    </button>
                  </Form>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      {data.canLink ? (
        <section aria-labelledby="link-heading" className="no-print">
          <h2 id="link-heading">{t("needs.linkTitle")}</h2>
          <p className="text-sm text-slate-700">{t("needs.linkHint")}</p>
          <Form method="get" className="mt-2 flex flex-wrap items-end gap-3">
            <div>
              <label htmlFor="link-q" className="block font-medium">
                {t("needs.search")}
              </label>
              <input id="link-q" type="search" name="q" defaultValue={data.search.q} maxLength={100} className="mt-1 rounded border border-slate-400 bg-white px-3 py-2" />
            </div>
            <div className="flex items-center gap-2 pb-2">
              <input id="link-anywhere" type="checkbox" name="anywhere" value="1" defaultChecked={data.search.anywhere} className="h-5 w-5 accent-brand-700" />
              <label htmlFor="link-anywhere">{t("needs.anywhere")}</label>
            </div>
            <button type="submit" className="rounded border border-slate-500 bg-white px-4 py-2 font-medium hover:bg-slate-100">
              {t("needs.searchButton")}
            </button>
          </Form>
          {data.candidates.length === 0 ? (
            <p className="mt-2">{t("needs.noCandidates")}</p>
          ) : (
            <ul className="mt-3 space-y-2">
              {data.candidates.map((o) => (
                <li key={o.id} className="flex flex-wrap items-center justify-between gap-2 rounded bg-white p-3 shadow">
                  <span>
                    {o.title} – {o.centreName}
                    {o.neighbourhoodName ? ` (${o.neighbourhoodName})` : ""}
                  </span>
                  <Form method="post">
                    <input type="hidden" name="intent" value="link" />
                    <input type="hidden" name="offeringId" value={o.id} />
                    <button type="submit" aria-label={t("needs.linkLabel", { title: o.title })} className="rounded bg-brand-700 px-3 py-1 text-sm font-medium text-white hover:bg-brand-800">
                      {t("needs.link")}
                    </button>
                  </Form>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
      {data.canEdit ? (
        <>
          <section aria-labelledby="edit-heading" className="no-print">
            <h2 id="edit-heading" className="mb-3">
              {t("needs.editTitle")}
            </h2>
            <NeedForm lastResult={actionData?.result} defaultValue={data.formValues} options={data.options} withStatus cancelTo={`${base}/needs`} />
          </section>
          <DeleteSection title={t("needs.deleteTitle")} explanation={t("needs.deleteExplain")} confirmLabel={t("needs.deleteConfirm")} error={actionData?.deleteError} />
        </>
      ) : null}
    </div>
  );
}
