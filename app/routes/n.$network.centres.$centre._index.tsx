import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { SubscribeLinks } from "~/components/calendar/subscribe-links";
import { Detail, DoneNotice } from "~/components/network/fields";
import { feedLinks } from "~/modules/calendar/feeds.server";
import { useLocale, useT } from "~/modules/i18n/use-t";
import { centreAccess } from "~/modules/network/access.server";
import { centreProfile } from "~/modules/network/centres.server";
import { formatBytes, formatDate, formatNumber, namedTitle } from "~/modules/network/format";
import { can } from "~/modules/permissions/permissions";

export const meta: MetaFunction<typeof loader> = ({ data }) => namedTitle(data?.centre.name);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { network, centre, actor } = centreAccess(request, params, "read:network");
  const scope = { networkId: network.id, centreId: centre.id };
  const { id: _id, networkId: _networkId, createdAt: _createdAt, homeNeighbourhoodId: _home, ...fields } = centre;
  return {
    network: { slug: network.slug, name: network.name },
    centre: fields,
    ...centreProfile(centre),
    canEdit: can(actor, "update:centre", scope),
    canManageAgreements: can(actor, "manage:agreement", scope),
    feed: feedLinks(request, network.slug, { centre: centre.slug }),
  };
}

const isWebAddress = (value: string) => /^https?:\/\//i.test(value);

export default function CentrePage() {
  const data = useLoaderData<typeof loader>();
  const { centre } = data;
  const t = useT();
  const locale = useLocale();
  const base = `/n/${data.network.slug}/centres/${centre.slug}`;
  const address = [centre.street, [centre.postalCode, centre.city].filter(Boolean).join(" ")].filter(Boolean);
  const coordinates =
    centre.latitude !== null && centre.longitude !== null
      ? `${formatNumber(centre.latitude, locale, 6)}, ${formatNumber(centre.longitude, locale, 6)}`
      : "";
  return (
    <div className="space-y-8">
      <DoneNotice />
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1>{centre.name}</h1>
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          <li>
            <Link to={`${base}/offerings`}>{t("offerings.centreOfferings")}</Link>
          </li>
          {data.canEdit ? (
            <li>
              <Link to={`${base}/edit`}>{t("centre.editProfile")}</Link>
            </li>
          ) : null}
        </ul>
      </div>
      <section aria-labelledby="contact-heading" className="rounded-lg bg-white p-6 shadow">
        <h2 id="contact-heading">{t("centre.sectionContact")}</h2>
        <dl className="mt-2 divide-y divide-slate-200">
          <Detail term={t("centre.provider")}>{centre.provider}</Detail>
          <Detail term={t("centre.address")}>
            {address.length > 0 ? address.map((line) => <span key={line} className="block">{line}</span>) : null}
          </Detail>
          <Detail term={t("centre.coordinates")}>{coordinates}</Detail>
          <Detail term={t("centre.contactName")}>{centre.contactName}</Detail>
          <Detail term={t("centre.email")}>{centre.email ? <a href={`mailto:${centre.email}`}>{centre.email}</a> : null}</Detail>
          <Detail term={t("centre.phone")}>{centre.phone ? <a href={`tel:${centre.phone.replace(/[^0-9+]/g, "")}`}>{centre.phone}</a> : null}</Detail>
          <Detail term={t("centre.website")}>
            {centre.website ? (isWebAddress(centre.website) ? <a href={centre.website} rel="noopener noreferrer">{centre.website}</a> : centre.website) : null}
          </Detail>
        </dl>
      </section>
      <section aria-labelledby="neighbourhoods-heading" className="rounded-lg bg-white p-6 shadow">
        <h2 id="neighbourhoods-heading">{t("centre.sectionNeighbourhoods")}</h2>
        <dl className="mt-2 divide-y divide-slate-200">
          <Detail term={t("centre.homeNeighbourhoodLabel")}>{data.homeNeighbourhood}</Detail>
          <Detail term={t("centre.served")}>{data.served.length > 0 ? data.served.map((n) => n.name).join(", ") : null}</Detail>
        </dl>
      </section>
      <section aria-labelledby="focus-heading" className="rounded-lg bg-white p-6 shadow">
        <h2 id="focus-heading">{t("centre.focusAreas")}</h2>
        {centre.focusAreas.length > 0 ? (
          <ul className="mt-2 list-disc pl-6">
            {centre.focusAreas.map((area) => (
              <li key={area}>{area}</li>
            ))}
          </ul>
        ) : (
          <p className="mt-2">{t("centre.noFocusAreas")}</p>
        )}
      </section>
      <section aria-labelledby="certificate-heading" className="rounded-lg bg-white p-6 shadow">
        <h2 id="certificate-heading">{t("centre.sectionCertificate")}</h2>
        <dl className="mt-2 divide-y divide-slate-200">
          <Detail term={t("centre.validFrom")}>{formatDate(centre.certificateValidFrom, locale)}</Detail>
          <Detail term={t("centre.validUntil")}>{formatDate(centre.certificateValidUntil, locale)}</Detail>
        </dl>
      </section>
      <section aria-labelledby="agreements-heading">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="agreements-heading">{t("centre.agreements")}</h2>
          {data.canManageAgreements ? <Link to={`${base}/agreements/new`}>{t("centre.addAgreement")}</Link> : null}
        </div>
        {data.agreements.length === 0 ? (
          <p className="mt-3">{t("centre.noAgreements")}</p>
        ) : (
          <table className="mt-3 w-full border-collapse bg-white text-left text-sm shadow">
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="p-2">{t("agreement.partner")}</th>
                <th scope="col" className="p-2">{t("agreement.startsOn")}</th>
                <th scope="col" className="p-2">{t("agreement.endsOn")}</th>
                <th scope="col" className="p-2">{t("agreement.file")}</th>
                {data.canManageAgreements ? <th scope="col" className="p-2">{t("network.actions")}</th> : null}
              </tr>
            </thead>
            <tbody>
              {data.agreements.map((a) => (
                <tr key={a.id} className="border-t border-slate-200">
                  <th scope="row" className="p-2 font-normal">
                    <Link to={`/n/${data.network.slug}/partners/${a.partnerId}`}>{a.partnerName}</Link>
                  </th>
                  <td className="p-2">{formatDate(a.startsOn, locale)}</td>
                  <td className="p-2">{a.endsOn ? formatDate(a.endsOn, locale) : t("agreement.openEnded")}</td>
                  <td className="p-2">
                    {a.file ? (
                      <a href={`${base}/agreements/${a.id}/file`}>
                        {t("agreement.download", { name: a.file.name, size: formatBytes(a.file.size, locale) })}
                      </a>
                    ) : (
                      t("agreement.noFile")
                    )}
                  </td>
                  {data.canManageAgreements ? (
                    <td className="p-2">
                      <Link to={`${base}/agreements/${a.id}`}>
                        {t("network.edit")}
                        <span className="sr-only">: {a.partnerName}</span>
                      </Link>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <SubscribeLinks links={data.feed} scope={centre.name} />
    </div>
  );
}
