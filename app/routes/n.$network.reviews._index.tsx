import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { CheckboxGroup } from "~/components/network/fields";
import { ReviewsDone } from "~/components/reviews/status";
import { ReviewsSubnav } from "~/components/reviews-subnav";
import { Button, FormMessage, SelectField, TextField, useFocusFirstInvalid } from "~/components/ui/form";
import { listCriteria } from "~/modules/criteria/criteria.server";
import { useLocale, useT } from "~/modules/i18n/use-t";
import { networkAccess } from "~/modules/network/access.server";
import { formatDate, pageTitle } from "~/modules/network/format";
import { can } from "~/modules/permissions/permissions";
import { createCycle, latestCycle, listCycles, networkCentres, setCadence } from "~/modules/reviews/cycles.server";
import { cadences, suggestedCycle } from "~/modules/reviews/periods";
import { replyFieldErrors, replySubmission } from "~/modules/reviews/replies.server";
import { cadenceSchema, cycleSchema } from "~/modules/reviews/schemas";
import { berlinToday } from "~/modules/time/dates";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "reviews.listTitle");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { network, actor } = networkAccess(request, params, "read:network");
  const canManage = can(actor, "manage:review", { networkId: network.id });
  const cycles = listCycles(network.id);
  return {
    network: { slug: network.slug, cadence: network.reviewCadence },
    running: cycles.filter((c) => c.status !== "closed" && (canManage || c.status === "open")),
    closed: cycles.filter((c) => c.status === "closed"),
    canManage,
    suggestion: canManage ? suggestedCycle(latestCycle(network.id)?.periodEnd ?? null, berlinToday()) : null,
    criteria: canManage ? listCriteria(network.id).map((c) => ({ id: c.id, title: c.title })) : [],
    // The centres whose self-assessment the actor fills in (leads: their own centre).
    ownCentres: canManage ? [] : networkCentres(network.id).filter((c) => can(actor, "self-assess:centre", { networkId: network.id, centreId: c.id })),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { network, actor } = networkAccess(request, params, "manage:review");
  const formData = await request.formData();
  const base = `/n/${network.slug}/reviews`;
  if (formData.get("intent") === "cadence") {
    const submission = parseWithZod(formData, { schema: cadenceSchema });
    if (submission.status !== "success") return replySubmission("cadence", submission.reply());
    setCadence(actor, network.id, submission.value.cadence);
    throw redirect(`${base}?done=cadence`);
  }
  const submission = parseWithZod(formData, { schema: cycleSchema });
  if (submission.status !== "success") return replySubmission("cycle", submission.reply());
  const created = createCycle(actor, network.id, submission.value);
  if (!created.ok) return replyFieldErrors("cycle", created.fieldErrors);
  throw redirect(`${base}/${created.value.id}?done=created`);
}

export default function ReviewsPage() {
  const data = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  useFocusFirstInvalid(reply);
  const base = `/n/${data.network.slug}/reviews`;
  const errors = (form: string) => (reply?.form === form ? reply.fieldErrors : undefined);
  const period = (c: { periodStart: string; periodEnd: string }) => t("reviews.periodRange", { start: formatDate(c.periodStart, locale), end: formatDate(c.periodEnd, locale) });
  return (
    <div className="max-w-4xl space-y-8">
      <ReviewsSubnav network={data.network.slug} />
      <ReviewsDone area="reviews" />
      <h1>{t("reviews.listTitle")}</h1>
      <p>{t("reviews.intro")}</p>
      <section aria-labelledby="running-heading">
        <h2 id="running-heading">{t("reviews.openCycles")}</h2>
        {data.running.length === 0 ? <p className="mt-2">{t("reviews.noOpen")}</p> : null}
        <ul className="mt-2 space-y-3">
          {data.running.map((c) => (
            <li key={c.id} className="rounded-lg bg-white p-4 shadow">
              <p className="text-lg font-semibold">
                <Link to={`${base}/${c.id}`}>{c.title}</Link>
              </p>
              <p>
                {t(`reviews.cycleStatus.${c.status}`)} · {period(c)} · {t("reviews.dueOn", { date: formatDate(c.dueOn, locale) })}
                {c.automatic ? ` · ${t("reviews.automatic")}` : ""}
              </p>
              {c.status === "open" ? <p className="font-medium">{t("reviews.progress", { done: c.centresSubmitted, total: c.centresTotal })}</p> : null}
              {c.status === "open"
                ? data.ownCentres.map((centre) => (
                    <p key={centre.id} className="mt-2">
                      <Link to={`${base}/${c.id}/centres/${centre.slug}`}>{t("reviews.openCentreLabel", { centre: centre.name })}</Link>
                    </p>
                  ))
                : null}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="closed-heading">
        <h2 id="closed-heading">{t("reviews.closedCycles")}</h2>
        {data.closed.length === 0 ? <p className="mt-2">{t("reviews.noClosed")}</p> : null}
        <ul className="mt-2 space-y-2">
          {data.closed.map((c) => (
            <li key={c.id} className="rounded bg-white p-3 shadow">
              <Link to={`${base}/${c.id}`} className="font-semibold">
                {c.title}
              </Link>{" "}
              · {period(c)}
              {c.closedAt ? ` · ${t("reviews.closedOn", { date: formatDate(new Date(c.closedAt).toISOString().slice(0, 10), locale) })}` : ""}
            </li>
          ))}
        </ul>
      </section>
      {data.canManage && data.suggestion ? (
        <>
          <section aria-labelledby="new-cycle-heading" className="rounded-lg bg-white p-5 shadow print:hidden">
            <h2 id="new-cycle-heading">{t("reviews.newTitle")}</h2>
            <p className="mb-3 text-sm text-slate-700">{t("reviews.newHint")}</p>
            {reply?.form === "cycle" && reply.formError ? <FormMessage tone="error">{t(reply.formError)}</FormMessage> : null}
            <Form method="post">
              <input type="hidden" name="intent" value="create" />
              <TextField id="cycle-title" name="title" label={t("reviews.field.title")} defaultValue={data.suggestion.title} errors={errors("cycle")?.title} maxLength={120} required />
              <div className="grid gap-x-4 sm:grid-cols-3">
                <TextField id="cycle-start" name="periodStart" type="date" label={t("reviews.field.periodStart")} defaultValue={data.suggestion.start} errors={errors("cycle")?.periodStart} required />
                <TextField id="cycle-end" name="periodEnd" type="date" label={t("reviews.field.periodEnd")} defaultValue={data.suggestion.end} errors={errors("cycle")?.periodEnd} required />
                <TextField id="cycle-due" name="dueOn" type="date" label={t("reviews.field.dueOn")} defaultValue={data.suggestion.dueOn} errors={errors("cycle")?.dueOn} required />
              </div>
              <CheckboxGroup
                id="cycle-criteria"
                name="criterionIds"
                legend={t("reviews.field.criteria")}
                options={data.criteria.map((c) => ({ value: String(c.id), label: c.title }))}
                checked={data.criteria.map((c) => String(c.id))}
                errors={errors("cycle")?.criterionIds}
              />
              <Button>{t("reviews.create")}</Button>
            </Form>
          </section>
          <section aria-labelledby="cadence-heading" className="rounded-lg bg-white p-5 shadow print:hidden">
            <h2 id="cadence-heading">{t("reviews.cadenceTitle")}</h2>
            <p className="mb-3 text-sm text-slate-700">{t("reviews.cadenceHint")}</p>
            <Form method="post">
              <input type="hidden" name="intent" value="cadence" />
              <SelectField id="cadence" name="cadence" label={t("reviews.cadence")} defaultValue={data.network.cadence} errors={errors("cadence")?.cadence}>
                {cadences.map((c) => (
                  <option key={c} value={c}>
                    {t(`reviews.cadence.${c}`)}
                  </option>
                ))}
              </SelectField>
              <Button variant="secondary">{t("reviews.cadenceSave")}</Button>
            </Form>
          </section>
        </>
      ) : null}
    </div>
  );
}
