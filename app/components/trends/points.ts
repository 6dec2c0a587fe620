// Turning server trend points into chart points with their detail text in the reader's language.
import type { Translate } from "~/modules/i18n/translate";
import type { TrendPoint } from "~/modules/trends/series.server";
import type { ChartPoint } from "./trend-chart";

export function chartPoints(points: TrendPoint[], t: Translate): ChartPoint[] {
  return points.map((p) => ({
    label: p.label,
    value: p.value,
    provisional: p.provisional,
    detail: p.meanOf !== null ? t("trends.meanOf", { count: p.meanOf }) : p.detail,
  }));
}
