// The sub-navigation of the review area: Überprüfungen · Kriterien · Entwicklung · Maßnahmen.
import { NavLink } from "@remix-run/react";
import type { MessageKey } from "~/modules/i18n/translate";
import { useT } from "~/modules/i18n/use-t";

const items: { path: string; label: MessageKey }[] = [
  { path: "reviews", label: "reviews.subnav.cycles" },
  { path: "criteria", label: "reviews.subnav.criteria" },
  { path: "trends", label: "reviews.subnav.trends" },
  { path: "actions", label: "reviews.subnav.actions" },
];

export function ReviewsSubnav({ network }: { network: string }) {
  const t = useT();
  return (
    <nav aria-label={t("reviews.subnav.label")} className="no-print mb-4 print:hidden">
      <ul className="flex flex-wrap gap-x-1 gap-y-2 text-sm">
        {items.map((item, index) => (
          <li key={item.path} className="flex items-center gap-1">
            {index > 0 ? <span aria-hidden="true">·</span> : null}
            <NavLink
              to={`/n/${network}/${item.path}`}
              className="rounded px-2 py-1 font-medium aria-[current=page]:bg-brand-100 aria-[current=page]:text-brand-900"
            >
              {t(item.label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
