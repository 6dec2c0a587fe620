// Shared display pieces of the review pages: assessment status as symbol and text, the reply message of a
// form, the "done" notice after a redirect, and indicator values.
import { useSearchParams } from "@remix-run/react";
import { FormMessage } from "~/components/ui/form";
import type { MessageKey } from "~/modules/i18n/translate";
import { useT } from "~/modules/i18n/use-t";

export type StatusValue = "met" | "partly" | "not-met" | null;

const symbols: Record<string, string> = { met: "✓", partly: "◐", "not-met": "✗" };
const styles: Record<string, string> = {
  met: "bg-green-100 text-green-900",
  partly: "bg-amber-100 text-amber-900",
  "not-met": "bg-red-100 text-red-900",
};

/** A status as symbol and words (never colour alone); "offen" when not given. */
export function StatusText({ status, draft }: { status: StatusValue; draft?: boolean }) {
  const t = useT();
  if (!status) return <span className="text-slate-700">– {t("reviews.status.none")}</span>;
  return (
    <span className={`inline-block rounded px-1.5 py-0.5 text-sm font-medium ${styles[status]}`}>
      <span aria-hidden="true">{symbols[status]} </span>
      {t(`reviews.status.${status}` as MessageKey)}
      {draft ? ` (${t("reviews.status.draft")})` : ""}
    </span>
  );
}

/** Announces ?done=<key> after a redirect (keys reviews.done.* or criteria.done.*). */
export function ReviewsDone({ area }: { area: "reviews" | "criteria" }) {
  const [params] = useSearchParams();
  const t = useT();
  const done = params.get("done");
  if (!done || !/^[a-zA-Z]+$/.test(done)) return null;
  const key = `${area}.done.${done}` as MessageKey;
  const text = t(key);
  return text === key ? null : <FormMessage tone="success">{text}</FormMessage>;
}

export interface ValueFormat {
  valueType: "number" | "percent" | "boolean" | "scale";
}

/** An indicator value in the locale's notation: "75 %", "ja", "3 von 4", "2". */
export function useFormatValue() {
  const t = useT();
  return (value: number | null, valueType: ValueFormat["valueType"], locale: "de" | "en") => {
    if (value === null) return t("reviews.noValue");
    const n = new Intl.NumberFormat(locale === "en" ? "en-GB" : "de-DE", { maximumFractionDigits: 1 }).format(value);
    if (valueType === "percent") return `${n} %`;
    if (valueType === "boolean") return value >= 1 ? t("reviews.yes") : t("reviews.no");
    if (valueType === "scale") return `${n} / 4`;
    return n;
  };
}

/** "Ziel: mindestens 75 %" or "kein Zielwert". */
export function useTargetText() {
  const t = useT();
  const format = useFormatValue();
  return (target: number | null, direction: "higher" | "lower", valueType: ValueFormat["valueType"], locale: "de" | "en") =>
    target === null ? t("criteria.indicator.noTarget") : t(`criteria.indicator.target.${direction}`, { target: format(target, valueType, locale) });
}
