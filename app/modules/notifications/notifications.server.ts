// In-app notifications (table `notifications`), optionally also mailed (SMTP or the outbox). Reusable by
// every feature: pass the recipients and the texts, per recipient's language when the texts are functions.
import { and, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import { getDb } from "@db/client.server";
import { notifications, users } from "@db/schema";
import { sendMail } from "~/modules/mail/mail.server";
import { translator, type Locale, type Translate } from "~/modules/i18n/translate";
import { nowMs } from "~/modules/time/clock";

export type Notification = typeof notifications.$inferSelect;

type Text = string | ((t: Translate, locale: Locale) => string);

export interface NotificationInput {
  /** What it is about, e.g. "overlap.opened". */
  kind: string;
  networkId: number | null;
  title: Text;
  body?: Text;
  /** A path inside the app, e.g. /n/unna/overlaps/3. */
  link?: string;
  /** The mail's text when it should differ from the body; gets the absolute link as its second argument. */
  mailText?: (t: Translate, locale: Locale, absoluteLink: string) => string;
}

/** The app's absolute base for links in mails sent outside a request. */
export function appBase(): string {
  return process.env.APP_URL ?? "http://localhost:3000";
}

function render(text: Text | undefined, t: Translate, locale: Locale): string {
  if (text === undefined) return "";
  return typeof text === "function" ? text(t, locale) : text;
}

/** Creates one notification per recipient (duplicates ignored) and mails them when `mail` is set. */
export async function createNotification(userIds: number[], input: NotificationInput, options: { mail?: boolean } = {}): Promise<number> {
  const ids = [...new Set(userIds)];
  if (ids.length === 0) return 0;
  const db = getDb();
  const recipients = db.select({ id: users.id, email: users.email, locale: users.locale }).from(users).where(inArray(users.id, ids)).all();
  const link = input.link ?? "";
  const mails: { to: string; subject: string; text: string }[] = [];
  db.transaction((tx) => {
    for (const user of recipients) {
      const locale: Locale = user.locale ?? "de";
      const t = translator(locale);
      const title = render(input.title, t, locale);
      const body = render(input.body, t, locale);
      tx.insert(notifications).values({ userId: user.id, networkId: input.networkId, kind: input.kind, title, body, link }).run();
      if (options.mail) {
        const absolute = link ? new URL(link, appBase()).toString() : new URL("/notifications", appBase()).toString();
        const text = input.mailText ? input.mailText(t, locale, absolute) : [body, absolute].filter(Boolean).join("\n\n");
        const footer = t("notifications.mailFooter", { link: new URL("/notifications", appBase()).toString() });
        mails.push({ to: user.email, subject: title, text: `${text}\n\n${footer}` });
      }
    }
  });
  // All mails start at once: without SMTP they go into the outbox synchronously, in the same tick as the
  // notifications. A failing mail server must not undo the change that caused them.
  const sent = await Promise.allSettled(mails.map((mail) => sendMail(mail)));
  for (const result of sent) if (result.status === "rejected") console.error("notification mail failed", result.reason);
  return recipients.length;
}

export function listNotifications(userId: number, limit = 100): Notification[] {
  return getDb().select().from(notifications).where(eq(notifications.userId, userId)).orderBy(desc(notifications.id)).limit(limit).all();
}

export function unreadCount(userId: number): number {
  const row = getDb()
    .select({ n: sql<number>`count(*)` })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
    .get();
  return row?.n ?? 0;
}

/** Marks one of the person's notifications as read; someone else's is left alone. */
export function markRead(userId: number, id: number, at = nowMs()): boolean {
  const result = getDb()
    .update(notifications)
    .set({ readAt: at })
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId), isNull(notifications.readAt)))
    .run();
  return result.changes > 0;
}

export function markAllRead(userId: number, at = nowMs()): number {
  return getDb()
    .update(notifications)
    .set({ readAt: at })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
    .run().changes;
}
