import { MoveButtons } from "~/components/move-buttons";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { DeleteSection } from "~/components/network/fields";
import { CriterionFields, IndicatorFields } from "~/components/reviews/criterion-fields";
import { IndicatorSummary } from "~/components/reviews/indicator-summary";
import { ReviewsDone } from "~/components/reviews/status";
import { ReviewsSubnav } from "~/components/reviews-subnav";
import { Button, FormMessage, useFocusFirstInvalid } from "~/components/ui/form";
import {
  createIndicator,
  deleteCriterion,
  deleteIndicator,
  getCriterion,
  getIndicator,
  listIndicators,
  moveIndicator,
  updateCriterion,
  updateIndicator,
} from "~/modules/criteria/criteria.server";
import { criterionSchema, indicatorSchema } from "~/modules/criteria/schemas";
import { useT } from "~/modules/i18n/use-t";
import { idParam, networkAccess } from "~/modules/network/access.server";
import { namedTitle } from "~/modules/network/format";
import { deleteConfirmed } from "~/modules/network/replies.server";
import { replyError, replyFieldErrors, replySubmission } from "~/modules/reviews/replies.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => namedTitle(data?.criterion.title);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { network } = networkAccess(request, params, "manage:review");
  const criterion = getCriterion(network.id, idParam(params.id));
  return { network: { slug: network.slug }, criterion, indicators: listIndicators([criterion.id]) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { network, actor } = networkAccess(request, params, "manage:review");
  const criterion = getCriterion(network.id, idParam(params.id));
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");
  const here = `/n/${network.slug}/criteria/${criterion.id}`;
  if (intent === "update") {
    const submission = parseWithZod(formData, { schema: criterionSchema });
    if (submission.status !== "success") return replySubmission("criterion", submission.reply());
    updateCriterion(actor, criterion, submission.value);
    throw redirect(`${here}?done=saved`);
  }
  if (intent === "delete") {
    if (!deleteConfirmed(formData)) return replyError("delete", "network.delete.confirmRequired");
    if (!deleteCriterion(actor, criterion)) return replyError("delete", "criteria.inUse", 409);
    throw redirect(`/n/${network.slug}/criteria?done=deleted`);
  }
  if (intent === "add-indicator") {
    const submission = parseWithZod(formData, { schema: indicatorSchema });
    if (submission.status !== "success") return replySubmission("new-indicator", submission.reply());
    const created = createIndicator(actor, criterion, submission.value);
    if (!created.ok) return replyFieldErrors("new-indicator", created.fieldErrors);
    throw redirect(`${here}?done=indicatorAdded`);
  }
  const indicator = getIndicator(criterion.id, Number(formData.get("indicatorId")) || 0);
  if (!indicator) return replyError("indicators", "form.invalid", 404);
  const form = `indicator-${indicator.id}`;
  if (intent === "update-indicator") {
    const submission = parseWithZod(formData, { schema: indicatorSchema });
    if (submission.status !== "success") return replySubmission(form, submission.reply());
    const updated = updateIndicator(actor, criterion, indicator, submission.value);
    if (!updated.ok) return replyFieldErrors(form, updated.fieldErrors);
    throw redirect(`${here}?done=saved`);
  }
  if (intent === "delete-indicator") {
    if (!deleteIndicator(actor, criterion, indicator)) return replyError(form, "criteria.indicatorInUse", 409);
    throw redirect(`${here}?done=indicatorDeleted`);
  }
  if (intent === "up" || intent === "down") {
    moveIndicator(actor, criterion, indicator, intent);
    throw redirect(`${here}?done=moved`);
  }
  return replyError("indicators", "form.invalid");
}

export default function CriterionPage() {
  const data = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const t = useT();
  useFocusFirstInvalid(reply);
  const errorsFor = (form: string) => (reply?.form === form ? reply.fieldErrors : undefined);
  const formError = (form: string) => (reply?.form === form && reply.formError ? <FormMessage tone="error">{t(reply.formError)}</FormMessage> : null);
  const { criterion } = data;
  return (
    <div className="max-w-3xl space-y-6">
      <ReviewsSubnav network={data.network.slug} />
      <ReviewsDone area="criteria" />
      <p className="print:hidden">
        <Link to={`/n/${data.network.slug}/criteria`}>{t("criteria.backToList")}</Link>
      </p>
      <h1>{criterion.title}</h1>
      <section aria-labelledby="criterion-heading" className="rounded-lg bg-white p-5 shadow">
        <h2 id="criterion-heading">{t("criteria.editTitle")}</h2>
        <Form method="post" className="mt-3">
          <input type="hidden" name="intent" value="update" />
          <CriterionFields prefix="criterion" errors={errorsFor("criterion")} values={criterion} />
          <Button>{t("form.save")}</Button>
        </Form>
      </section>
      <section aria-labelledby="indicators-heading" className="space-y-4">
        <h2 id="indicators-heading">{t("criteria.indicators")}</h2>
        {formError("indicators")}
        {data.indicators.length === 0 ? <p>{t("criteria.noIndicators")}</p> : null}
        {data.indicators.map((indicator, index) => (
          <article key={indicator.id} className="rounded-lg bg-white p-5 shadow" aria-labelledby={`indicator-${indicator.id}-title`}>
            <h3 id={`indicator-${indicator.id}-title`} className="sr-only">
              {indicator.title}
            </h3>
            {formError(`indicator-${indicator.id}`)}
            <IndicatorSummary indicator={indicator} />
            <div className="mt-2 flex flex-wrap gap-2">
              <MoveButtons field="indicatorId" id={indicator.id} title={indicator.title} first={index === 0} last={index === data.indicators.length - 1} />
              <Form method="post">
                <input type="hidden" name="indicatorId" value={indicator.id} />
                <button
                  type="submit"
                  name="intent"
                  value="delete-indicator"
                  aria-label={t("criteria.indicator.deleteLabel", { title: indicator.title })}
                  className="rounded border border-red-700 bg-white px-3 py-1 text-sm text-red-800 hover:bg-red-50"
                >
                  {t("criteria.indicator.delete")}
                </button>
              </Form>
            </div>
            <details className="mt-3" open={reply?.form === `indicator-${indicator.id}`}>
              <summary className="cursor-pointer font-medium">{t("criteria.indicator.editLabel", { title: indicator.title })}</summary>
              <Form method="post" className="mt-3">
                <input type="hidden" name="intent" value="update-indicator" />
                <input type="hidden" name="indicatorId" value={indicator.id} />
                <IndicatorFields prefix={`indicator-${indicator.id}`} errors={errorsFor(`indicator-${indicator.id}`)} values={indicator} />
                <Button>{t("form.save")}</Button>
              </Form>
            </details>
          </article>
        ))}
        <section aria-labelledby="new-indicator-heading" className="rounded-lg bg-white p-5 shadow">
          <h3 id="new-indicator-heading">{t("criteria.indicator.new")}</h3>
          <Form method="post" className="mt-3">
            <input type="hidden" name="intent" value="add-indicator" />
            <IndicatorFields prefix="new-indicator" errors={errorsFor("new-indicator")} />
            <Button>{t("criteria.indicator.add")}</Button>
          </Form>
        </section>
      </section>
      {formError("delete")}
      <DeleteSection title={t("criteria.deleteTitle")} explanation={t("criteria.deleteExplain")} confirmLabel={t("criteria.deleteConfirm")} />
    </div>
  );
}
