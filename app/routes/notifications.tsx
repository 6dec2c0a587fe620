import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { Button } from "~/components/ui/form";
import { requireSignedIn } from "~/modules/accounts/actor.server";
import { formatDateTime } from "~/modules/accounts/format";
import { requestI18n } from "~/modules/i18n/request.server";
import { useT } from "~/modules/i18n/use-t";
import { pageTitle } from "~/modules/network/format";
import { notificationsAction, notificationsPage } from "~/modules/notifications/page.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "notifications.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const { actor } = requireSignedIn(request);
  const { locale } = requestI18n(request);
  return notificationsPage(actor.userId, (ms) => formatDateTime(ms, locale));
}

export async function action({ request }: ActionFunctionArgs) {
  const { actor } = requireSignedIn(request);
  const result = notificationsAction(actor.userId, await request.formData());
  if (!result) throw new Response("Bad Request", { status: 400, statusText: "Bad Request" });
  throw redirect("/notifications");
}

export default function Notifications() {
  const data = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <div className="max-w-4xl space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1>{t("notifications.title")}</h1>
        {data.unread > 0 ? (
          <Form method="post">
            <input type="hidden" name="intent" value="read-all" />
            <Button variant="secondary">{t("notifications.markAllRead")}</Button>
          </Form>
        ) : null}
      </div>
      {data.items.length === 0 ? (
        <p>{t("notifications.empty")}</p>
      ) : (
        <ul className="space-y-3">
          {data.items.map((n) => (
            <li key={n.id} className={`rounded-lg p-4 shadow ${n.read ? "bg-white" : "border-l-4 border-brand-700 bg-white"}`}>
              <h2 className="text-base font-semibold">
                {n.read ? null : <span className="mr-2 rounded bg-brand-700 px-1.5 py-0.5 text-xs text-white">{t("notifications.unread")}</span>}
                {n.link ? <Link to={n.link}>{n.title}</Link> : n.title}
              </h2>
              <p className="text-sm text-slate-700">{t("notifications.at", { at: n.at })}</p>
              {n.body ? <p className="mt-1">{n.body}</p> : null}
              {n.read ? null : (
                <Form method="post" className="mt-2">
                  <input type="hidden" name="intent" value="read" />
                  <input type="hidden" name="id" value={String(n.id)} />
                  <Button variant="secondary">
                    {t("notifications.markRead")}
                    <span className="sr-only">: {n.title}</span>
                  </Button>
                </Form>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
