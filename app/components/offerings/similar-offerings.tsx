// "Ähnliche Angebote im Stadtteil" inside the offering form: with JavaScript the list follows title,
// description, category, ages, target groups and neighbourhood (debounced, through a resource route);
// without it a button sends the form back with the list (nothing is saved).
import { Link, useFetcher } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { useT } from "~/modules/i18n/use-t";

export interface SimilarItemView {
  id: number;
  title: string;
  centre: string;
  score: number;
  reasons: string[];
}

const watched = new Set(["title", "description", "categoryId", "ageFrom", "ageFromUnit", "ageTo", "ageToUnit", "audiences", "neighbourhoodId"]);
const sent = [...watched, "scheduleKind", "weekdays", "startTime", "endTime"];

export function SimilarOfferings({
  network,
  centreSlug,
  offeringId,
  initial,
}: {
  network: string;
  centreSlug?: string;
  offeringId?: number;
  /** The list from the server after "Ähnliche Angebote prüfen" without JavaScript. */
  initial?: SimilarItemView[];
}) {
  const t = useT();
  const fetcher = useFetcher<{ items: SimilarItemView[] }>();
  const ref = useRef<HTMLElement>(null);
  const load = fetcher.load;
  useEffect(() => {
    const form = ref.current?.closest("form");
    if (!form) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = () => {
      const data = new FormData(form);
      const query = new URLSearchParams();
      for (const name of sent) for (const value of data.getAll(name)) if (typeof value === "string") query.append(name, value);
      if (centreSlug) query.set("centre", centreSlug);
      if (offeringId) query.set("offering", String(offeringId));
      load(`/n/${network}/offerings/similar?${query.toString()}`);
    };
    const onChange = (event: Event) => {
      const name = (event.target as HTMLInputElement | null)?.name;
      if (!name || !watched.has(name)) return;
      clearTimeout(timer);
      timer = setTimeout(check, 400);
    };
    form.addEventListener("input", onChange);
    form.addEventListener("change", onChange);
    if (offeringId) check();
    return () => {
      clearTimeout(timer);
      form.removeEventListener("input", onChange);
      form.removeEventListener("change", onChange);
    };
  }, [network, centreSlug, offeringId, load]);
  const items = fetcher.data?.items ?? initial;
  return (
    <section ref={ref} aria-labelledby="similar-heading" className="mb-6 rounded border border-amber-600 bg-amber-50 p-4">
      <h2 id="similar-heading" className="text-lg">
        {t("overlaps.similarHeading")}
      </h2>
      <p className="text-sm text-slate-800">{t("overlaps.similarHint")}</p>
      <div aria-live="polite" aria-atomic="true" className="mt-2">
        {fetcher.state === "loading" ? <p className="text-sm">{t("overlaps.similarLoading")}</p> : null}
        {items === undefined ? null : items.length === 0 ? (
          <p>{t("overlaps.similarNone")}</p>
        ) : (
          <ul className="space-y-2">
            {items.map((item) => (
              <li key={item.id}>
                <Link to={`/n/${network}/offerings/${item.id}`} target="_blank">
                  {t("overlaps.similarItem", { title: item.title, centre: item.centre })}
                </Link>
                <ul className="list-disc pl-6 text-sm">
                  {item.reasons.map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        )}
      </div>
      <button
        type="submit"
        name="intent"
        value="similar"
        formNoValidate
        className="mt-3 rounded border border-slate-500 bg-white px-4 py-2 font-medium text-slate-900 hover:bg-slate-100"
      >
        {t("overlaps.similarCheck")}
      </button>
    </section>
  );
}
