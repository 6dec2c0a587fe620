// Links between the trend pages and back to the reviews (the review area's sub-navigation follows).
import { Link } from "@remix-run/react";
import { useT } from "~/modules/i18n/use-t";

export function TrendLinks({ network }: { network: string }) {
  const t = useT();
  const base = `/n/${network}`;
  return (
    <nav aria-label={t("trends.linksLabel")} className="no-print mb-4">
      <ul className="flex flex-wrap gap-x-4 gap-y-2 text-sm">
        <li>
          <Link to={`${base}/reviews`}>{t("trends.backToReviews")}</Link>
        </li>
        <li>
          <Link to={`${base}/trends`}>{t("trends.title")}</Link>
        </li>
        <li>
          <Link to={`${base}/trends/overview`}>{t("trends.overviewLink")}</Link>
        </li>
        <li>
          <Link to={`${base}/trends/report`}>{t("trends.reportLink")}</Link>
        </li>
      </ul>
    </nav>
  );
}
