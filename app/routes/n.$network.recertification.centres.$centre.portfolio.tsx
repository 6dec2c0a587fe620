// The centre's evidence portfolio, print- and PDF-friendly: cover block, readiness summary, and per
// area each item with its evidence (kind, label, date, dates held, validity; links as text).
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { EvidenceDetail } from "~/components/recertification/evidence-table";
import { EvidenceStateText, flagText, ItemStateText, PrintButton, ReadinessBar, useCountdownText } from "~/components/recertification/parts";
import { useLocale, useT } from "~/modules/i18n/use-t";
import { formatDate, namedTitle } from "~/modules/network/format";

import { evidenceAccess } from "~/modules/recertification/access.server";
import { centreReadiness } from "~/modules/recertification/overview.server";
import { berlinToday } from "~/modules/time/dates";

export const meta: MetaFunction<typeof loader> = ({ data }) => namedTitle(data ? `Portfolio ${data.centre.name}` : undefined);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { network, centre } = evidenceAccess(request, params);
  const r = centreReadiness(centre);
  return {
    network: { slug: network.slug },
    centre: { slug: centre.slug, name: centre.name, provider: centre.provider, validFrom: centre.certificateValidFrom, validUntil: centre.certificateValidUntil },
    printedOn: berlinToday(),
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
      items: a.items
        .filter((i) => !i.item.retired)
        .map((i) => ({ id: i.item.id, code: i.item.code, text: i.item.text, level: i.item.level, state: i.state, evidence: r.evidence.filter((e) => e.itemId === i.item.id) })),
    })),
  };
}

export default function Portfolio() {
  const data = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const countdownText = useCountdownText();
  const areaName = (a: { nameDe: string; nameEn: string }) => (locale === "en" ? a.nameEn : a.nameDe);
  return (
    <article className="max-w-4xl space-y-8 print:max-w-none print:text-[10pt]">
      <div className="no-print flex flex-wrap items-center gap-4">
        <Link to={`/n/${data.network.slug}/recertification/centres/${data.centre.slug}`}>{t("recert.portfolio.back")}</Link>
        <PrintButton label={t("recert.portfolio.print")} />
      </div>
      <header className="rounded-lg bg-white p-6 shadow print:p-0 print:shadow-none">
        <h1>{t("recert.portfolio.title", { centre: data.centre.name })}</h1>
        <dl className="mt-3 grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr] print:grid-cols-[max-content_1fr]">
          <dt className="font-medium">{t("recert.portfolio.provider")}</dt>
          <dd>{data.centre.provider || "–"}</dd>
          <dt className="font-medium">{t("recert.centre.validFrom")}</dt>
          <dd>{data.centre.validFrom ? formatDate(data.centre.validFrom, locale) : "–"}</dd>
          <dt className="font-medium">{t("recert.centre.validUntil")}</dt>
          <dd>
            {data.centre.validUntil ? formatDate(data.centre.validUntil, locale) : "–"} ({countdownText(data.countdown)})
          </dd>
          <dt className="font-medium">{t("recert.table.reviewYear")}</dt>
          <dd>{data.year}</dd>
          <dt className="font-medium">{t("recert.portfolio.printed")}</dt>
          <dd>{formatDate(data.printedOn, locale)}</dd>
        </dl>
      </header>
      <section aria-labelledby="summary-heading" className="break-inside-avoid">
        <h2 id="summary-heading">{t("recert.portfolio.summary")}</h2>
        <table className="mt-2 w-full border-collapse bg-white text-left text-sm shadow print:shadow-none">
          <tbody>
            <tr className="border-b border-slate-300">
              <th scope="row" className="p-2">{t("recert.centre.overall")}</th>
              <td className="p-2">
                <ReadinessBar {...data.overall} />
              </td>
            </tr>
            {data.areas.map((a) => (
              <tr key={a.id} className="border-b border-slate-200">
                <th scope="row" className="p-2 font-normal">
                  {a.number} {areaName(a)}
                </th>
                <td className="p-2">
                  <ReadinessBar {...a.score} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {data.flags.length > 0 ? (
          <ul className="mt-3 list-disc pl-6 text-sm">
            {data.flags.map((flag, index) => (
              <li key={index}>{flagText(flag, t, locale)}</li>
            ))}
          </ul>
        ) : null}
      </section>
      {data.areas.map((a) => (
        <section key={a.id} aria-labelledby={`portfolio-area-${a.number}`} className="print:break-before-page">
          <h2 id={`portfolio-area-${a.number}`}>
            {a.number} {areaName(a)}
          </h2>
          {a.items.map((i) => (
            <div key={i.id} className="mt-3 break-inside-avoid rounded bg-white p-3 shadow print:p-0 print:shadow-none">
              <h3>
                {i.code} {i.text}
                {i.level ? ` (${t(`recert.level.${i.level}`)})` : ""}
              </h3>
              <p className="text-sm">
                <ItemStateText state={i.state} />
              </p>
              {i.evidence.length === 0 ? (
                <p className="text-sm text-slate-700">{t("recert.portfolio.noEvidence")}</p>
              ) : (
                <ul className="mt-1 list-disc space-y-1 pl-6 text-sm">
                  {i.evidence.map((e) => (
                    <li key={e.id}>
                      <strong>{t(`recert.kind.${e.kind}`)}</strong>
                      {e.isTraining ? ` (${t("recert.item.training")})` : ""}: {e.label}
                      {e.date ? ` – ${formatDate(e.date, locale)}` : ""}
                      {" · "}
                      <EvidenceDetail e={e} />
                      {" · "}
                      <EvidenceStateText state={e.state} />
                    </li>
                  ))}
                </ul>
              )}
            </div>
          ))}
        </section>
      ))}
    </article>
  );
}
