import { Link, useLocation } from "@remix-run/react";
import type { MessageKey } from "~/modules/i18n/translate";
import { useT } from "~/modules/i18n/use-t";

export interface SectionNavItem {
  to: string;
  label: MessageKey;
  end?: boolean;
  /** Further path prefixes that belong to this item (e.g. /events to the calendar). */
  also?: readonly string[];
}

/** "page" when the item is the current page, "true" when the current page lies in its section. */
export function currentOf(item: SectionNavItem, pathname: string): "page" | "true" | undefined {
  const path = pathname.replace(/\/+$/, "") || "/";
  if (path === item.to) return "page";
  const under = (prefix: string) => path === prefix || path.startsWith(`${prefix}/`);
  if ((!item.end && under(item.to)) || (item.also ?? []).some(under)) return "true";
  return undefined;
}

/** The bar above a section's pages: its name and a navigation between its pages. */
export function SectionNav({ title, label, items }: { title: string; label: string; items: SectionNavItem[] }) {
  const t = useT();
  const { pathname } = useLocation();
  return (
    <div className="no-print mb-6 border-b border-slate-300 pb-3">
      <p className="text-sm font-medium text-slate-700">{title}</p>
      <nav aria-label={label}>
        <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-2">
          {items.map((item) => (
            <li key={item.to}>
              <Link
                to={item.to}
                aria-current={currentOf(item, pathname)}
                className="rounded px-1 py-1 font-medium aria-[current]:bg-brand-100 aria-[current]:text-brand-900"
              >
                {t(item.label)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
