import { Form, Link, useLocation, useRouteLoaderData } from "@remix-run/react";
import type { RootData } from "~/root";
import { useT } from "~/modules/i18n/use-t";

export function LanguageSwitch() {
  const data = useRouteLoaderData<RootData>("root");
  const location = useLocation();
  const locale = data?.locale ?? "de";
  const other = locale === "de" ? { code: "en", label: "English" } : { code: "de", label: "Deutsch" };
  return (
    <Form method="post" action="/language" className="inline">
      <input type="hidden" name="redirectTo" value={location.pathname + location.search} />
      <button
        type="submit"
        name="locale"
        value={other.code}
        lang={other.code}
        className="rounded px-2 py-1 text-sm underline hover:bg-brand-800"
      >
        {other.label}
      </button>
    </Form>
  );
}

export function SiteHeader() {
  const data = useRouteLoaderData<RootData>("root");
  const t = useT();
  const user = data?.user;
  return (
    <header className="no-print bg-brand-900 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link to="/" className="text-lg font-bold text-white no-underline hover:text-brand-100">
          familiennetz
        </Link>
        <nav aria-label={t("shell.userMenu")} className="flex flex-wrap items-center gap-3 text-sm">
          <Link to={data?.guideHref ?? "/"} className="text-white hover:text-brand-100">
            {t("guide.link")}
          </Link>
          {user?.isAdmin ? (
            <Link to="/admin" className="text-white hover:text-brand-100">
              {t("shell.admin")}
            </Link>
          ) : null}
          {user ? (
            <>
              <Link to="/notifications" className="text-white hover:text-brand-100">
                {user.unread > 0 ? t("notifications.linkUnread", { count: user.unread }) : t("notifications.link")}
              </Link>
              <Link to="/account" className="text-white hover:text-brand-100">
                {t("shell.account")}
              </Link>
              <Form method="post" action="/logout" className="inline">
                <button type="submit" className="rounded px-2 py-1 underline hover:bg-brand-800">
                  {t("shell.signOut")}
                </button>
              </Form>
            </>
          ) : (
            <Link to="/login" className="text-white hover:text-brand-100">
              {t("shell.signIn")}
            </Link>
          )}
          <LanguageSwitch />
        </nav>
      </div>
    </header>
  );
}

export function SiteFooter() {
  const t = useT();
  return (
    <footer className="no-print border-t border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap gap-4 px-4 py-4 text-sm">
        <Link to="/impressum">{t("footer.imprint")}</Link>
        <Link to="/datenschutz">{t("footer.privacy")}</Link>
      </div>
    </footer>
  );
}
