// Pieces of the meeting pages: the done notice, the attendance list and the action list of a meeting.
import { Link, useSearchParams } from "@remix-run/react";
import type { ActionStatus } from "@db/schema";
import { FormMessage } from "~/components/ui/form";
import { formatDate } from "~/modules/network/format";
import type { MessageKey } from "~/modules/i18n/translate";
import { useLocale, useT } from "~/modules/i18n/use-t";
import { ActionStatusBadge, OverdueNote } from "./badges";

const doneKeys: Record<string, MessageKey> = {
  created: "meetings.done.created",
  saved: "meetings.done.saved",
  minutes: "meetings.done.minutes",
  cancelled: "meetings.done.cancelled",
  action: "meetings.done.action",
};

export function MeetingDone() {
  const [params] = useSearchParams();
  const t = useT();
  const key = doneKeys[params.get("done") ?? ""];
  return key ? <FormMessage tone="success">{t(key)}</FormMessage> : null;
}

export interface ActionSummary {
  id: number;
  title: string;
  status: ActionStatus;
  dueOn: string | null;
  centreName: string | null;
  ownerName: string | null;
  overdue: boolean;
}

export function ActionSummaryList({ actions, network }: { actions: ActionSummary[]; network: string }) {
  const t = useT();
  const locale = useLocale();
  return (
    <ul className="mt-1 space-y-1">
      {actions.map((a) => (
        <li key={a.id} className="rounded border border-slate-200 p-2">
          <Link to={`/n/${network}/actions/${a.id}`}>{a.title}</Link> <ActionStatusBadge status={a.status} />
          <OverdueNote dueOn={a.dueOn} overdue={a.overdue} />
          <br />
          <span className="text-sm">
            {t("actions.field.concerns")}: {a.centreName ?? t("actions.networkWide")} · {t("actions.field.owner")}: {a.ownerName ?? t("actions.noOwner")} ·{" "}
            {t("actions.field.due")}: {a.dueOn ? formatDate(a.dueOn, locale) : t("actions.noDue")}
          </span>
        </li>
      ))}
    </ul>
  );
}
