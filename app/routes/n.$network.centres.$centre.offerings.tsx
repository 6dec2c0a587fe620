import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { OfferingDone } from "~/components/offerings/bits";
import { OfferingFilters, OfferingTable } from "~/components/offerings/offering-list";
import { StaleNotice } from "~/components/offerings/stale-notice";
import { useT } from "~/modules/i18n/use-t";
import { centreAccess } from "~/modules/network/access.server";
import { pageTitle } from "~/modules/network/format";
import { offeringListView } from "~/modules/offerings/list-view.server";
import { can } from "~/modules/permissions/permissions";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => pageTitle(matches, "offerings.centreTitle", { name: data?.centre.name ?? "" });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { network, centre, actor } = centreAccess(request, params, "read:network");
  return {
    ...offeringListView(request, network, centre.id),
    centre: { slug: centre.slug, name: centre.name },
    canCreate: can(actor, "edit:offering", { networkId: network.id, centreId: centre.id }),
  };
}

export default function CentreOfferings() {
  const data = useLoaderData<typeof loader>();
  const t = useT();
  const network = `/n/${data.network.slug}`;
  const here = `${network}/centres/${data.centre.slug}/offerings`;
  return (
    <div className="space-y-6">
      <OfferingDone />
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1>{t("offerings.centreTitle", { name: data.centre.name })}</h1>
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {data.canCreate ? (
            <li>
              <Link to={`${network}/offerings/new?centre=${data.centre.slug}`}>{t("offerings.add")}</Link>
            </li>
          ) : null}
          <li>
            <Link to={`${network}/centres/${data.centre.slug}`}>{data.centre.name}</Link>
          </li>
          <li>
            <Link to={`${network}/offerings`}>{t("offerings.allOfferings")}</Link>
          </li>
        </ul>
      </div>
      <StaleNotice count={data.staleCount} months={data.network.staleAfterMonths} scope="centre" to={`${here}${data.staleQuery}`} />
      <OfferingFilters data={data} showCentre={false} />
      <OfferingTable data={data} showCentre={false} caption={t("offerings.centreTitle", { name: data.centre.name })} />
    </div>
  );
}
