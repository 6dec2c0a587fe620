// The list of needs: title (link), neighbourhood, category, target group, source, status, answers.
import { Link } from "@remix-run/react";
import { useLocale, useT } from "~/modules/i18n/use-t";
import type { NeedRow } from "~/modules/needs/needs.server";
import { formatAges } from "~/modules/offerings/format";
import { audienceKey } from "~/modules/offerings/options";
import type { Audience } from "@db/schema";

export function NeedStatusBadge({ status }: { status: NeedRow["status"] }) {
  const t = useT();
  const tone = { open: "bg-amber-100 text-amber-900", met: "bg-green-100 text-green-900", closed: "bg-slate-200 text-slate-900" }[status];
  return <span className={`rounded px-2 py-0.5 text-sm font-medium ${tone}`}>{t(`needs.status.${status}`)}</span>;
}

export function targetGroup(need: Pick<NeedRow, "ageFromMonths" | "ageToMonths" | "audiences">, t: ReturnType<typeof useT>): string {
  const ages = formatAges(need.ageFromMonths, need.ageToMonths, t);
  const audiences = need.audiences.map((a) => t(audienceKey(a as Audience))).join(", ");
  return audiences ? `${ages} · ${audiences}` : ages;
}

export function NeedList({ needs, network }: { needs: NeedRow[]; network: string }) {
  const t = useT();
  const locale = useLocale();
  return (
    <ul className="space-y-3">
      {needs.map((need) => (
        <li key={need.id} className="rounded-lg bg-white p-4 shadow">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 className="text-lg">
              <Link to={`/n/${network}/needs/${need.id}`}>{need.title}</Link>
            </h2>
            <NeedStatusBadge status={need.status} />
          </div>
          <p className="text-sm text-slate-700">
            {need.neighbourhoodName}
            {need.categoryDe ? ` · ${locale === "en" ? need.categoryEn : need.categoryDe}` : ""} · {targetGroup(need, t)}
            {need.source ? ` · ${t("needs.field.source")}: ${need.source}` : ""}
            {need.answeredBy > 0 ? ` · ${t("needs.field.answeredBy")}: ${need.answeredBy}` : ""}
          </p>
        </li>
      ))}
    </ul>
  );
}
