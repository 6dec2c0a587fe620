import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data as reply, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { Comments, DecisionForm } from "~/components/overlaps/decision-form";
import { FlagStatusBadge, OfferingSide, Reasons } from "~/components/overlaps/flag-parts";
import { FormMessage } from "~/components/ui/form";
import { useT } from "~/modules/i18n/use-t";
import { pageTitle } from "~/modules/network/format";
import { addComment } from "~/modules/overlaps/comments.server";
import { decideFlag, flagAccess } from "~/modules/overlaps/decisions.server";
import { flagPage } from "~/modules/overlaps/pages.server";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, "overlaps.flagTitle", { a: data?.a.title ?? "", b: data?.b.title ?? "" });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { network, actor, flag } = flagAccess(request, params);
  return flagPage(request, network, actor, flag);
}

/** Decide (coordinator, leads of both centres) or comment (any member). */
export async function action({ request, params }: ActionFunctionArgs) {
  const { network, actor, flag } = flagAccess(request, params);
  const formData = await request.formData();
  const intent = formData.get("intent");
  const page = `/n/${network.slug}/overlaps/${flag.id}`;
  if (intent === "comment") {
    const result = addComment(actor, flag, formData.get("body"));
    if (!result.ok) return reply({ commentError: result.error, errors: null }, { status: 400 });
    throw redirect(`${page}?done=commented#comments-heading`);
  }
  if (intent !== "decide") throw new Response("Bad Request", { status: 400, statusText: "Bad Request" });
  const result = decideFlag(actor, flag, formData);
  if (!result.ok) return reply({ errors: result.errors, commentError: null }, { status: result.status });
  throw redirect(`${page}?done=decided`);
}

export default function OverlapFlag() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const t = useT();
  const { flag } = data;
  const base = `/n/${data.network.slug}/overlaps`;
  const done = params.get("done");
  const changed = flag.reopened.a.length + flag.reopened.b.length > 0;
  return (
    <div className="max-w-5xl space-y-8">
      {done === "decided" ? <FormMessage tone="success">{t("overlaps.decided")}</FormMessage> : null}
      {done === "commented" ? <FormMessage tone="success">{t("overlaps.commented")}</FormMessage> : null}
      <p className="text-sm">
        <Link to={base}>{t("overlaps.title")}</Link>
        {data.neighbourhood ? (
          <>
            {" · "}
            <Link to={`${base}/neighbourhoods/${data.neighbourhood.slug}`}>{data.neighbourhood.name}</Link>
          </>
        ) : null}
      </p>
      <div className="space-y-2">
        <h1>{t("overlaps.flagTitle", { a: data.a.title, b: data.b.title })}</h1>
        <p className="flex flex-wrap items-center gap-2">
          <FlagStatusBadge status={flag.status} />
          <span className="text-sm">{t("overlaps.score", { score: flag.score })}</span>
        </p>
      </div>
      <section aria-labelledby="pair-heading" className="space-y-3">
        <h2 id="pair-heading" className="sr-only">
          {t("overlaps.offeringA")} / {t("overlaps.offeringB")}
        </h2>
        <div className="grid gap-3 md:grid-cols-2">
          <OfferingSide side={data.a} label={t("overlaps.offeringA")} network={data.network.slug} />
          <OfferingSide side={data.b} label={t("overlaps.offeringB")} network={data.network.slug} />
        </div>
      </section>
      <section aria-labelledby="reasons-heading" className="rounded-lg bg-white p-6 shadow">
        <h2 id="reasons-heading">{t("overlaps.reasons")}</h2>
        <Reasons reasons={flag.reasons} />
      </section>
      <section aria-labelledby="history-heading" className="rounded-lg bg-white p-6 shadow">
        <h2 id="history-heading">{t("overlaps.history")}</h2>
        <ul className="mt-2 space-y-2">
          <li>{t("overlaps.flaggedAt", { at: flag.createdAt })}</li>
          {flag.decidedAt ? (
            <li>
              {t("overlaps.decidedBy", { name: flag.decidedBy ?? "", at: flag.decidedAt })}
              {flag.decision !== "open" ? (
                <>
                  {": "}
                  <strong>{t(`overlaps.decision.${flag.decision}`)}</strong>
                </>
              ) : null}
              {flag.resolution ? (
                <>
                  {" – "}
                  {t(`overlaps.resolution.${flag.resolution}`, { title: flag.resolution === "archive-b" ? data.b.title : data.a.title })}
                </>
              ) : null}
              {flag.note ? (
                <p className="mt-1">
                  {t("overlaps.decisionNote")}: {flag.note}
                </p>
              ) : null}
            </li>
          ) : (
            <li>{t("overlaps.notDecided")}</li>
          )}
          {data.history.length > 1 || (data.history.length === 1 && flag.decision === "open") ? (
            <li>
              <p className="font-medium">{t("overlaps.decisions")}</p>
              <ol className="list-decimal pl-6">
                {data.history.map((entry, index) => (
                  <li key={index}>
                    {t("overlaps.historyEntry", {
                      name: entry.by,
                      at: entry.at,
                      decision: entry.decision === "open" ? t("overlaps.status.open") : t(`overlaps.decision.${entry.decision as "duplicate"}`),
                    })}
                    {entry.resolution ? ` – ${t(`overlaps.resolution.${entry.resolution as "merge"}`, { title: entry.resolution === "archive-b" ? data.b.title : data.a.title })}` : null}
                    {entry.note ? ` (${entry.note})` : null}
                  </li>
                ))}
              </ol>
            </li>
          ) : null}
          {changed ? (
            <li>
              <p className="font-medium">{t("overlaps.reopenedBecause")}</p>
              {(["a", "b"] as const).map((side) =>
                flag.reopened[side].length > 0 ? (
                  <div key={side} className="mt-1">
                    <p>{t("overlaps.changedSide", { side: t(side === "a" ? "overlaps.offeringA" : "overlaps.offeringB"), title: data[side].title })}</p>
                    <ul className="list-disc pl-6">
                      {flag.reopened[side].map((line) => (
                        <li key={line.field}>{t("overlaps.change", { field: line.field, from: line.from, to: line.to })}</li>
                      ))}
                    </ul>
                  </div>
                ) : null,
              )}
            </li>
          ) : null}
        </ul>
      </section>
      {data.canDecide ? (
        <DecisionForm flag={flag} a={data.a} b={data.b} canArchive={data.canArchive} errors={actionData?.errors ?? undefined} />
      ) : null}
      <Comments comments={data.comments} error={actionData?.commentError} />
    </div>
  );
}
