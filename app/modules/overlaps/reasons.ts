// Why a pair was flagged, stored as keys and parameters and rendered in the reader's language. Flags
// stored before reasons had keys hold German sentences; those are shown as they are until the next scan
// rewrites them.
import type { Translate } from "~/modules/i18n/translate";
import { formatAges } from "~/modules/offerings/format";
import { weekdayKey } from "~/modules/offerings/options";

export type Reason =
  /** Words both offerings share: [word] when spelled alike, [word in a, word in b] otherwise. */
  | { kind: "terms"; terms: ([string] | [string, string])[] }
  | { kind: "sameCategory"; category: string }
  | { kind: "relatedCategories"; a: string; b: string }
  /** Age ranges in months. */
  | { kind: "ages"; a: [number, number]; b: [number, number] }
  | { kind: "sameTime"; weekday: number; a: [string, string]; b: [string, string] }
  | { kind: "sameDay"; weekday: number }
  | { kind: "otherDays" };

/** A reason as stored: keys and parameters, or (flags stored before that) a German sentence. */
export type StoredReason = Reason | string;

/** The name of a category (by key) in the reader's language. */
export type CategoryName = (key: string) => string;

export function renderReason(reason: StoredReason, t: Translate, categoryName: CategoryName): string {
  if (typeof reason === "string") return reason;
  switch (reason.kind) {
    case "terms":
      return t("overlaps.reason.terms", {
        terms: reason.terms.map((pair) => (pair.length === 1 ? t("overlaps.reason.term", { word: pair[0] }) : t("overlaps.reason.termPair", { a: pair[0], b: pair[1] }))).join(", "),
      });
    case "sameCategory":
      return t("overlaps.reason.sameCategory", { category: categoryName(reason.category) });
    case "relatedCategories":
      return t("overlaps.reason.relatedCategories", { a: categoryName(reason.a), b: categoryName(reason.b) });
    case "ages":
      return t("overlaps.reason.ages", { a: formatAges(reason.a[0], reason.a[1], t), b: formatAges(reason.b[0], reason.b[1], t) });
    case "sameTime":
      return t("overlaps.reason.sameTime", { day: t(weekdayKey(reason.weekday)), a: `${reason.a[0]}–${reason.a[1]}`, b: `${reason.b[0]}–${reason.b[1]}` });
    case "sameDay":
      return t("overlaps.reason.sameDay", { day: t(weekdayKey(reason.weekday)) });
    case "otherDays":
      return t("overlaps.reason.otherDays");
  }
}

export function renderReasons(reasons: readonly StoredReason[], t: Translate, categoryName: CategoryName): string[] {
  return reasons.map((reason) => renderReason(reason, t, categoryName));
}
