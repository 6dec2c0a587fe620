// A centre's recertification at a glance: countdown, readiness overall and per area, flags, and the
// checklist with each item's evidence count and state.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { flagText, ItemStateText, LevelText, ReadinessBar, RecertSubnav, useCountdownText } from "~/components/recertification/parts";
import { useLocale, useT } from "~/modules/i18n/use-t";
import { formatDate, namedTitle } from "~/modules/network/format";
import { can } from "~/modules/permissions/permissions";
import { evidenceAccess } from "~/modules/recertification/access.server";
import { centreReadiness } from "~/modules/recertification/overview.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => namedTitle(data ? `Rezertifizierung ${data.centre.name}` : undefined);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { network, centre, actor } = evidenceAccess(request, params);
  const r = centreReadiness(centre);
  return {
    network: { slug: network.slug },
    centre: { slug: centre.slug, name: centre.name, validFrom: centre.certificateValidFrom, validUntil: centre.certificateValidUntil, recertificationYear: centre.recertificationYear },
    canEditCentre: can(actor, "update:centre", { networkId: network.id, centreId: centre.id }),
    countdown: r.countdown,
    year: r.year,
    overall: r.overall,
    flags: r.flags,
    areas: r.areas.map((a) => ({
      id: a.area.id,
      number: a.area.number,
      nameDe: a.area.nameDe,
      nameEn: a.area.nameEn,
      score: a.score,
      items: a.items.map((i) => ({ id: i.item.id, code: i.item.code, text: i.item.text, level: i.item.level, retired: i.item.retired, count: i.count, state: i.state })),
    })),
  };
}

export default function CentreRecertification() {
  const data = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const countdownText = useCountdownText();
  const base = `/n/${data.network.slug}/recertification/centres/${data.centre.slug}`;
  return (
    <div className="space-y-8">
      <RecertSubnav network={data.network.slug} />
      <h1>{t("recert.centre.title", { centre: data.centre.name })}</h1>
      <section aria-labelledby="certificate-heading" className="rounded-lg bg-white p-6 shadow">
        <h2 id="certificate-heading">{t("recert.centre.certificate")}</h2>
        {!data.centre.validUntil ? <p className="mt-2">{t("recert.centre.noCertificate")}</p> : null}
        <dl className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium">{t("recert.centre.validFrom")}</dt>
          <dd>{data.centre.validFrom ? formatDate(data.centre.validFrom, locale) : "–"}</dd>
          <dt className="font-medium">{t("recert.centre.validUntil")}</dt>
          <dd>
            {data.centre.validUntil ? formatDate(data.centre.validUntil, locale) : "–"} – <strong>{countdownText(data.countdown)}</strong> (<LevelText level={data.countdown.level} />)
          </dd>
          <dt className="font-medium">{t("recert.centre.reviewYear")}</dt>
          <dd>{data.centre.recertificationYear ?? (data.countdown.reviewYear ? t("recert.centre.reviewYearDefault", { year: data.countdown.reviewYear }) : data.year)}</dd>
        </dl>
        <p className="mt-3 flex flex-wrap gap-4">
          <Link to={`${base}/portfolio`}>{t("recert.centre.portfolio")}</Link>
          {data.canEditCentre ? <Link to={`/n/${data.network.slug}/centres/${data.centre.slug}/edit`}>{t("recert.centre.editDates")}</Link> : null}
        </p>
      </section>
      <section aria-labelledby="readiness-heading">
        <h2 id="readiness-heading">{t("recert.centre.readiness")}</h2>
        <table className="mt-2 w-full border-collapse bg-white text-left text-sm shadow">
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className="p-2">{t("recert.centre.area")}</th>
              <th scope="col" className="p-2">{t("recert.centre.readiness")}</th>
            </tr>
          </thead>
          <tbody>
            <tr className="border-t border-slate-200 bg-slate-50">
              <th scope="row" className="p-2">{t("recert.centre.overall")}</th>
              <td className="p-2" data-testid="overall-readiness">
                <ReadinessBar {...data.overall} />
              </td>
            </tr>
            {data.areas.map((a) => (
              <tr key={a.id} className="border-t border-slate-200">
                <th scope="row" className="p-2 font-normal">
                  <a href={`#area-${a.number}`}>
                    {a.number} {locale === "en" ? a.nameEn : a.nameDe}
                  </a>
                </th>
                <td className="p-2">
                  <ReadinessBar {...a.score} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="flags-heading">
        <h2 id="flags-heading">
          {t("recert.centre.flags")} ({data.flags.length})
        </h2>
        {data.flags.length === 0 ? (
          <p className="mt-2">{t("recert.centre.noFlags")}</p>
        ) : (
          <ul className="mt-2 list-none space-y-1">
            {data.flags.map((flag, index) => (
              <li key={index} className="rounded border-l-4 border-amber-600 bg-amber-50 p-2 text-amber-950">
                <span aria-hidden="true">⚠ </span>
                {flagText(flag, t, locale)}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="checklist-heading" className="space-y-6">
        <h2 id="checklist-heading">{t("recert.centre.checklist")}</h2>
        {data.areas.map((a) => (
          <section key={a.id} aria-labelledby={`area-${a.number}`}>
            <h3 id={`area-${a.number}`} tabIndex={-1}>
              {a.number} {locale === "en" ? a.nameEn : a.nameDe}
            </h3>
            <ul className="mt-2 space-y-2">
              {a.items.map((i) => (
                <li key={i.id} className={`flex flex-wrap items-start justify-between gap-2 rounded bg-white p-3 shadow ${i.retired ? "opacity-80" : ""}`}>
                  <span className="max-w-2xl">
                    <Link to={`${base}/items/${i.id}`} className="font-medium">
                      {i.code}
                    </Link>{" "}
                    {i.text}
                    {i.level ? ` (${t(`recert.level.${i.level}`)})` : ""}
                    {i.retired ? ` – ${t("recert.centre.retired")}` : ""}
                  </span>
                  <span className="flex items-center gap-3 text-sm">
                    <span>{t("recert.centre.evidenceCount", { count: i.count })}</span>
                    {i.retired ? null : <ItemStateText state={i.state} />}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </section>
    </div>
  );
}
