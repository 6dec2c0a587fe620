// The notice above a list when some of its offerings have not been confirmed as current for too long.
import { Link } from "@remix-run/react";
import { useT } from "~/modules/i18n/use-t";

export function StaleNotice({ count, months, scope, to }: { count: number; months: number; scope: "centre" | "network"; to: string }) {
  const t = useT();
  if (count === 0) return null;
  const message =
    scope === "centre"
      ? count === 1
        ? t("offerings.staleNoticeCentreOne", { months })
        : t("offerings.staleNoticeCentreOther", { count, months })
      : count === 1
        ? t("offerings.staleNoticeNetworkOne", { months })
        : t("offerings.staleNoticeNetworkOther", { count, months });
  return (
    <div className="rounded border-l-4 border-amber-700 bg-amber-50 p-3 text-amber-950">
      <p>
        {message} {scope === "centre" ? t("offerings.staleNoticeAction") : null}
      </p>
      <p className="mt-1">
        <Link to={to}>{t("offerings.showStale")}</Link>
      </p>
    </div>
  );
}
