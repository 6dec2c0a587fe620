import type { LoaderFunctionArgs } from "@remix-run/node";
import { Outlet } from "@remix-run/react";
import { SectionNav, type SectionNavItem } from "~/components/section-nav";
import { requirePermission } from "~/modules/accounts/actor.server";
import { useT } from "~/modules/i18n/use-t";

export async function loader({ request }: LoaderFunctionArgs) {
  requirePermission(request, "admin:instance");
  return null;
}

const sections: SectionNavItem[] = [
  { to: "/admin", label: "admin.networks", end: true },
  { to: "/admin/users", label: "admin.users" },
  { to: "/admin/outbox", label: "admin.outbox" },
  { to: "/admin/legal", label: "admin.legal" },
  { to: "/admin/holidays", label: "calendar.holidays.nav" },
  { to: "/admin/audit", label: "admin.audit" },
];

export default function AdminLayout() {
  const t = useT();
  return (
    <div>
      <SectionNav title={t("shell.admin")} label={t("admin.nav")} items={sections} />
      <Outlet />
    </div>
  );
}
