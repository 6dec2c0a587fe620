// Indicator values of one criterion in a cycle: value (with its detail), target and whether it is met.
// On the cycle page for the network (with values per centre folded away); on a centre's page for that centre.
import type { MessageKey } from "~/modules/i18n/translate";
import { useLocale, useT } from "~/modules/i18n/use-t";
import { useFormatValue, useTargetText } from "./status";

interface Line {
  id: number;
  title: string;
  source: "computed" | "manual";
  metric: string | null;
  valueType: "number" | "percent" | "boolean" | "scale";
  target: number | null;
  direction: "higher" | "lower";
  scope: "network" | "centre";
  network: { value: number | null; detail: string; met: boolean | null } | null;
  centres: { centreId: number; value: number | null; detail: string; met: boolean | null }[];
  centresMet: number;
}

function Met({ met }: { met: boolean | null }) {
  const t = useT();
  if (met === null) return <span>{t("reviews.met.unknown")}</span>;
  return <span className={met ? "font-medium text-green-800" : "font-medium text-red-800"}>{t(met ? "reviews.met.yes" : "reviews.met.no")}</span>;
}

export function IndicatorTable({
  caption,
  lines,
  centres,
  centreId,
}: {
  caption: string;
  lines: Line[];
  centres: { id: number; name: string }[];
  /** A centre's page: show that centre's values. */
  centreId?: number;
}) {
  const t = useT();
  const locale = useLocale();
  const format = useFormatValue();
  const targetText = useTargetText();
  if (lines.length === 0) return null;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-1 pr-3">
              {t("reviews.indicator")}
            </th>
            <th scope="col" className="py-1 pr-3">
              {t("reviews.value")}
            </th>
            <th scope="col" className="py-1 pr-3">
              {t("reviews.target")}
            </th>
            <th scope="col" className="py-1">
              {t("reviews.met")}
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => {
            const own = centreId !== undefined && line.scope === "centre" ? line.centres.find((c) => c.centreId === centreId) : undefined;
            const shown = centreId !== undefined && line.scope === "centre" ? (own ?? (line.source === "manual" ? { value: null, detail: "", met: null } : line.network)) : line.network;
            const perCentre = centreId === undefined && line.scope === "centre" && line.centres.length > 0;
            return (
              <tr key={line.id} className="border-b border-slate-200 align-top">
                <th scope="row" className="py-2 pr-3 font-medium">
                  {line.title}
                  {line.metric ? <span className="block text-xs font-normal text-slate-700">{t(`criteria.metric.${line.metric}.help` as MessageKey)}</span> : null}
                </th>
                <td className="py-2 pr-3">
                  {shown ? format(shown.value, line.valueType, locale) : t("reviews.noValue")}
                  {shown?.detail ? <span className="block text-xs text-slate-700">{shown.detail}</span> : null}
                  {perCentre ? (
                    <details className="mt-1">
                      <summary className="cursor-pointer text-xs font-medium">{t("reviews.perCentre")}</summary>
                      <ul className="mt-1 text-xs">
                        {centres.map((centre) => {
                          const value = line.centres.find((c) => c.centreId === centre.id);
                          return (
                            <li key={centre.id}>
                              {centre.name}: {format(value?.value ?? null, line.valueType, locale)}
                              {value?.detail ? ` (${value.detail})` : ""}
                              {value?.met === true ? ` ${t("reviews.met.yes")}` : value?.met === false ? ` ${t("reviews.met.no")}` : ""}
                            </li>
                          );
                        })}
                      </ul>
                    </details>
                  ) : null}
                </td>
                <td className="py-2 pr-3">{targetText(line.target, line.direction, line.valueType, locale)}</td>
                <td className="py-2">
                  {perCentre && line.target !== null ? (
                    <span>{t("reviews.met.centres", { met: line.centresMet, total: centres.length })}</span>
                  ) : (
                    <Met met={shown?.met ?? null} />
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
