import type { LoaderFunctionArgs } from "@remix-run/node";
import { NavLink, Outlet } from "@remix-run/react";
import { requirePermission } from "~/modules/accounts/actor.server";
import type { MessageKey } from "~/modules/i18n/translate";
import { useT } from "~/modules/i18n/use-t";

export async function loader({ request }: LoaderFunctionArgs) {
  requirePermission(request, "admin:instance");
  return null;
}

const sections: { to: string; label: MessageKey; end?: boolean }[] = [
  { to: "/admin", label: "admin.networks", end: true },
  { to: "/admin/users", label: "admin.users" },
  { to: "/admin/outbox", label: "admin.outbox" },
  { to: "/admin/legal", label: "admin.legal" },
  { to: "/admin/audit", label: "admin.audit" },
];

export default function AdminLayout() {
  const t = useT();
  return (
    <div>
      <div className="no-print mb-6 border-b border-slate-300 pb-3">
        <p className="text-sm font-medium text-slate-700">{t("shell.admin")}</p>
        <nav aria-label={t("admin.nav")}>
          <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-2">
            {sections.map((item) => (
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
      <Outlet />
    </div>
  );
}
