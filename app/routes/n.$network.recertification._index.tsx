// The recertification overview: one row per centre (the coordinator: all; a lead or staff member: their own).
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { LevelText, ReadinessBar, RecertSubnav, useCountdownText } from "~/components/recertification/parts";
import { useLocale, useT } from "~/modules/i18n/use-t";
import { networkAccess } from "~/modules/network/access.server";
import { formatDate, pageTitle } from "~/modules/network/format";
import { can } from "~/modules/permissions/permissions";
import { centreRows } from "~/modules/recertification/overview.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "recert.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { network, actor } = networkAccess(request, params, "read:network");
  const sort = new URL(request.url).searchParams.get("sort") === "name" ? "name" : "expiry";
  const rows = centreRows(network, actor);
  if (sort === "name") rows.sort((a, b) => a.name.localeCompare(b.name, "de"));
  return {
    network: { slug: network.slug },
    coordinator: can(actor, "manage:checklist", { networkId: network.id }),
    sort,
    rows,
  };
}

export default function RecertificationOverview() {
  const data = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const countdownText = useCountdownText();
  const [params] = useSearchParams();
  const base = `/n/${data.network.slug}/recertification`;
  const sortLink = (sort: string) => {
    const next = new URLSearchParams(params);
    next.set("sort", sort);
    return `?${next.toString()}`;
  };
  return (
    <div className="space-y-6">
      <RecertSubnav network={data.network.slug} />
      <h1>{t("recert.title")}</h1>
      <p className="max-w-3xl">{t("recert.intro")}</p>
      {data.rows.length === 0 ? (
        <p>{t("recert.table.none")}</p>
      ) : (
        <>
          {data.coordinator ? (
            <p className="text-sm">
              {t("recert.table.sort")}:{" "}
              {data.sort === "expiry" ? <strong>{t("recert.table.sortExpiry")}</strong> : <Link to={sortLink("expiry")}>{t("recert.table.sortExpiry")}</Link>} ·{" "}
              {data.sort === "name" ? <strong>{t("recert.table.sortName")}</strong> : <Link to={sortLink("name")}>{t("recert.table.sortName")}</Link>}
            </p>
          ) : null}
          <div className="overflow-x-auto">
            <table className="w-full border-collapse bg-white text-left text-sm shadow">
              <caption className="p-2 text-left font-semibold">{data.coordinator ? t("recert.table.caption") : t("recert.yourCentre")}</caption>
              <thead className="bg-slate-100">
                <tr>
                  <th scope="col" className="p-2">{t("recert.table.centre")}</th>
                  <th scope="col" className="p-2" aria-sort={data.sort === "expiry" ? "ascending" : undefined}>{t("recert.table.validUntil")}</th>
                  <th scope="col" className="p-2">{t("recert.table.reviewYear")}</th>
                  <th scope="col" className="p-2">{t("recert.table.countdown")}</th>
                  <th scope="col" className="p-2">{t("recert.table.warning")}</th>
                  <th scope="col" className="p-2">{t("recert.table.readiness")}</th>
                  <th scope="col" className="p-2 text-right">{t("recert.table.flags")}</th>
                </tr>
              </thead>
              <tbody>
                {data.rows.map((row) => (
                  <tr key={row.slug} className="border-t border-slate-200">
                    <th scope="row" className="p-2 font-medium">
                      <Link to={`${base}/centres/${row.slug}`}>{row.name}</Link>
                    </th>
                    <td className="p-2">{row.validUntil ? formatDate(row.validUntil, locale) : "–"}</td>
                    <td className="p-2">{row.reviewYear ?? "–"}</td>
                    <td className="p-2">{countdownText(row.countdown)}</td>
                    <td className="p-2">
                      <LevelText level={row.countdown.level} />
                    </td>
                    <td className="p-2">
                      <ReadinessBar percent={row.percent} ready={row.ready} total={row.total} />
                    </td>
                    <td className="p-2 text-right">{row.flags}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
