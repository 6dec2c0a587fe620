// The gap matrix table: neighbourhoods in rows (first column sticky while scrolling sideways),
// categories grouped by performance area in columns; each cell counts offerings, overlaps and needs.
import { Link } from "@remix-run/react";
import { useLocale, useT } from "~/modules/i18n/use-t";
import { formatNumber } from "~/modules/network/format";
import type { GapMatrix } from "~/modules/needs/gaps.server";

const linkClass = "print:text-black print:no-underline";

export function GapTable({ matrix, network }: { matrix: GapMatrix; network: string }) {
  const t = useT();
  const locale = useLocale();
  const base = `/n/${network}`;
  const categoryName = (c: GapMatrix["categories"][number]) => (locale === "en" ? c.nameEn : c.nameDe);
  const sticky = "sticky left-0 z-10 print:static";
  return (
    <div role="region" aria-labelledby="gaps-caption" tabIndex={0} className="overflow-x-auto rounded-lg bg-white shadow print:overflow-visible print:shadow-none">
      <table className="w-full border-collapse text-left text-sm print:text-[6.5pt] print:[&_td]:p-0.5 print:[&_th]:min-w-0 print:[&_th]:p-0.5 print:[&_thead_th]:[overflow-wrap:anywhere] print:[&_thead_th]:hyphens-auto">
        <caption id="gaps-caption" className="p-2 text-left font-semibold">
          {t("gaps.caption")}
        </caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" rowSpan={2} className={`${sticky} bg-slate-100 p-2 align-bottom`}>
              {t("gaps.neighbourhood")}
            </th>
            <th scope="col" rowSpan={2} className="p-2 text-right align-bottom">
              {t("gaps.population")}
            </th>
            <th scope="col" rowSpan={2} className="p-2 text-right align-bottom">
              {t("gaps.total")}
            </th>
            <th scope="col" rowSpan={2} className="p-2 text-right align-bottom">
              <abbr title={t("gaps.perThousandLong")}>{t("gaps.perThousand")}</abbr>
            </th>
            {matrix.areas.map((area) => (
              <th key={area.id || "other"} scope="colgroup" colSpan={area.span} className="border-l border-slate-300 p-2 text-center">
                {area.id ? <abbr title={locale === "en" ? area.en : area.de}>{area.id}</abbr> : locale === "en" ? area.en : area.de}
              </th>
            ))}
          </tr>
          <tr>
            {matrix.categories.map((category) => (
              <th key={category.id} scope="col" className="min-w-28 border-l border-slate-300 p-2 align-bottom font-medium">
                {categoryName(category)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row) => (
            <tr key={row.id} className="border-t border-slate-200">
              <th scope="row" className={`${sticky} bg-white p-2 font-semibold print:whitespace-nowrap`}>
                {row.name}
                <span className="block text-xs font-normal text-slate-700 print:text-[6pt]">{t("gaps.gapCount", { count: row.gaps })}</span>
              </th>
              <td className="p-2 text-right">{row.population === null ? "–" : formatNumber(row.population, locale)}</td>
              <td className="p-2 text-right">{row.offerings}</td>
              <td className="p-2 text-right">{row.perThousand === null ? "–" : formatNumber(row.perThousand, locale, 1)}</td>
              {row.cells.map((cell, index) => {
                const category = matrix.categories[index]!;
                const name = categoryName(category);
                const vars = { neighbourhood: row.name, category: name };
                return (
                  <td key={cell.categoryId} className={`border-l border-slate-300 p-2 align-top ${cell.gap ? "bg-amber-50 print:bg-transparent" : ""}`}>
                    <ul className="space-y-0.5">
                      <li>
                        {cell.gap ? (
                          <strong className="text-amber-900 print:text-black">{t("gaps.gap")}</strong>
                        ) : (
                          <Link to={`${base}/offerings?neighbourhood=${row.slug}&category=${category.key}&status=published`} className={linkClass}>
                            <span aria-hidden="true">{t("gaps.offeringsAbbr")} </span>
                            {cell.offerings}
                            <span className="sr-only"> {t("gaps.cellOfferings", vars)}</span>
                          </Link>
                        )}
                      </li>
                      {cell.overlaps > 0 ? (
                        <li>
                          <Link to={`${base}/overlaps/neighbourhoods/${row.slug}`} className={linkClass}>
                            <span aria-hidden="true">{t("gaps.overlapsAbbr")} </span>
                            {cell.overlaps}
                            <span className="sr-only"> {t("gaps.cellOverlaps", vars)}</span>
                          </Link>
                        </li>
                      ) : null}
                      {cell.needs > 0 ? (
                        <li>
                          <Link to={`${base}/needs?neighbourhood=${row.slug}&category=${category.key}&status=open`} className={linkClass}>
                            <span aria-hidden="true">{t("gaps.needsAbbr")} </span>
                            {cell.needs}
                            <span className="sr-only"> {t("gaps.cellNeeds", vars)}</span>
                          </Link>
                        </li>
                      ) : null}
                    </ul>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
        <tfoot className="border-t-2 border-slate-400 font-semibold">
          <tr>
            <th scope="row" className={`${sticky} bg-white p-2`}>
              {t("gaps.sum")}
            </th>
            <td className="p-2 text-right">{formatNumber(matrix.totals.population, locale)}</td>
            <td className="p-2 text-right">{matrix.totals.offerings}</td>
            <td className="p-2 text-right">–</td>
            {matrix.categories.map((category, index) => (
              <td key={category.id} className="border-l border-slate-300 p-2">
                {matrix.rows.reduce((sum, row) => sum + row.cells[index]!.offerings, 0)}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
