import { NavLink } from "@remix-run/react";
import type { MessageKey } from "~/modules/i18n/translate";
import { useT } from "~/modules/i18n/use-t";

export interface SectionNavItem {
  to: string;
  label: MessageKey;
  end?: boolean;
}

/** The bar above a section's pages: its name and a navigation between its pages. */
export function SectionNav({ title, label, items }: { title: string; label: string; items: SectionNavItem[] }) {
  const t = useT();
  return (
    <div className="no-print mb-6 border-b border-slate-300 pb-3">
      <p className="text-sm font-medium text-slate-700">{title}</p>
      <nav aria-label={label}>
        <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-2">
          {items.map((item) => (
            <li key={item.to}>
              <NavLink
                to={item.to}
                end={item.end}
                className="rounded px-1 py-1 font-medium aria-[current=page]:bg-brand-100 aria-[current=page]:text-brand-900"
              >
                {t(item.label)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
