// The start page's recertification section: a lead's or staff member's centre countdown and readiness,
// or, for the coordinator, the centres whose certificate is within 18 months of expiry.
import { Link } from "@remix-run/react";
import { useLocale, useT } from "~/modules/i18n/use-t";
import { formatDate } from "~/modules/network/format";
import type { CentreRow } from "~/modules/recertification/overview.server";
import { LevelText, ReadinessBar, useCountdownText } from "./parts";

export function StartPageRecertification({ network, data }: { network: string; data: { coordinator: boolean; rows: CentreRow[] } }) {
  const t = useT();
  const locale = useLocale();
  const countdownText = useCountdownText();
  const base = `/n/${network}/recertification`;
  if (!data.coordinator && data.rows.length === 0) return null;
  return (
    <section aria-labelledby="recert-start-heading" className="rounded-lg bg-white p-6 shadow">
      <h2 id="recert-start-heading">{t("recert.start.title")}</h2>
      {data.coordinator ? (
        <>
          <p className="mt-1 font-medium">{t("recert.start.coordinator")}</p>
          {data.rows.length === 0 ? <p>{t("recert.start.coordinatorNone")}</p> : null}
        </>
      ) : null}
      <ul className="mt-2 space-y-2">
        {data.rows.map((row) => (
          <li key={row.slug}>
            <span className="font-medium">{row.name}</span>: <strong>{countdownText(row.countdown)}</strong>
            {row.validUntil ? ` (${t("recert.centre.validUntil")} ${formatDate(row.validUntil, locale)}, ${t("recert.table.reviewYear")} ${row.reviewYear ?? "–"})` : ""} – <LevelText level={row.countdown.level} /> –{" "}
            {t("recert.table.readiness")} <ReadinessBar percent={row.percent} ready={row.ready} total={row.total} /> –{" "}
            <Link to={`${base}/centres/${row.slug}`}>{t("recert.openCentre", { centre: row.name })}</Link>
          </li>
        ))}
      </ul>
      <p className="mt-3">
        <Link to={base}>{t("recert.start.open")}</Link>
      </p>
    </section>
  );
}
