// Status labels of meetings and actions: always text (with a symbol), never colour alone.
import type { ActionStatus } from "@db/schema";
import { formatDate } from "~/modules/network/format";
import { useLocale, useT } from "~/modules/i18n/use-t";

const meetingStyles = {
  planned: "border-sky-700 text-sky-900",
  held: "border-green-700 text-green-900",
  cancelled: "border-slate-600 text-slate-800",
} as const;

export function MeetingStatusBadge({ status }: { status: keyof typeof meetingStyles }) {
  const t = useT();
  return <span className={`inline-block rounded border bg-white px-2 py-0.5 text-sm font-medium ${meetingStyles[status]}`}>{t(`meetings.status.${status}`)}</span>;
}

const actionStyles: Record<ActionStatus, string> = {
  open: "border-slate-600 text-slate-900",
  "in-progress": "border-sky-700 text-sky-900",
  done: "border-green-700 text-green-900",
  dropped: "border-slate-500 text-slate-800",
};

export function ActionStatusBadge({ status }: { status: ActionStatus }) {
  const t = useT();
  return <span className={`inline-block rounded border bg-white px-2 py-0.5 text-sm font-medium ${actionStyles[status]}`}>{t(`actions.status.${status}`)}</span>;
}

/** "überfällig seit …" in text with a warning sign; nothing when not overdue. */
export function OverdueNote({ dueOn, overdue }: { dueOn: string | null; overdue: boolean }) {
  const t = useT();
  const locale = useLocale();
  if (!overdue || !dueOn) return null;
  return (
    <span className="ml-1 inline-block rounded border border-red-700 bg-red-50 px-2 py-0.5 text-sm font-semibold text-red-900">
      <span aria-hidden="true">⚠ </span>
      {t("actions.overdueSince", { date: formatDate(dueOn, locale) })}
    </span>
  );
}
