import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requirePermission, requireSignedIn } from "~/modules/accounts/actor.server";
import { formatDateTime } from "~/modules/accounts/format";
import { resolveLocale } from "~/modules/i18n/locale.server";
import { useT } from "~/modules/i18n/use-t";
import { listOutbox } from "~/modules/mail/mail.server";

export const meta: MetaFunction = () => [{ title: "Postausgang – Verwaltung – familiennetz" }];

export async function loader({ request }: LoaderFunctionArgs) {
  requirePermission(request, "admin:instance");
  const locale = resolveLocale(request, requireSignedIn(request).locale);
  return {
    messages: listOutbox().map((m) => ({ id: m.id, recipient: m.recipient, subject: m.subject, sent: formatDateTime(m.createdAt, locale) })),
  };
}

export default function Outbox() {
  const { messages } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <div className="space-y-6">
      <div>
        <h1>{t("admin.outbox")}</h1>
        <p className="mt-2">{t("admin.outboxIntro")}</p>
      </div>
      {messages.length === 0 ? (
        <p>{t("admin.outboxEmpty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse bg-white text-left text-sm shadow">
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="p-2">{t("admin.subject")}</th>
                <th scope="col" className="p-2">{t("admin.recipient")}</th>
                <th scope="col" className="p-2">{t("admin.sentAt")}</th>
              </tr>
            </thead>
            <tbody>
              {messages.map((m) => (
                <tr key={m.id} className="border-t border-slate-200">
                  <th scope="row" className="p-2 font-normal">
                    <Link to={`/admin/outbox/${m.id}`}>{m.subject}</Link>
                  </th>
                  <td className="p-2">{m.recipient}</td>
                  <td className="whitespace-nowrap p-2">{m.sent}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
