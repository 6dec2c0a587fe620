// The notifications page: the person's latest notifications; mark one or all as read.
import { listNotifications, markAllRead, markRead, unreadCount } from "./notifications.server";

export function notificationsPage(userId: number, formatAt: (ms: number) => string) {
  return {
    unread: unreadCount(userId),
    items: listNotifications(userId).map((n) => ({
      id: n.id,
      title: n.title,
      body: n.body,
      // Only links inside the app.
      link: n.link.startsWith("/") && !n.link.startsWith("//") ? n.link : "",
      at: formatAt(n.createdAt),
      read: n.readAt !== null,
    })),
  };
}

/** "read" (one, by id) or "read-all"; null for anything else. */
export function notificationsAction(userId: number, formData: FormData): { changed: number } | null {
  const intent = formData.get("intent");
  if (intent === "read-all") return { changed: markAllRead(userId) };
  if (intent === "read") {
    const id = Number(formData.get("id"));
    if (!Number.isInteger(id) || id <= 0) return null;
    return { changed: markRead(userId, id) ? 1 : 0 };
  }
  return null;
}
