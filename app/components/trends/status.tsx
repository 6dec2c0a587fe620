// A review status as symbol and word (never colour alone).
import { useT } from "~/modules/i18n/use-t";
import { statusLabel, statusSymbols, type Status } from "~/modules/trends/format";

const tone: Record<Status | "none", string> = {
  met: "text-green-900",
  partly: "text-amber-900",
  "not-met": "text-red-900",
  none: "text-slate-700",
};

export function StatusText({ status, className = "" }: { status: Status | null | undefined; className?: string }) {
  const t = useT();
  const key = status ?? "none";
  return (
    <span className={`${tone[key]} print:text-black ${className}`}>
      <span aria-hidden="true" className="mr-1 inline-block w-4 text-center font-bold">
        {statusSymbols[key]}
      </span>
      {statusLabel(status, t)}
    </span>
  );
}

/** The legend of the status symbols. */
export function StatusLegend() {
  const t = useT();
  return (
    <p className="text-sm text-slate-700 print:text-black">
      {t("trends.legend")}{" "}
      {(["met", "partly", "not-met", null] as const).map((status, index) => (
        <span key={status ?? "none"}>
          {index > 0 ? " · " : null}
          <span aria-hidden="true">{statusSymbols[status ?? "none"]}</span> {statusLabel(status, t)}
        </span>
      ))}
    </p>
  );
}
