// Links to subscribe to an iCalendar feed: webcal:// opens a calendar app, https:// is the address to
// paste into one (and a plain download).
import { useT } from "~/modules/i18n/use-t";

export function SubscribeLinks({ links, scope, headingLevel = 2 }: { links: { https: string; webcal: string }; scope: string; headingLevel?: 2 | 3 }) {
  const t = useT();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby="subscribe-heading" className="rounded-lg bg-white p-6 shadow">
      <Heading id="subscribe-heading">{t("calendar.subscribe.title")}</Heading>
      <p className="mt-2">{t("calendar.subscribe.explain", { scope })}</p>
      <ul className="mt-3 space-y-2">
        <li>
          <a href={links.webcal}>{t("calendar.subscribe.webcal", { scope })}</a>
        </li>
        <li>
          <a href={links.https} type="text/calendar">
            {t("calendar.subscribe.https", { scope })}
          </a>
        </li>
      </ul>
      <label htmlFor="subscribe-address" className="mt-3 block font-medium">
        {t("calendar.subscribe.address")}
      </label>
      <input
        id="subscribe-address"
        readOnly
        value={links.https}
        className="mt-1 block w-full rounded border border-slate-400 bg-slate-50 px-3 py-2 font-mono text-sm"
      />
    </section>
  );
}
