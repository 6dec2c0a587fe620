import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { OfferingDone } from "~/components/offerings/bits";
import { OfferingFilters, OfferingTable } from "~/components/offerings/offering-list";
import { StaleNotice } from "~/components/offerings/stale-notice";
import { useT } from "~/modules/i18n/use-t";
import { networkAccess } from "~/modules/network/access.server";
import { pageTitle } from "~/modules/network/format";
import { offeringListView } from "~/modules/offerings/list-view.server";
import { editableCentres } from "~/modules/offerings/manage.server";
import { can } from "~/modules/permissions/permissions";
import { OfferingCsvLinks } from "~/components/import/import-parts";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "offerings.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { network, actor } = networkAccess(request, params, "read:network");
  return {
    ...offeringListView(request, network),
    canCreate: editableCentres(actor, network.id).length > 0,
    canManageTaxonomy: can(actor, "manage:taxonomy", { networkId: network.id }),
  };
}

export default function Offerings() {
  const data = useLoaderData<typeof loader>();
  const t = useT();
  const base = `/n/${data.network.slug}/offerings`;
  return (
    <div className="space-y-6">
      <OfferingDone />
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1>{t("offerings.title")}</h1>
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {data.canCreate ? (
            <li>
              <Link to={`${base}/new`}>{t("offerings.add")}</Link>
            </li>
          ) : null}
          <li>
            <Link to={`${base}/stale`}>{t("offerings.staleOverview")}</Link>
          </li>
          {data.canManageTaxonomy ? (
            <li>
              <Link to={`/n/${data.network.slug}/categories`}>{t("offerings.manageCategories")}</Link>
            </li>
          ) : null}
        </ul>
      </div>
      <OfferingCsvLinks network={data.network.slug} canImport={data.canCreate} />
      <StaleNotice count={data.staleCount} months={data.network.staleAfterMonths} scope="network" to={`${base}${data.staleQuery}`} />
      <OfferingFilters data={data} showCentre />
      <OfferingTable data={data} showCentre caption={t("offerings.title")} />
    </div>
  );
}
