// The small navigation between the pages of one area (e.g. Überschneidungen · Lücken · Bedarfe).
import { NavLink } from "@remix-run/react";
import type { MessageKey } from "~/modules/i18n/translate";
import { useT } from "~/modules/i18n/use-t";

export interface SubNavItem {
  to: string;
  label: MessageKey;
  /** Only the exact path counts as current (for an area's start page). */
  end?: boolean;
}

export function SubNav({ label, items }: { label: MessageKey; items: SubNavItem[] }) {
  const t = useT();
  return (
    <nav aria-label={t(label)} className="no-print mb-4 print:hidden">
      <ul className="flex flex-wrap gap-x-1 gap-y-2 text-sm">
        {items.map((item, index) => (
          <li key={item.to} className="flex items-center gap-1">
            {index > 0 ? <span aria-hidden="true">·</span> : null}
            <NavLink
              to={item.to}
              end={item.end}
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
