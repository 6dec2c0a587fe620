import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { notFound, requirePermission, requireSignedIn } from "~/modules/accounts/actor.server";
import { formatDateTime } from "~/modules/accounts/format";
import { resolveLocale } from "~/modules/i18n/locale.server";
import { linkify } from "~/modules/admin/linkify";
import { useT } from "~/modules/i18n/use-t";
import { getOutboxMessage } from "~/modules/mail/mail.server";

export const meta: MetaFunction = () => [
  { title: "Nachricht – Postausgang – familiennetz" },
  // Mails hold sign-in links: never send this URL to other sites.
  { name: "referrer", content: "no-referrer" },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  requirePermission(request, "admin:instance");
  const locale = resolveLocale(request, requireSignedIn(request).locale);
  const id = Number(params.id);
  const message = Number.isSafeInteger(id) && id > 0 ? getOutboxMessage(id) : null;
  if (!message) notFound();
  return {
    message: { recipient: message.recipient, subject: message.subject, body: message.body, sent: formatDateTime(message.createdAt, locale) },
  };
}

export default function OutboxMessage() {
  const { message } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <article className="max-w-3xl space-y-4">
      <p>
        <Link to="/admin/outbox">{t("admin.backToOutbox")}</Link>
      </p>
      <h1>{message.subject}</h1>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-medium">{t("admin.recipient")}</dt>
        <dd>{message.recipient}</dd>
        <dt className="font-medium">{t("admin.sentAt")}</dt>
        <dd>{message.sent}</dd>
      </dl>
      <section aria-labelledby="message-text" className="rounded-lg bg-white p-6 shadow">
        <h2 id="message-text" className="sr-only">{t("admin.messageText")}</h2>
        <p className="whitespace-pre-wrap break-words">
          {linkify(message.body).map((part, i) =>
            part.href ? (
              <a key={i} href={part.href} rel="noreferrer">
                {part.text}
              </a>
            ) : (
              <span key={i}>{part.text}</span>
            ),
          )}
        </p>
      </section>
    </article>
  );
}
