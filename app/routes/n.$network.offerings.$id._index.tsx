import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data as reply, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Detail } from "~/components/network/fields";
import { ConflictNotice, OfferingDone, StaleBadge, StatusBadge } from "~/components/offerings/bits";
import { Button } from "~/components/ui/form";
import { requestI18n } from "~/modules/i18n/request.server";
import { useLocale, useT } from "~/modules/i18n/use-t";
import { namedTitle } from "~/modules/network/format";
import { needsAnsweredBy } from "~/modules/needs/needs.server";
import { offeringPage } from "~/modules/offerings/detail.server";
import { formatAges, formatCost, formatDay, timeRange } from "~/modules/offerings/format";
import { changeStatus, confirmCurrent, conflictView, copyOf, offeringAccess, offeringEditAccess } from "~/modules/offerings/manage.server";
import { audienceKey, languageKey, scheduleKindKey, statuses, weekdayKey, type OfferingStatus } from "~/modules/offerings/options";

export const meta: MetaFunction<typeof loader> = ({ data }) => namedTitle(data?.offering.title);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { network, actor, offering } = offeringAccess(request, params);
  return { ...offeringPage(network, actor, offering, requestI18n(request).locale), answersNeeds: needsAnsweredBy(offering.id) };
}

/** Copy, change status, confirm as current: only for those who may edit the offering's centre. */
export async function action({ request, params }: ActionFunctionArgs) {
  const { network, actor, offering } = offeringEditAccess(request, params);
  const formData = await request.formData();
  const intent = formData.get("intent");
  const page = `/n/${network.slug}/offerings`;
  if (intent === "verify") {
    confirmCurrent(actor, offering);
    throw redirect(`${page}/${offering.id}?done=verified`);
  }
  const { t, locale } = requestI18n(request);
  if (intent === "copy") {
    const id = copyOf(actor, offering, t);
    throw redirect(`${page}/${id}/edit?done=copied`);
  }
  const status = formData.get("status");
  const version = Number(formData.get("version"));
  if (intent !== "status" || !statuses.includes(status as OfferingStatus) || !Number.isInteger(version)) {
    throw new Response("Bad Request", { status: 400, statusText: "Bad Request" });
  }
  const result = changeStatus(actor, offering, version, status as OfferingStatus);
  if ("conflict" in result) return reply({ conflict: conflictView(result.conflict, network.id, t, locale) }, { status: 409 });
  throw redirect(`${page}/${offering.id}?done=status`);
}

export default function OfferingPage() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  const { offering, centre } = data;
  const base = `/n/${data.network.slug}`;
  const none = null;
  const languageName = (code: string) => {
    const key = languageKey(code);
    return key ? t(key) : code;
  };
  const statusButtons: { status: OfferingStatus; label: string }[] = [
    { status: "published" as const, label: t("offerings.publish") },
    { status: "draft" as const, label: t("offerings.toDraft") },
    { status: "archived" as const, label: t("offerings.archive") },
  ].filter((b) => b.status !== offering.status);
  return (
    <div className="max-w-4xl space-y-8">
      <OfferingDone />
      {actionData?.conflict ? <ConflictNotice conflict={actionData.conflict} kept={false} /> : null}
      <div className="space-y-2">
        <h1>{offering.title}</h1>
        <p className="flex flex-wrap items-center gap-2">
          <StatusBadge status={offering.status} />
          {offering.stale ? <StaleBadge /> : null}
          <span>
            <Link to={`${base}/centres/${centre.slug}/offerings`}>{centre.name}</Link>
          </span>
        </p>
        {offering.stale ? <p className="text-red-800">{t("offerings.staleExplain", { months: data.network.staleAfterMonths })}</p> : null}
        {data.answersNeeds.length > 0 ? (
          <p>
            {t("needs.answers")}:{" "}
            {data.answersNeeds.map((need, index) => (
              <span key={need.id}>
                {index > 0 ? ", " : ""}
                <Link to={`${base}/needs/${need.id}`}>{need.title}</Link>
              </span>
            ))}
          </p>
        ) : null}
      </div>

      {data.canEdit ? (
        <section aria-labelledby="actions-heading" className="rounded-lg bg-white p-4 shadow">
          <h2 id="actions-heading" className="sr-only">
            {t("offerings.actions")}
          </h2>
          <div className="flex flex-wrap items-center gap-3">
            <Link to={`${base}/offerings/${offering.id}/edit`} className="rounded bg-brand-700 px-4 py-2 font-medium text-white no-underline hover:bg-brand-800 hover:text-white">
              {t("offerings.edit")}
            </Link>
            <Form method="post">
              <input type="hidden" name="intent" value="verify" />
              <Button variant="secondary" aria-describedby="verify-hint">
                {t("offerings.verify")}
              </Button>
            </Form>
            <Form method="post">
              <input type="hidden" name="intent" value="copy" />
              <Button variant="secondary">{t("offerings.copy")}</Button>
            </Form>
            {statusButtons.map((b) => (
              <Form method="post" key={b.status}>
                <input type="hidden" name="intent" value="status" />
                <input type="hidden" name="status" value={b.status} />
                <input type="hidden" name="version" value={String(offering.version)} />
                <Button variant="secondary">{b.label}</Button>
              </Form>
            ))}
          </div>
          <p id="verify-hint" className="mt-2 text-sm text-slate-700">
            {t("offerings.verifyHint")}
          </p>
        </section>
      ) : null}

      <section aria-labelledby="details-heading" className="rounded-lg bg-white p-6 shadow">
        <h2 id="details-heading">{t("offerings.details")}</h2>
        {offering.description ? <p className="mt-2 whitespace-pre-line">{offering.description}</p> : null}
        <dl className="mt-2 divide-y divide-slate-200">
          <Detail term={t("offerings.field.categoryId")}>{offering.category}</Detail>
          <Detail term={t("offerings.col.ages")}>{formatAges(offering.ageFromMonths, offering.ageToMonths, t)}</Detail>
          <Detail term={t("offerings.field.audiences")}>{offering.audiences.length > 0 ? offering.audiences.map((a) => t(audienceKey(a))).join(", ") : none}</Detail>
          <Detail term={t("offerings.field.neighbourhoodId")}>{offering.neighbourhood}</Detail>
          <Detail term={t("offerings.form.place")}>
            {offering.placeName || offering.placeAddress
              ? [offering.placeName, offering.placeAddress].filter(Boolean).join(", ")
              : [t("offerings.atCentre"), centre.address].filter(Boolean).join(", ")}
          </Detail>
          <Detail term={t("offerings.field.languages")}>{offering.languages.map(languageName).join(", ")}</Detail>
          <Detail term={t("offerings.field.costCents")}>
            {[formatCost(offering.costCents, locale, t), offering.costNote].filter(Boolean).join(" – ")}
          </Detail>
          <Detail term={t("offerings.form.registrationRequired")}>
            {[offering.registrationRequired ? t("offerings.registrationNeeded") : t("offerings.registrationNotNeeded"), offering.registrationHow].filter(Boolean).join(": ")}
          </Detail>
          <Detail term={t("offerings.field.capacity")}>{offering.capacity === null ? t("offerings.unlimited") : String(offering.capacity)}</Detail>
          <Detail term={t("offerings.field.partnerIds")}>
            {offering.partners.length > 0 ? (
              <ul>
                {offering.partners.map((p) => (
                  <li key={p.id}>
                    <Link to={`${base}/partners/${p.id}`}>{p.name}</Link>
                  </li>
                ))}
              </ul>
            ) : null}
          </Detail>
          <Detail term={t("offerings.field.focusAreas")}>{offering.focusAreas.length > 0 ? offering.focusAreas.join(", ") : null}</Detail>
          <Detail term={t("offerings.field.contactName")}>{offering.contactName}</Detail>
          <Detail term={t("offerings.field.contactEmail")}>
            {offering.contactEmail ? <a href={`mailto:${offering.contactEmail}`}>{offering.contactEmail}</a> : null}
          </Detail>
          <Detail term={t("offerings.field.contactPhone")}>{offering.contactPhone}</Detail>
        </dl>
      </section>

      <section aria-labelledby="schedule-heading" className="rounded-lg bg-white p-6 shadow">
        <h2 id="schedule-heading">{t("offerings.scheduleHeading")}</h2>
        <dl className="mt-2 divide-y divide-slate-200">
          <Detail term={t("offerings.field.scheduleKind")}>{t(scheduleKindKey(offering.scheduleKind))}</Detail>
          {offering.scheduleKind === "weekly" ? (
            <>
              <Detail term={t("offerings.field.weekdays")}>
                {`${offering.weekdays.map((d) => t(weekdayKey(d))).join(", ")} ${timeRange(offering.startTime, offering.endTime)}`}
              </Detail>
              <Detail term={t("offerings.period")}>
                {offering.validFrom && offering.validUntil
                  ? t("offerings.periodFromTo", { from: formatDay(offering.validFrom, locale), to: formatDay(offering.validUntil, locale) })
                  : offering.validFrom
                    ? t("offerings.periodFrom", { from: formatDay(offering.validFrom, locale) })
                    : t("offerings.periodOpen")}
              </Detail>
            </>
          ) : null}
          {offering.cancelled.length > 0 ? (
            <Detail term={t("offerings.cancelledDates")}>{offering.cancelled.map((d) => formatDay(d, locale)).join(", ")}</Detail>
          ) : null}
        </dl>
        {offering.scheduleKind !== "appointment" ? (
          <>
            <h3 className="mt-4">{t("offerings.nextDates")}</h3>
            {data.occurrences.length > 0 ? (
              <ul className="mt-2 list-disc pl-6">
                {data.occurrences.map((o) => (
                  <li key={`${o.date}-${o.start}`}>
                    {t(weekdayKey(new Date(`${o.date}T00:00:00Z`).getUTCDay() || 7))}, {formatDay(o.date, locale)}, {timeRange(o.start, o.end)}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="mt-2">{t("offerings.noNextDates")}</p>
            )}
          </>
        ) : null}
      </section>

      <section aria-labelledby="history-heading" className="rounded-lg bg-white p-6 shadow">
        <h2 id="history-heading">{t("offerings.versions")}</h2>
        <dl className="mt-2 divide-y divide-slate-200">
          <Detail term={t("offerings.lastUpdated")}>
            {offering.updatedBy ? t("offerings.byWhom", { at: offering.updatedAt, name: offering.updatedBy }) : offering.updatedAt}
          </Detail>
          <Detail term={t("offerings.lastVerified")}>
            {offering.verifiedBy ? t("offerings.byWhom", { at: offering.verifiedAt, name: offering.verifiedBy }) : offering.verifiedAt}
          </Detail>
        </dl>
        <p className="mt-3">
          <Link to={`${base}/offerings/${offering.id}/versions`}>
            {t("offerings.versions")} ({t("offerings.versionN", { version: offering.version })})
          </Link>
        </p>
      </section>
    </div>
  );
}
