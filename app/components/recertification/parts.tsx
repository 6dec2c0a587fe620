// Small pieces of the recertification pages: sub-navigation, countdown and warning texts, readiness
// bars, states (always text plus a symbol, never colour alone) and the print button.
import { useEffect, useState } from "react";
import { useSearchParams } from "@remix-run/react";
import { SubNav, type SubNavItem } from "~/components/sub-nav";
import { FormMessage } from "~/components/ui/form";
import type { Locale, MessageKey, Translate } from "~/modules/i18n/translate";
import { formatDate } from "~/modules/network/format";
import { useT } from "~/modules/i18n/use-t";
import { countdownMessage, type Countdown, type WarningLevel } from "~/modules/recertification/countdown";
import type { Flag } from "~/modules/recertification/overview.server";
import { textBar, type EvidenceState, type ItemState } from "~/modules/recertification/readiness";

export function RecertSubnav({ network }: { network: string }) {
  const base = `/n/${network}/recertification`;
  const items: SubNavItem[] = [
    { to: base, label: "recert.nav.overview", end: true },
    { to: `${base}/checklist`, label: "recert.nav.checklist" },
    { to: `${base}/examples`, label: "recert.nav.examples" },
  ];
  return <SubNav label="recert.subnav" items={items} />;
}

export function useCountdownText() {
  const t = useT();
  return (c: Pick<Countdown, "validUntil" | "days" | "months">) => {
    const m = countdownMessage(c);
    return t(m.key, m.vars);
  };
}

const levelKeys: Record<string, MessageKey> = {
  expired: "recert.level.expired",
  "6": "recert.level.6",
  "12": "recert.level.12",
  "18": "recert.level.18",
};

export function LevelText({ level }: { level: WarningLevel }) {
  const t = useT();
  const key = level === null ? "recert.level.none" : levelKeys[String(level)]!;
  const tone = level === "expired" || level === 6 ? "text-red-800" : level === 12 ? "text-amber-900" : "text-slate-800";
  return <span className={`font-medium ${tone} print:text-black`}>{t(key)}</span>;
}

/** "■■■■□□□□□□ 40 %" with the numbers for screen readers. */
export function ReadinessBar({ percent, ready, total }: { percent: number; ready: number; total: number }) {
  const t = useT();
  return (
    <span>
      <span aria-hidden="true" className="font-mono tracking-tighter text-brand-800 print:text-black">
        {textBar(percent)}
      </span>{" "}
      <span className="sr-only">{t("recert.readinessValue", { ready, total, percent })}</span>
      <span aria-hidden="true">
        {t("recert.percent", { percent })} ({ready}/{total})
      </span>
    </span>
  );
}

export function ItemStateText({ state }: { state: ItemState }) {
  const t = useT();
  const tone = state === "ready" ? "text-green-800" : state === "flagged" ? "text-amber-900" : "text-slate-700";
  return <span className={`whitespace-nowrap font-medium ${tone} print:text-black`}>{t(`recert.state.${state}`)}</span>;
}

export function EvidenceStateText({ state }: { state: EvidenceState }) {
  const t = useT();
  const tone = state === "valid" ? "text-green-800" : "text-amber-900";
  return <span className={`font-medium ${tone} print:text-black`}>{t(`recert.evidenceState.${state}`)}</span>;
}

const doneKeys: Record<string, MessageKey> = {
  added: "recert.done.added",
  removed: "recert.done.removed",
  shared: "recert.done.shared",
  unshared: "recert.done.unshared",
  saved: "recert.done.saved",
};

export function RecertDone() {
  const [params] = useSearchParams();
  const t = useT();
  const key = doneKeys[params.get("done") ?? ""];
  return key ? <FormMessage tone="success">{t(key)}</FormMessage> : null;
}

/** Opens the browser's print dialog; shown once JavaScript runs (without it, the browser's own print command works the same). */
export function PrintButton({ label }: { label: string }) {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  if (!hydrated) return null;
  return (
    <button type="button" onClick={() => window.print()} className="no-print rounded border border-slate-500 bg-white px-3 py-1 font-medium hover:bg-slate-100">
      {label}
    </button>
  );
}

export function flagText(flag: Flag, t: Translate, locale: Locale): string {
  switch (flag.kind) {
    case "agreement":
      return t(flag.ended ? "recert.flag.agreementEnded" : "recert.flag.agreement", { partner: flag.partnerName, date: formatDate(flag.endsOn, locale) });
    case "training":
      return t("recert.flag.training", { code: flag.itemCode, label: flag.label, date: formatDate(flag.date, locale) });
    case "offering":
      return t("recert.flag.offering", { code: flag.itemCode, label: flag.label });
  }
}
