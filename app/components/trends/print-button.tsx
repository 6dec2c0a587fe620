// "Drucken / als PDF speichern": opens the browser's print dialog. Without JavaScript the button is not
// shown and the page is printed with the browser's own command.
import { useEffect, useState } from "react";
import { useT } from "~/modules/i18n/use-t";

export function PrintButton() {
  const t = useT();
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  if (!ready) return <p className="no-print text-sm text-slate-700">{t("trends.report.printHint")}</p>;
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="no-print rounded border border-slate-500 bg-white px-3 py-2 font-medium hover:bg-slate-100"
    >
      {t("trends.report.print")}
    </button>
  );
}
