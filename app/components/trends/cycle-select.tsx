// A GET form to choose the review cycle of the overview or the report (works without JavaScript).
import { Form } from "@remix-run/react";
import { useT } from "~/modules/i18n/use-t";
import type { TrendCycle } from "~/modules/trends/history.server";

export function CycleSelect({ cycles, selected, id }: { cycles: TrendCycle[]; selected: number | undefined; id: string }) {
  const t = useT();
  return (
    <Form method="get" className="no-print flex flex-wrap items-end gap-3 rounded-lg bg-white p-4 shadow">
      <div>
        <label htmlFor={id} className="block font-medium">
          {t("trends.overview.cycle")}
        </label>
        <select id={id} name="cycle" defaultValue={selected} className="mt-1 rounded border border-slate-400 bg-white px-3 py-2">
          {[...cycles].reverse().map((cycle) => (
            <option key={cycle.id} value={cycle.id}>
              {cycle.title}
              {cycle.provisional ? ` (${t("trends.provisional")})` : ""}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
        {t("trends.overview.show")}
      </button>
    </Form>
  );
}
