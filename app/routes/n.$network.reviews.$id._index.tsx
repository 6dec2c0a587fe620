import { parseWithZod } from "@conform-to/zod";
import { getDb } from "@db/client.server";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ActionForm, ActionList, CoordinatorForm, ManualValueForm } from "~/components/reviews/assessment-forms";
import { IndicatorTable } from "~/components/reviews/indicator-table";
import { ReviewsDone, StatusText } from "~/components/reviews/status";
import { ReviewsSubnav } from "~/components/reviews-subnav";
import { FormMessage, useFocusFirstInvalid } from "~/components/ui/form";
import type { MessageKey } from "~/modules/i18n/translate";
import { useLocale, useT } from "~/modules/i18n/use-t";
import { idParam, networkAccess } from "~/modules/network/access.server";
import { formatDate, namedTitle } from "~/modules/network/format";
import { can, centresWith } from "~/modules/permissions/permissions";
import { saveCoordinatorAssessment, editableRefusal } from "~/modules/reviews/assessments.server";
import { closeCycle, deleteDraftCycle, getCycle, openCycle } from "~/modules/reviews/cycles.server";
import { saveManualValue } from "~/modules/reviews/indicators.server";
import { cycleOverview, groupMissing, indicatorLines } from "~/modules/reviews/overview.server";
import { replyError, replyFieldErrors, replySubmission } from "~/modules/reviews/replies.server";
import { agreeReviewAction, reviewActions, reviewOwnerOptions } from "~/modules/reviews/review-actions.server";
import { actionSchema, coordinatorAssessmentSchema, parseManualValue } from "~/modules/reviews/schemas";

export const meta: MetaFunction<typeof loader> = ({ data }) => namedTitle(data?.cycle.title);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { network, actor } = networkAccess(request, params, "read:network");
  const cycle = getCycle(network.id, idParam(params.id));
  const canManage = can(actor, "manage:review", { networkId: network.id });
  if (cycle.status === "draft" && !canManage) throw new Response("Not Found", { status: 404 });
  const overview = cycleOverview(cycle);
  return {
    network: { slug: network.slug },
    cycle: { id: cycle.id, title: cycle.title, status: cycle.status, periodStart: cycle.periodStart, periodEnd: cycle.periodEnd, dueOn: cycle.dueOn, automatic: cycle.automatic },
    ...overview,
    missing: groupMissing(overview.missing),
    indicators: indicatorLines(cycle),
    canManage,
    ownCentres: centresWith(actor, "self-assess:centre", network.id, overview.centres.map((c) => c.id)),
    networkActions: reviewActions(cycle.id, null),
    owners: canManage ? reviewOwnerOptions(network.id, null) : [],
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { network, actor } = networkAccess(request, params, "manage:review");
  const cycle = getCycle(network.id, idParam(params.id));
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");
  const here = `/n/${network.slug}/reviews/${cycle.id}`;
  if (intent === "open") {
    if (!(await openCycle(actor, cycle))) return replyError("cycle", "reviews.notOpen", 409);
    throw redirect(`${here}?done=opened`);
  }
  if (intent === "close") {
    const closed = await closeCycle(actor, cycle);
    if (!closed.ok) return replyError("cycle", "notOpen" in closed ? "reviews.notOpen" : "reviews.closeRefused", 409);
    throw redirect(`${here}?done=closed`);
  }
  if (intent === "delete") {
    if (!deleteDraftCycle(actor, cycle)) return replyError("cycle", "reviews.notOpen", 409);
    throw redirect(`/n/${network.slug}/reviews?done=deleted`);
  }
  const refusal = editableRefusal(cycle);
  if (refusal) return replyError("cycle", refusal.error, 409);
  if (intent === "overall") {
    const submission = parseWithZod(formData, { schema: coordinatorAssessmentSchema });
    const form = `overall-${String(formData.get("criterionId"))}`;
    if (submission.status !== "success") return replySubmission(form, submission.reply());
    const saved = saveCoordinatorAssessment(actor, cycle, null, submission.value);
    if (!saved.ok) return replyError(form, saved.error);
    throw redirect(`${here}?done=assessed`);
  }
  if (intent === "network-value") {
    const indicatorId = Number(formData.get("indicatorId")) || 0;
    const form = `value-${indicatorId}`;
    const value = parseManualValue(formData.get("value"));
    if (value === "invalid") return replyFieldErrors(form, { value: ["reviews.manualInvalid"] });
    const result = saveManualValue(getDb(), { cycle, indicatorId, centreId: null, value, actor });
    if (result === "invalid") return replyFieldErrors(form, { value: ["reviews.manualInvalid"] });
    if (result === "unknown") return replyError(form, "form.invalid");
    throw redirect(`${here}?done=value`);
  }
  if (intent === "network-action") {
    const submission = parseWithZod(formData, { schema: actionSchema });
    const form = `action-${String(formData.get("criterionId"))}`;
    if (submission.status !== "success") return replySubmission(form, submission.reply());
    const agreed = agreeReviewAction(actor, cycle, null, submission.value);
    if (!agreed.ok) return "fieldErrors" in agreed ? replyFieldErrors(form, agreed.fieldErrors) : replyError(form, agreed.error);
    throw redirect(`${here}?done=action`);
  }
  return replyError("cycle", "form.invalid");
}

export default function CyclePage() {
  const data = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  useFocusFirstInvalid(reply);
  const { cycle } = data;
  const base = `/n/${data.network.slug}/reviews/${cycle.id}`;
  const errors = (form: string) => (reply?.form === form ? reply.fieldErrors : undefined);
  const formError = (form: string) => (reply?.form === form && reply.formError ? <FormMessage tone="error">{t(reply.formError)}</FormMessage> : null);
  const open = cycle.status === "open";
  const missingLine = (m: (typeof data.missing)[number]) =>
    t(`reviews.missing.${m.kind}` as MessageKey, {
      centre: m.centre ?? "",
      criteria: m.kind !== "overall" && m.criteria.length === data.criteria.length && m.criteria.length > 1 ? t("reviews.missing.allCriteria") : m.criteria.join(", "),
    });
  return (
    <div className="max-w-6xl space-y-8">
      <ReviewsSubnav network={data.network.slug} />
      <ReviewsDone area="reviews" />
      <div>
        <h1>{cycle.title}</h1>
        <p className="mt-1">
          {t(`reviews.cycleStatus.${cycle.status}`)} · {t("reviews.periodRange", { start: formatDate(cycle.periodStart, locale), end: formatDate(cycle.periodEnd, locale) })} ·{" "}
          {t("reviews.dueOn", { date: formatDate(cycle.dueOn, locale) })}
          {cycle.automatic ? ` · ${t("reviews.automatic")}` : ""}
        </p>
      </div>
      {formError("cycle")}
      {reply?.form === "cycle" && reply.formError === "reviews.closeRefused" && data.missing.length > 0 ? (
        <ul className="list-disc pl-5">
          {data.missing.map((m) => (
            <li key={`${m.kind}-${m.centre}`}>{missingLine(m)}</li>
          ))}
        </ul>
      ) : null}
      {data.canManage && cycle.status === "draft" ? (
        <section aria-labelledby="open-heading" className="rounded-lg bg-white p-5 shadow print:hidden">
          <h2 id="open-heading">{t("reviews.open")}</h2>
          <p className="mb-3">{t("reviews.openHint")}</p>
          <div className="flex flex-wrap gap-3">
            <Form method="post">
              <button type="submit" name="intent" value="open" className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
                {t("reviews.open")}
              </button>
            </Form>
            <Form method="post">
              <button type="submit" name="intent" value="delete" className="rounded border border-red-700 bg-white px-4 py-2 font-medium text-red-800 hover:bg-red-50">
                {t("reviews.deleteDraft")}
              </button>
            </Form>
          </div>
        </section>
      ) : null}
      {open ? (
        <section aria-labelledby="missing-heading" className="rounded-lg bg-white p-5 shadow print:hidden">
          <h2 id="missing-heading">{t("reviews.missingTitle")}</h2>
          {data.missing.length === 0 ? (
            <p className="mt-2">{t("reviews.nothingMissing")}</p>
          ) : (
            <ul className="mt-2 list-disc pl-5">
              {data.missing.map((m) => (
                <li key={`${m.kind}-${m.centre}`}>{missingLine(m)}</li>
              ))}
            </ul>
          )}
          {data.canManage ? (
            <Form method="post" className="mt-4">
              <p className="mb-2 text-sm text-slate-700">{t("reviews.closeHint")}</p>
              <button type="submit" name="intent" value="close" className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
                {t("reviews.close")}
              </button>
            </Form>
          ) : null}
        </section>
      ) : null}
      <section aria-labelledby="overview-heading">
        <h2 id="overview-heading">{t("reviews.overviewTitle")}</h2>
        {data.criteria.length === 0 ? <p>{t("reviews.noCriteria")}</p> : null}
        <div className="mt-2 overflow-x-auto">
          <table className="w-full border-collapse bg-white text-left text-sm shadow">
            <caption className="sr-only">{t("reviews.overviewCaption")}</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="p-2">
                  {t("reviews.centre")}
                </th>
                {data.criteria.map((c) => (
                  <th key={c.id} scope="col" className="p-2">
                    {t("criteria.number", { n: c.number })}: {c.title}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.centres.map((centre) => (
                <tr key={centre.id} className="border-b border-slate-200 align-top">
                  <th scope="row" className="p-2 font-medium">
                    <Link to={`${base}/centres/${centre.slug}`} aria-label={t("reviews.openCentreLabel", { centre: centre.name })}>
                      {centre.name}
                    </Link>
                  </th>
                  {centre.cells.map((cell, index) => (
                    <td key={data.criteria[index]!.id} className="p-2">
                      <span className="block">
                        {t("reviews.self")}: <StatusText status={cell.self} draft={cell.self !== null && !cell.selfSubmitted} />
                      </span>
                      <span className="mt-1 block">
                        {t("reviews.coordinator")}: <StatusText status={cell.coordinator} />
                      </span>
                    </td>
                  ))}
                </tr>
              ))}
              {data.overall.length > 0 ? (
                <tr className="align-top">
                  <th scope="row" className="p-2 font-medium">
                    {t("reviews.networkRow")}
                  </th>
                  {data.criteria.map((c) => {
                    const overall = data.overall.find((o) => o.criterionId === c.id);
                    return (
                      <td key={c.id} className="p-2">
                        {overall ? (
                          <>
                            {t("reviews.coordinator")}: <StatusText status={overall.status} />
                          </>
                        ) : (
                          "–"
                        )}
                      </td>
                    );
                  })}
                </tr>
              ) : null}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="indicators-heading" className="space-y-4">
        <h2 id="indicators-heading">{t("reviews.indicatorsTitle")}</h2>
        <p className="text-sm text-slate-700">{cycle.status === "closed" ? t("reviews.indicatorsFrozen") : t("reviews.indicatorsLive")}</p>
        {data.criteria.map((c) => {
          const lines = data.indicators.filter((i) => i.criterionId === c.id);
          if (lines.length === 0) return null;
          return (
            <div key={c.id} className="rounded-lg bg-white p-4 shadow">
              <h3 className="mb-2 text-base font-semibold">
                {t("criteria.number", { n: c.number })}: {c.title}
              </h3>
              <IndicatorTable caption={t("reviews.indicatorsCaption", { title: c.title })} lines={lines} centres={data.centres} />
            </div>
          );
        })}
      </section>
      {data.overall.length > 0 ? (
        <section aria-labelledby="overall-heading" className="space-y-4">
          <h2 id="overall-heading">{t("reviews.overallTitle")}</h2>
          <p className="text-sm text-slate-700">{t("reviews.overallHint")}</p>
          {data.overall.map((o) => {
            const criterion = data.criteria.find((c) => c.id === o.criterionId)!;
            const manual = data.indicators.filter((i) => i.criterionId === o.criterionId && i.source === "manual");
            return (
              <article key={o.criterionId} aria-labelledby={`overall-${o.criterionId}-heading`} className="rounded-lg bg-white p-5 shadow">
                <h3 id={`overall-${o.criterionId}-heading`} className="text-lg font-semibold">
                  {t("criteria.number", { n: criterion.number })}: {o.title}
                </h3>
                <p className="mt-1">
                  {t("reviews.coordinator")}: <StatusText status={o.status} />
                </p>
                {o.comment ? <p className="mt-1 whitespace-pre-line">{o.comment}</p> : null}
                {formError(`overall-${o.criterionId}`)}
                {data.canManage && open ? (
                  <CoordinatorForm id={`overall-${o.criterionId}`} intent="overall" criterionId={o.criterionId} status={o.status} comment={o.comment} errors={errors(`overall-${o.criterionId}`)} />
                ) : null}
                {data.canManage && open && manual.length > 0 ? (
                  <div className="mt-4">
                    <h4 className="font-semibold">{t("reviews.manualTitle")}</h4>
                    {manual.map((i) => (
                      <div key={i.id}>
                        {formError(`value-${i.id}`)}
                        <ManualValueForm id={`value-${i.id}`} intent="network-value" indicator={i} value={i.network?.value ?? null} errors={errors(`value-${i.id}`)} />
                      </div>
                    ))}
                  </div>
                ) : null}
                <h4 className="mt-4 font-semibold">{t("reviews.actionsTitle")}</h4>
                <ActionList actions={data.networkActions.filter((a) => a.criterionId === o.criterionId)} network={data.network.slug} />
                {formError(`action-${o.criterionId}`)}
                {data.canManage && open ? (
                  <ActionForm id={`action-${o.criterionId}`} intent="network-action" criterionId={o.criterionId} owners={data.owners} errors={errors(`action-${o.criterionId}`)} />
                ) : null}
              </article>
            );
          })}
        </section>
      ) : null}
      {data.ownCentres.length > 0 && !data.canManage ? (
        <p className="print:hidden">
          {data.centres
            .filter((c) => data.ownCentres.includes(c.id))
            .map((c) => (
              <Link key={c.id} to={`${base}/centres/${c.slug}`} className="mr-3 inline-block rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
                {t("reviews.openCentreLabel", { centre: c.name })}
              </Link>
            ))}
        </p>
      ) : null}
    </div>
  );
}
