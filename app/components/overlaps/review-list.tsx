// "Bitte prüfen": the pairs detection is least sure about, each with two buttons (a decision of the pair).
import { Form } from "@remix-run/react";
import { useT } from "~/modules/i18n/use-t";

export interface ReviewItemView {
  key: string;
  certainty: number;
  neighbourhood: string;
  reasons: string[];
  a: { title: string; centre: string };
  b: { title: string; centre: string };
}

const buttonClass = "rounded border border-slate-500 bg-white px-3 py-1.5 text-sm font-medium text-slate-900 hover:bg-slate-100";

export function ReviewList({ items }: { items: ReviewItemView[] }) {
  const t = useT();
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="review-heading" className="rounded-lg bg-white p-4 shadow">
      <h2 id="review-heading" tabIndex={-1}>
        {t("overlaps.review.heading")}
      </h2>
      <p className="mt-1 text-sm">{t("overlaps.review.intro")}</p>
      <ul className="mt-3 divide-y divide-slate-200">
        {items.map((item) => (
          <li key={item.key} className="flex flex-wrap items-center justify-between gap-3 py-3">
            <div>
              <p className="font-medium">{t("overlaps.review.pair", { a: item.a.title, centreA: item.a.centre, b: item.b.title, centreB: item.b.centre })}</p>
              <p className="text-sm text-slate-700">{t("overlaps.review.certainty", { neighbourhood: item.neighbourhood, certainty: item.certainty })}</p>
              {item.reasons.length > 0 ? <p className="text-sm text-slate-700">{item.reasons.join(" · ")}</p> : null}
            </div>
            <Form method="post" className="flex gap-2" aria-label={t("overlaps.review.decisionFor", { a: item.a.title, b: item.b.title })}>
              <input type="hidden" name="intent" value="review" />
              <input type="hidden" name="item" value={item.key} />
              <button type="submit" name="decision" value="duplicate" className={buttonClass}>
                {t("overlaps.review.duplicate")}
              </button>
              <button type="submit" name="decision" value="not-duplicate" className={buttonClass}>
                {t("overlaps.review.notDuplicate")}
              </button>
            </Form>
          </li>
        ))}
      </ul>
    </section>
  );
}
