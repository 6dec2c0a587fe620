// A family centre's public page: address, contact, neighbourhoods, offerings and its calendar.
import { Link } from "@remix-run/react";
import { GuideSubscribe } from "./subscribe";
import type { centrePage } from "~/modules/guide/pages.server";
import { useT } from "~/modules/i18n/use-t";
import { GuideNav } from "./guide-nav";
import { Address } from "./offering";
import { GuideOfferingList } from "./search";

type Data = ReturnType<typeof centrePage>;

export function GuideCentrePage({ data }: { data: Data }) {
  const t = useT();
  const { network, centre, offerings } = data;
  const base = `/guide/${network.slug}`;
  return (
    <div>
      <GuideNav network={network} />
      <h1>{centre.name}</h1>
      <div className="mt-4 grid gap-6 md:grid-cols-2">
        <section aria-labelledby="centre-address" className="rounded-lg bg-white p-4 shadow">
          <h2 id="centre-address">{t("guide.centre.address")}</h2>
          <address className="mt-2 not-italic">
            <Address {...centre} />
          </address>
          {centre.home ? (
            <p className="mt-2">
              {t("guide.centre.home")}: <Link to={`${base}/neighbourhoods/${centre.home.slug}`}>{centre.home.name}</Link>
            </p>
          ) : null}
          {centre.serves.length ? (
            <p className="mt-1">
              {t("guide.centre.serves")}:{" "}
              {centre.serves.map((s, i) => (
                <span key={s.slug}>
                  {i > 0 ? ", " : ""}
                  <Link to={`${base}/neighbourhoods/${s.slug}`}>{s.name}</Link>
                </span>
              ))}
            </p>
          ) : null}
          {centre.latitude !== null && centre.longitude !== null ? (
            <p className="mt-2">
              <Link to={`${base}/map#centre-${centre.slug}`}>{t("guide.centre.onMap")}</Link>
            </p>
          ) : null}
        </section>
        <section aria-labelledby="centre-contact" className="rounded-lg bg-white p-4 shadow">
          <h2 id="centre-contact">{t("guide.centre.contact")}</h2>
          <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
            {centre.provider ? (
              <>
                <dt className="font-medium">{t("guide.centre.provider")}</dt>
                <dd>{centre.provider}</dd>
              </>
            ) : null}
            {centre.phone ? (
              <>
                <dt className="font-medium">{t("guide.offering.phone")}</dt>
                <dd>
                  <a href={`tel:${centre.phone.replace(/[^\d+]/g, "")}`}>{centre.phone}</a>
                </dd>
              </>
            ) : null}
            {centre.email ? (
              <>
                <dt className="font-medium">{t("guide.offering.email")}</dt>
                <dd>
                  <a href={`mailto:${centre.email}`}>{centre.email}</a>
                </dd>
              </>
            ) : null}
            {/^https?:\/\//i.test(centre.website) ? (
              <>
                <dt className="font-medium">{t("guide.centre.website")}</dt>
                <dd>
                  <a href={centre.website} rel="noopener noreferrer">
                    {centre.website}
                  </a>
                </dd>
              </>
            ) : null}
          </dl>
        </section>
      </div>
      <section aria-labelledby="centre-offerings" className="mt-8">
        <h2 id="centre-offerings">{t("guide.centre.offerings")}</h2>
        {offerings.length ? <GuideOfferingList networkSlug={network.slug} rows={offerings} /> : <p className="mt-2">{t("guide.centre.noOfferings")}</p>}
      </section>
      <div className="mt-8">
        <GuideSubscribe links={data.feed} scope={t("guide.subscribe.centre", { name: centre.name })} />
      </div>
    </div>
  );
}
