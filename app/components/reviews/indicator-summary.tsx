// One indicator as text: title, how it is measured (with the metric's definition) and the target.
import type { MessageKey } from "~/modules/i18n/translate";
import { useLocale, useT } from "~/modules/i18n/use-t";
import { useTargetText } from "./status";

export interface IndicatorView {
  id: number;
  title: string;
  description: string;
  source: "computed" | "manual";
  metric: string | null;
  valueType: "number" | "percent" | "boolean" | "scale";
  target: number | null;
  direction: "higher" | "lower";
}

export function IndicatorSummary({ indicator }: { indicator: IndicatorView }) {
  const t = useT();
  const locale = useLocale();
  const targetText = useTargetText();
  const how =
    indicator.source === "computed" && indicator.metric
      ? t("criteria.indicator.computedAs", { metric: t(`criteria.metric.${indicator.metric}` as MessageKey) })
      : t("criteria.indicator.manualAs", { type: t(`criteria.valueType.${indicator.valueType}`) });
  return (
    <div>
      <p className="font-medium">{indicator.title}</p>
      <p className="text-sm text-slate-700">
        {how} · {targetText(indicator.target, indicator.direction, indicator.valueType, locale)}
      </p>
      {indicator.description ? <p className="text-sm">{indicator.description}</p> : null}
      {indicator.source === "computed" && indicator.metric ? <p className="text-sm text-slate-700">{t(`criteria.metric.${indicator.metric}.help` as MessageKey)}</p> : null}
    </div>
  );
}
