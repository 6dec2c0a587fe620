import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { CycleSelect } from "~/components/trends/cycle-select";
import { OverviewTable } from "~/components/trends/overview-table";
import { StatusLegend } from "~/components/trends/status";
import { TrendLinks } from "~/components/trends/trend-links";
import { useT } from "~/modules/i18n/use-t";
import { networkAccess } from "~/modules/network/access.server";
import { pageTitle } from "~/modules/network/format";
import { networkOverview } from "~/modules/trends/overview.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "trends.overview.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { network } = networkAccess(request, params, "read:network");
  return { network: { slug: network.slug }, ...networkOverview(network.id, new URL(request.url).searchParams.get("cycle")) };
}

export default function TrendsOverview() {
  const { network, cycles, overview, unknownCycle } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <div className="space-y-6">
      <TrendLinks network={network.slug} />
      <h1>{t("trends.overview.title")}</h1>
      <p>{t("trends.overview.intro")}</p>
      {unknownCycle ? (
        <p role="alert" className="rounded border-l-4 border-amber-700 bg-amber-50 p-3 text-amber-900">
          {t("trends.overview.unknownCycle")}
        </p>
      ) : null}
      {overview ? (
        <>
          <CycleSelect cycles={cycles} selected={overview.cycle.id} id="overview-cycle" />
          <StatusLegend />
          <OverviewTable overview={overview} network={network.slug} />
        </>
      ) : (
        <p role="status">{t("trends.empty")}</p>
      )}
    </div>
  );
}
