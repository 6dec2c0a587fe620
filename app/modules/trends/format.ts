// Formatting of indicator values, statuses and changes for the trend pages, charts and the report.
// Shared by server and browser, so both render the same text.
import type { Locale, Translate } from "~/modules/i18n/translate";
import { formatNumber } from "~/modules/network/format";

export type ValueType = "number" | "percent" | "boolean" | "scale";
export type Direction = "higher" | "lower";
export type Status = "met" | "partly" | "not-met";

/** Highest step of the 1 … 4 scale. */
export const scaleMax = 4;

/** An indicator value as people read it: "62 %", "ja", "3 von 4", "2"; "–" when there is none. */
export function formatValue(value: number | null | undefined, valueType: ValueType, t: Translate, locale: Locale): string {
  if (value === null || value === undefined || Number.isNaN(value)) return t("trends.value.none");
  switch (valueType) {
    case "percent":
      return t("trends.value.percent", { value: formatNumber(value, locale, 0) });
    case "boolean":
      return value >= 0.5 ? t("trends.value.yes") : t("trends.value.no");
    case "scale":
      return t("trends.value.scale", { value: formatNumber(value, locale, 1), max: scaleMax });
    default:
      return formatNumber(value, locale, 1);
  }
}

/** Does the value reach the target? null when either is unknown. */
export function targetMet(value: number | null | undefined, target: number | null | undefined, direction: Direction): boolean | null {
  if (value === null || value === undefined || target === null || target === undefined) return null;
  return direction === "lower" ? value <= target : value >= target;
}

/**
 * The change from the previous value as text that does not rely on colour: an arrow, the signed
 * difference ("↑ +12 Pp." for percentages) and whether that is better or worse for the indicator.
 */
export function formatChange(
  current: number | null | undefined,
  previous: number | null | undefined,
  valueType: ValueType,
  direction: Direction,
  t: Translate,
  locale: Locale,
): string {
  if (current === null || current === undefined || previous === null || previous === undefined) return t("trends.change.none");
  if (valueType === "boolean") {
    const from = previous >= 0.5;
    const to = current >= 0.5;
    if (from === to) return t("trends.change.same");
    const better = direction === "higher" ? to : !to;
    return `${to ? "↑" : "↓"} ${t(from ? "trends.value.yes" : "trends.value.no")} → ${t(to ? "trends.value.yes" : "trends.value.no")} (${t(better ? "trends.change.better" : "trends.change.worse")})`;
  }
  const diff = Math.round((current - previous) * 10) / 10;
  if (diff === 0) return t("trends.change.same");
  const arrow = diff > 0 ? "↑" : "↓";
  const sign = diff > 0 ? "+" : "−";
  const amount = formatNumber(Math.abs(diff), locale, 1);
  const text = valueType === "percent" ? t("trends.change.points", { amount: `${sign}${amount}` }) : `${sign}${amount}`;
  const better = direction === "higher" ? diff > 0 : diff < 0;
  return `${arrow} ${text} (${t(better ? "trends.change.better" : "trends.change.worse")})`;
}

/** A status as symbol and word, so it never depends on colour. */
export const statusSymbols: Record<Status | "none", string> = {
  met: "✔",
  partly: "◐",
  "not-met": "✘",
  none: "–",
};

export function statusLabel(status: Status | null | undefined, t: Translate): string {
  switch (status) {
    case "met":
      return t("trends.status.met");
    case "partly":
      return t("trends.status.partly");
    case "not-met":
      return t("trends.status.notMet");
    default:
      return t("trends.status.none");
  }
}

export interface StatusCounts {
  met: number;
  partly: number;
  notMet: number;
  none: number;
}

/** "5 erfüllt · 2 teilweise · 1 nicht" (parts with zero are left out; "keine Bewertung" when empty). */
export function formatCounts(counts: StatusCounts, t: Translate): string {
  const parts: string[] = [];
  if (counts.met) parts.push(t("trends.counts.met", { count: counts.met }));
  if (counts.partly) parts.push(t("trends.counts.partly", { count: counts.partly }));
  if (counts.notMet) parts.push(t("trends.counts.notMet", { count: counts.notMet }));
  if (counts.none) parts.push(t("trends.counts.none", { count: counts.none }));
  return parts.length ? parts.join(" · ") : t("trends.status.none");
}
