import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { DoneNotice } from "~/components/network/fields";
import { requirePermission } from "~/modules/accounts/actor.server";
import { useT } from "~/modules/i18n/use-t";
import { requireNetwork } from "~/modules/network/networks.server";
import { listCentres, listNeighbourhoods, listPartners } from "~/modules/network/structure.server";
import { can } from "~/modules/permissions/permissions";
import { StartPageOverlaps } from "~/components/overlaps/start-section";
import { startPageOverlaps } from "~/modules/overlaps/pages.server";
import { StartPageRecertification } from "~/components/recertification/start-section";
import { startPageRecertification } from "~/modules/recertification/overview.server";

export const meta: MetaFunction = () => [{ title: "Netzwerk – familiennetz" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const network = requireNetwork(params.network);
  const actor = requirePermission(request, "read:network", { networkId: network.id });
  const neighbourhoods = listNeighbourhoods(network.id);
  const names = new Map(neighbourhoods.map((n) => [n.id, n.name]));
  return {
    network: { slug: network.slug, name: network.name },
    canManage: can(actor, "manage:network", { networkId: network.id }),
    overlaps: startPageOverlaps(request, network, actor),
    recertification: startPageRecertification(network, actor),
    neighbourhoods: neighbourhoods.map((n) => ({ id: n.id, name: n.name, population: n.population })),
    centres: listCentres(network.id).map((c) => ({
      slug: c.slug,
      name: c.name,
      provider: c.provider,
      neighbourhood: c.homeNeighbourhoodId ? (names.get(c.homeNeighbourhoodId) ?? "") : "",
      canEdit: can(actor, "update:centre", { networkId: network.id, centreId: c.id }),
    })),
    partners: listPartners(network.id).map((p) => ({
      id: p.id,
      name: p.name,
      kind: p.kind,
      neighbourhood: p.neighbourhoodId ? (names.get(p.neighbourhoodId) ?? "") : "",
    })),
  };
}

export default function NetworkOverview() {
  const data = useLoaderData<typeof loader>();
  const t = useT();
  const base = `/n/${data.network.slug}`;
  const anyEditable = data.centres.some((c) => c.canEdit);
  return (
    <div className="space-y-10">
      <DoneNotice />
      <h1>{data.network.name}</h1>
      <StartPageOverlaps network={data.network.slug} overlaps={data.overlaps} />
      <StartPageRecertification network={data.network.slug} data={data.recertification} />
      <section aria-labelledby="centres-heading">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="centres-heading">{t("network.centres")}</h2>
          {data.canManage ? <Link to={`${base}/centres/new`}>{t("network.addCentre")}</Link> : null}
        </div>
        <table className="mt-3 w-full border-collapse bg-white text-left text-sm shadow">
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className="p-2">{t("centre.name")}</th>
              <th scope="col" className="p-2">{t("centre.provider")}</th>
              <th scope="col" className="p-2">{t("centre.homeNeighbourhood")}</th>
              {anyEditable ? <th scope="col" className="p-2">{t("network.actions")}</th> : null}
            </tr>
          </thead>
          <tbody>
            {data.centres.map((c) => (
              <tr key={c.slug} className="border-t border-slate-200">
                <td className="p-2">
                  <Link to={`${base}/centres/${c.slug}`}>{c.name}</Link>
                </td>
                <td className="p-2">{c.provider}</td>
                <td className="p-2">{c.neighbourhood}</td>
                {anyEditable ? (
                  <td className="p-2">
                    {c.canEdit ? (
                      <Link to={`${base}/centres/${c.slug}/edit`}>
                        {t("network.edit")}
                        <span className="sr-only">: {c.name}</span>
                      </Link>
                    ) : null}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="neighbourhoods-heading">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="neighbourhoods-heading">{t("network.neighbourhoods")}</h2>
          {data.canManage ? <Link to={`${base}/neighbourhoods/new`}>{t("network.addNeighbourhood")}</Link> : null}
        </div>
        <table className="mt-3 w-full border-collapse bg-white text-left text-sm shadow">
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className="p-2">{t("neighbourhood.name")}</th>
              <th scope="col" className="p-2 text-right">{t("neighbourhood.population")}</th>
            </tr>
          </thead>
          <tbody>
            {data.neighbourhoods.map((n) => (
              <tr key={n.id} className="border-t border-slate-200">
                <td className="p-2">
                  {data.canManage ? <Link to={`${base}/neighbourhoods/${n.id}`}>{n.name}</Link> : n.name}
                </td>
                <td className="p-2 text-right">{n.population?.toLocaleString("de-DE") ?? "–"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="partners-heading">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="partners-heading">{t("network.partners")}</h2>
          {data.canManage ? <Link to={`${base}/partners/new`}>{t("network.addPartner")}</Link> : null}
        </div>
        <table className="mt-3 w-full border-collapse bg-white text-left text-sm shadow">
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className="p-2">{t("partner.name")}</th>
              <th scope="col" className="p-2">{t("partner.kind")}</th>
              <th scope="col" className="p-2">{t("partner.neighbourhood")}</th>
            </tr>
          </thead>
          <tbody>
            {data.partners.map((p) => (
              <tr key={p.id} className="border-t border-slate-200">
                <td className="p-2">
                  <Link to={`${base}/partners/${p.id}`}>{p.name}</Link>
                </td>
                <td className="p-2">{p.kind}</td>
                <td className="p-2">{p.neighbourhood}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
