// Says which years have no school holiday data yet (the data covers the years the ministry has
// published): on the calendar for everyone, with a link for admins, and in the admin area.
import { Link } from "@remix-run/react";
import { useLocale, useT } from "~/modules/i18n/use-t";

export function HolidayDataNotice({ years, audience, showLink }: { years: number[]; audience: "calendar" | "admin"; showLink: boolean }) {
  const t = useT();
  const locale = useLocale();
  if (years.length === 0) return null;
  const list = new Intl.ListFormat(locale === "en" ? "en-GB" : "de-DE", { type: "conjunction" }).format(years.map(String));
  return (
    <p className="rounded border-l-4 border-amber-700 bg-amber-50 p-3 text-amber-950" data-testid="holiday-data-notice">
      {t(audience === "admin" ? "calendar.holidays.missingAdmin" : "calendar.holidays.missing", { years: list })}
      {showLink ? (
        <>
          {" "}
          <Link to="/admin/holidays">{t("calendar.holidays.enter")}</Link>
        </>
      ) : null}
    </p>
  );
}
