import { MoveButtons } from "~/components/move-buttons";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { CriterionFields } from "~/components/reviews/criterion-fields";
import { IndicatorSummary } from "~/components/reviews/indicator-summary";
import { ReviewsDone } from "~/components/reviews/status";
import { ReviewsSubnav } from "~/components/reviews-subnav";
import { Button, FormMessage, useFocusFirstInvalid } from "~/components/ui/form";
import { createCriterion, criteriaWithIndicators, getCriterion, moveCriterion } from "~/modules/criteria/criteria.server";
import { criterionSchema } from "~/modules/criteria/schemas";
import { useT } from "~/modules/i18n/use-t";
import { networkAccess } from "~/modules/network/access.server";
import { pageTitle } from "~/modules/network/format";
import { can } from "~/modules/permissions/permissions";
import { replySubmission } from "~/modules/reviews/replies.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "criteria.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { network, actor } = networkAccess(request, params, "read:network");
  return {
    network: { slug: network.slug },
    criteria: criteriaWithIndicators(network.id),
    canManage: can(actor, "manage:review", { networkId: network.id }),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { network, actor } = networkAccess(request, params, "manage:review");
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");
  const base = `/n/${network.slug}/criteria`;
  if (intent === "up" || intent === "down") {
    const criterion = getCriterion(network.id, Number(formData.get("criterionId")) || 0);
    moveCriterion(actor, criterion, intent);
    throw redirect(`${base}?done=moved`);
  }
  const submission = parseWithZod(formData, { schema: criterionSchema });
  if (submission.status !== "success") return replySubmission("new-criterion", submission.reply());
  const created = createCriterion(actor, network.id, submission.value);
  throw redirect(`${base}/${created.id}?done=created`);
}

export default function CriteriaPage() {
  const data = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const t = useT();
  useFocusFirstInvalid(reply);
  const base = `/n/${data.network.slug}/criteria`;
  return (
    <div className="max-w-4xl space-y-6">
      <ReviewsSubnav network={data.network.slug} />
      <ReviewsDone area="criteria" />
      <h1>{t("criteria.title")}</h1>
      <p>{t("criteria.intro")}</p>
      {data.criteria.length === 0 ? <p>{t("criteria.none")}</p> : null}
      <ol className="space-y-4">
        {data.criteria.map((criterion, index) => (
          <li key={criterion.id} className="rounded-lg bg-white p-5 shadow">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h2 className="text-lg">
                {t("criteria.number", { n: index + 1 })}: {criterion.title}
              </h2>
              {data.canManage ? (
                <div className="flex flex-wrap items-center gap-2 print:hidden">
                  <Link to={`${base}/${criterion.id}`} aria-label={t("criteria.editLabel", { title: criterion.title })} className="rounded border border-slate-500 px-3 py-1 text-sm">
                    {t("criteria.edit")}
                  </Link>
                  <MoveButtons field="criterionId" id={criterion.id} title={criterion.title} first={index === 0} last={index === data.criteria.length - 1} />
                </div>
              ) : null}
            </div>
            <p className="text-sm text-slate-700">
              {t("criteria.scope")}: {t(`criteria.scope.${criterion.scope}`)}
            </p>
            {criterion.description ? <p className="mt-2">{criterion.description}</p> : null}
            <h3 className="mt-3 text-base font-semibold">{t("criteria.indicators")}</h3>
            {criterion.indicators.length === 0 ? (
              <p>{t("criteria.noIndicators")}</p>
            ) : (
              <ul className="mt-1 space-y-2">
                {criterion.indicators.map((indicator) => (
                  <li key={indicator.id} className="border-l-4 border-slate-300 pl-3">
                    <IndicatorSummary indicator={indicator} />
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
      {data.canManage ? (
        <section aria-labelledby="new-criterion-heading" className="rounded-lg bg-white p-5 shadow print:hidden">
          <h2 id="new-criterion-heading">{t("criteria.newTitle")}</h2>
          {reply?.formError ? <FormMessage tone="error">{t(reply.formError)}</FormMessage> : null}
          <Form method="post" className="mt-3">
            <input type="hidden" name="intent" value="create" />
            <CriterionFields prefix="new-criterion" errors={reply?.form === "new-criterion" ? reply.fieldErrors : undefined} />
            <Button>{t("criteria.add")}</Button>
          </Form>
        </section>
      ) : null}
    </div>
  );
}
