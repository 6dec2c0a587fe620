import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { formatDateTime } from "~/modules/accounts/format";
import { requestI18n } from "~/modules/i18n/request.server";
import { useT } from "~/modules/i18n/use-t";
import { networkAccess } from "~/modules/network/access.server";
import { pageTitle } from "~/modules/network/format";
import { staleByCentre } from "~/modules/offerings/queries.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "offerings.staleTitle");

/** The coordinator's overview: per centre, how many offerings have gone unconfirmed for too long. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { network } = networkAccess(request, params, "read:network");
  const { locale } = requestI18n(request);
  return {
    network: { slug: network.slug, staleAfterMonths: network.staleAfterMonths },
    centres: staleByCentre(network).map((c) => ({ ...c, oldest: c.oldest === null ? null : formatDateTime(c.oldest, locale) })),
  };
}

export default function StaleOfferings() {
  const data = useLoaderData<typeof loader>();
  const t = useT();
  const base = `/n/${data.network.slug}`;
  return (
    <div className="space-y-6">
      <h1>{t("offerings.staleTitle")}</h1>
      <p>{t("offerings.staleOverviewIntro", { months: data.network.staleAfterMonths })}</p>
      <table className="w-full border-collapse bg-white text-left text-sm shadow">
        <caption className="sr-only">{t("offerings.staleOverview")}</caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="p-2">{t("offerings.col.centre")}</th>
            <th scope="col" className="p-2 text-right">{t("offerings.staleCol.stale")}</th>
            <th scope="col" className="p-2 text-right">{t("offerings.staleCol.active")}</th>
            <th scope="col" className="p-2">{t("offerings.staleCol.oldest")}</th>
          </tr>
        </thead>
        <tbody>
          {data.centres.map((c) => (
            <tr key={c.slug} className="border-t border-slate-200">
              <th scope="row" className="p-2 font-normal">
                <Link to={`${base}/centres/${c.slug}/offerings`}>{c.name}</Link>
              </th>
              <td className="p-2 text-right">
                {c.stale > 0 ? (
                  <Link to={`${base}/centres/${c.slug}/offerings?stale=1&sort=verified`}>
                    {c.stale}
                    <span className="sr-only">: {t("offerings.staleShowLabel", { name: c.name })}</span>
                  </Link>
                ) : (
                  0
                )}
              </td>
              <td className="p-2 text-right">{c.active}</td>
              <td className="p-2">{c.oldest ?? "–"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <Link to={`${base}/offerings`}>{t("offerings.allOfferings")}</Link>
      </p>
    </div>
  );
}
