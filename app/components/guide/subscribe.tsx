// Calendar subscription on the guide's centre and neighbourhood pages: webcal:// opens a calendar app,
// https:// is the address to paste into one (and a plain download).
import { useT } from "~/modules/i18n/use-t";

export function GuideSubscribe({ links, scope }: { links: { https: string; webcal: string }; scope: string }) {
  const t = useT();
  return (
    <section aria-labelledby="subscribe-heading" className="rounded-lg bg-white p-6 shadow">
      <h2 id="subscribe-heading">{t("guide.subscribe.title")}</h2>
      <p className="mt-2">{t("guide.subscribe.explain", { scope })}</p>
      <ul className="mt-3 space-y-2">
        <li>
          <a href={links.webcal}>{t("guide.subscribe.webcal", { scope })}</a>
        </li>
        <li>
          <a href={links.https} type="text/calendar">
            {t("guide.subscribe.https", { scope })}
          </a>
        </li>
      </ul>
      <label htmlFor="subscribe-address" className="mt-3 block font-medium">
        {t("guide.subscribe.address")}
      </label>
      <input id="subscribe-address" readOnly value={links.https} className="mt-1 block w-full rounded border border-slate-500 bg-slate-50 px-3 py-2 font-mono text-sm" />
    </section>
  );
}
