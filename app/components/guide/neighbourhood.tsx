// A neighbourhood's public page: its family centres, the offerings there and its calendar.
import { Link } from "@remix-run/react";
import { GuideSubscribe } from "./subscribe";
import type { neighbourhoodPage } from "~/modules/guide/pages.server";
import { useT } from "~/modules/i18n/use-t";
import { GuideNav } from "./guide-nav";
import { Address } from "./offering";
import { GuideOfferingList } from "./search";

type Data = ReturnType<typeof neighbourhoodPage>;

export function GuideNeighbourhoodPage({ data }: { data: Data }) {
  const t = useT();
  const { network, neighbourhood, centres, offerings } = data;
  const base = `/guide/${network.slug}`;
  return (
    <div>
      <GuideNav network={network} />
      <h1>{t("guide.neighbourhood.title", { name: neighbourhood.name })}</h1>
      <section aria-labelledby="hood-centres" className="mt-6">
        <h2 id="hood-centres">{t("guide.neighbourhood.centres")}</h2>
        {centres.length ? (
          <ul className="mt-2 grid gap-4 sm:grid-cols-2">
            {centres.map((c) => (
              <li key={c.slug} className="rounded-lg bg-white p-4 shadow-sm">
                <Link to={`${base}/centres/${c.slug}`} className="font-medium">
                  {c.name}
                </Link>
                <address className="not-italic">
                  <Address {...c} />
                </address>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2">{t("guide.neighbourhood.noCentres")}</p>
        )}
      </section>
      <section aria-labelledby="hood-offerings" className="mt-8">
        <h2 id="hood-offerings">{t("guide.neighbourhood.offerings")}</h2>
        {offerings.length ? <GuideOfferingList networkSlug={network.slug} rows={offerings} /> : <p className="mt-2">{t("guide.centre.noOfferings")}</p>}
      </section>
      <div className="mt-8">
        <GuideSubscribe links={data.feed} scope={t("guide.subscribe.neighbourhood", { name: neighbourhood.name })} />
      </div>
    </div>
  );
}
