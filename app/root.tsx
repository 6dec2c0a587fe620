import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import {
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLoaderData,
  useNavigation,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import { SiteFooter, SiteHeader } from "~/components/site-chrome";
import { useNonce } from "~/components/nonce";
import { useFocusMainOnNavigation } from "~/components/focus-main";
import { getSignedIn } from "~/modules/accounts/actor.server";
import { resolveLocale } from "~/modules/i18n/locale.server";
import { useEffect } from "react";
import { isPublicGuidePath, loadAllMessages } from "~/modules/i18n/registry";
import { useT } from "~/modules/i18n/use-t";
import { guideHref } from "~/modules/guide/search.server";
import { listNetworksFor } from "~/modules/network/networks.server";
import { unreadCount } from "~/modules/notifications/notifications.server";
import stylesheet from "~/styles.css?url";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesheet },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const meta: MetaFunction = () => [{ title: "familiennetz" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const signedIn = getSignedIn(request);
  const locale = resolveLocale(request, signedIn?.locale);
  const user = signedIn
    ? { name: signedIn.actor.name, email: signedIn.actor.email, isAdmin: signedIn.actor.isAdmin, unread: unreadCount(signedIn.actor.userId) }
    : null;
  const networks = signedIn ? listNetworksFor(signedIn.actor).map(({ slug, name }) => ({ slug, name })) : [];
  // The public guide's pages hydrate with the core and guide messages only (see i18n/registry.ts).
  const messages = !signedIn && isPublicGuidePath(new URL(request.url).pathname) ? ("guide" as const) : ("all" as const);
  return { locale, user, networks, guideHref: guideHref(networks), messages };
}

export type RootData = Awaited<ReturnType<typeof loader>>;

export function Layout({ children }: { children: React.ReactNode }) {
  const data = useRouteLoaderData<RootData>("root");
  const nonce = useNonce();
  return (
    <html lang={data?.locale ?? "de"} data-messages={data?.messages ?? "all"} className="h-full">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body className="flex min-h-full flex-col font-sans antialiased">
        {children}
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

/** Leaving the public guide: load the other areas' messages while the next page loads. */
function useMessagesForNavigation() {
  const navigation = useNavigation();
  const next = navigation.location?.pathname;
  useEffect(() => {
    if (next !== undefined && !isPublicGuidePath(next)) void loadAllMessages();
  }, [next]);
}

function Shell({ children }: { children: React.ReactNode }) {
  const t = useT();
  useFocusMainOnNavigation();
  useMessagesForNavigation();
  return (
    <>
      <a
        href="#main"
        className="sr-only z-50 rounded bg-white px-4 py-2 focus:not-sr-only focus:absolute focus:left-2 focus:top-2"
      >
        {t("shell.skipLink")}
      </a>
      <SiteHeader />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 outline-none">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}

export default function App() {
  useLoaderData<typeof loader>();
  return (
    <Shell>
      <Outlet />
    </Shell>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  const t = useT();
  let title = t("error.title");
  let message = t("error.unexpected");
  if (isRouteErrorResponse(error)) {
    if (error.status === 403) {
      title = t("error.forbiddenTitle");
      message = t("error.forbidden");
    } else if (error.status === 404) {
      title = t("error.notFoundTitle");
      message = t("error.notFound");
    } else if (error.status === 400) {
      message = t("error.badRequest");
    }
  } else if (error instanceof Error) {
    console.error(error);
  }
  return (
    <Shell>
      <h1>{title}</h1>
      <p className="mt-4">{message}</p>
      <p className="mt-4">
        <a href="/">{t("error.home")}</a>
      </p>
    </Shell>
  );
}
