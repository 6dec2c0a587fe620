// The review area's sub-navigation and the links between the trend pages.
import { NavLink } from "@remix-run/react";
import { ReviewsSubnav } from "~/components/reviews-subnav";
import { useT } from "~/modules/i18n/use-t";

const linkClass = "rounded px-2 py-1 font-medium aria-[current=page]:bg-brand-100 aria-[current=page]:text-brand-900";

export function TrendLinks({ network }: { network: string }) {
  const t = useT();
  const base = `/n/${network}/trends`;
  return (
    <>
      <ReviewsSubnav network={network} />
      <nav aria-label={t("trends.linksLabel")} className="no-print mb-4">
        <ul className="flex flex-wrap gap-x-2 gap-y-2 text-sm">
          <li>
            <NavLink to={base} end className={linkClass}>
              {t("trends.title")}
            </NavLink>
          </li>
          <li>
            <NavLink to={`${base}/overview`} className={linkClass}>
              {t("trends.overviewLink")}
            </NavLink>
          </li>
          <li>
            <NavLink to={`${base}/report`} className={linkClass}>
              {t("trends.reportLink")}
            </NavLink>
          </li>
        </ul>
      </nav>
    </>
  );
}
