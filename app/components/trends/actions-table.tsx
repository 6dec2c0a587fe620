// Agreed actions as a table: title, whom it concerns, owner, due date (overdue said in words), status
// and where it was agreed.
import { useLocale, useT } from "~/modules/i18n/use-t";
import { formatDate } from "~/modules/network/format";
import type { TrendAction } from "~/modules/trends/actions.server";

export function ActionsTable({ actions, caption, showCentre = true }: { actions: TrendAction[]; caption: string; showCentre?: boolean }) {
  const t = useT();
  const locale = useLocale();
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="p-1 text-left font-medium">{caption}</caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="p-2">
              {t("trends.actions.title")}
            </th>
            {showCentre ? (
              <th scope="col" className="p-2">
                {t("trends.actions.centre")}
              </th>
            ) : null}
            <th scope="col" className="p-2">
              {t("trends.actions.owner")}
            </th>
            <th scope="col" className="p-2">
              {t("trends.actions.due")}
            </th>
            <th scope="col" className="p-2">
              {t("trends.actions.status")}
            </th>
            <th scope="col" className="p-2">
              {t("trends.actions.source")}
            </th>
          </tr>
        </thead>
        <tbody>
          {actions.map((action) => (
            <tr key={action.id} className="border-t border-slate-200">
              <th scope="row" className="p-2 font-medium">
                {action.title}
              </th>
              {showCentre ? <td className="p-2">{action.centreName ?? t("trends.actions.network")}</td> : null}
              <td className="p-2">{action.ownerName ?? t("trends.actions.noOwner")}</td>
              <td className="p-2">
                {action.dueOn ? formatDate(action.dueOn, locale) : t("trends.actions.noDue")}
                {action.overdue ? <strong className="block text-red-800 print:text-black">{t("trends.actions.overdue")}</strong> : null}
              </td>
              <td className="p-2">{t(`trends.actions.status.${action.status}`)}</td>
              <td className="p-2">{t(`trends.actions.source.${action.source}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
