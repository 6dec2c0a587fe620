// The guide's own navigation: its name, search and map.
import { NavLink } from "@remix-run/react";
import { useT } from "~/modules/i18n/use-t";

export function GuideNav({ network }: { network: { slug: string; name: string } }) {
  const t = useT();
  const base = `/guide/${network.slug}`;
  const linkClass = ({ isActive }: { isActive: boolean }) =>
    `rounded px-3 py-2 font-medium ${isActive ? "bg-brand-700 text-white hover:text-white" : "text-brand-900"}`;
  return (
    <nav aria-label={t("guide.nav")} className="no-print mb-6 flex flex-wrap items-center gap-2 border-b border-slate-200 pb-3">
      <span className="mr-2 font-semibold">
        {t("guide.name")}: {network.name}
      </span>
      <NavLink to={base} end className={linkClass}>
        {t("guide.nav.search")}
      </NavLink>
      <NavLink to={`${base}/map`} className={linkClass}>
        {t("guide.nav.map")}
      </NavLink>
    </nav>
  );
}
