// A published offering's page for families: when, where, for whom, cost, languages, registration, contact.
import { Link } from "@remix-run/react";
import type { offeringPage } from "~/modules/guide/pages.server";
import { useT } from "~/modules/i18n/use-t";
import { GuideNav } from "./guide-nav";

type Data = ReturnType<typeof offeringPage>;

export function Address({ street, postalCode, city }: { street: string; postalCode: string; city: string }) {
  return (
    <>
      {street ? <span className="block">{street}</span> : null}
      {postalCode || city ? <span className="block">{[postalCode, city].filter(Boolean).join(" ")}</span> : null}
    </>
  );
}

export function GuideOfferingPage({ data }: { data: Data }) {
  const t = useT();
  const { network, offering: o, centre } = data;
  const base = `/guide/${network.slug}`;
  const phone = o.contact.phone || centre.phone;
  const email = o.contact.email || centre.email;
  return (
    <div>
      <GuideNav network={network} />
      <p className="text-sm text-slate-700">{o.category}</p>
      <h1>{o.title}</h1>
      <p className="mt-1">
        {t("guide.offering.offeredBy", { centre: "" })}
        <Link to={`${base}/centres/${o.centre.slug}`}>{o.centre.name}</Link>
        {o.neighbourhood ? (
          <>
            {" · "}
            <Link to={`${base}/neighbourhoods/${o.neighbourhood.slug}`}>{o.neighbourhood.name}</Link>
          </>
        ) : null}
      </p>
      {o.description ? <p className="mt-4 max-w-3xl whitespace-pre-line text-lg">{o.description}</p> : null}
      <div className="mt-6 grid gap-6 md:grid-cols-2">
        <section aria-labelledby="offering-when" className="rounded-lg bg-white p-4 shadow">
          <h2 id="offering-when">{t("guide.offering.when")}</h2>
          {o.scheduleKind === "appointment" ? <p className="mt-2">{t("guide.offering.appointment")}</p> : null}
          {o.scheduleKind === "weekly" ? <p className="mt-2">{o.when}</p> : null}
          {o.nextDates ? (
            <>
              <h3 className="mt-3 text-base">{t("guide.offering.nextDates")}</h3>
              {o.nextDates.length ? (
                <ul className="mt-1 list-disc pl-6">
                  {o.nextDates.map((d) => (
                    <li key={d}>{d}</li>
                  ))}
                </ul>
              ) : (
                <p className="mt-1">{t("guide.results.noDates")}</p>
              )}
            </>
          ) : null}
        </section>
        <section aria-labelledby="offering-where" className="rounded-lg bg-white p-4 shadow">
          <h2 id="offering-where">{t("guide.offering.where")}</h2>
          <address className="mt-2 not-italic">
            {o.place ? (
              <>
                {o.place.name ? <span className="block">{o.place.name}</span> : null}
                {o.place.address ? <span className="block">{o.place.address}</span> : null}
              </>
            ) : (
              <>
                <span className="block">{centre.name}</span>
                <Address {...centre} />
              </>
            )}
          </address>
        </section>
      </div>
      <section aria-labelledby="offering-details" className="mt-6 rounded-lg bg-white p-4 shadow">
        <h2 id="offering-details" className="sr-only">
          {t("guide.offering.who")}
        </h2>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
          <dt className="font-medium">{t("guide.offering.who")}</dt>
          <dd>{[o.ages, o.audiences].filter(Boolean).join(" · ")}</dd>
          <dt className="font-medium">{t("guide.offering.cost")}</dt>
          <dd>{o.cost}</dd>
          <dt className="font-medium">{t("guide.offering.languages")}</dt>
          <dd>{o.languages}</dd>
          <dt className="font-medium">{t("guide.offering.registration")}</dt>
          <dd>{o.registration}</dd>
          {o.capacity ? (
            <>
              <dt className="font-medium">{t("guide.offering.capacity")}</dt>
              <dd>{o.capacity}</dd>
            </>
          ) : null}
          <dt className="font-medium">{t("guide.offering.contact")}</dt>
          <dd>
            {o.contact.name ? <span className="block">{o.contact.name}</span> : null}
            {phone ? (
              <span className="block">
                {t("guide.offering.phone")}: <a href={`tel:${phone.replace(/[^\d+]/g, "")}`}>{phone}</a>
              </span>
            ) : null}
            {email ? (
              <span className="block">
                {t("guide.offering.email")}: <a href={`mailto:${email}`}>{email}</a>
              </span>
            ) : null}
          </dd>
        </dl>
        <p className="mt-4 text-sm text-slate-700">{t("guide.offering.verified", { date: o.verifiedOn })}</p>
      </section>
      <p className="mt-6">
        <Link to={base}>{t("guide.offering.back")}</Link>
      </p>
    </div>
  );
}
