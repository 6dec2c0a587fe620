import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { DoneNotice } from "~/components/network/fields";
import { NeedList } from "~/components/needs/need-list";
import { OverlapsSubnav } from "~/components/overlaps-subnav";
import { useLocale, useT } from "~/modules/i18n/use-t";
import { networkAccess } from "~/modules/network/access.server";
import { pageTitle } from "~/modules/network/format";
import { listNeeds, needFilterQuery, needFormOptions, parseNeedFilter } from "~/modules/needs/needs.server";
import { needStatuses } from "~/modules/needs/schemas";
import { can } from "~/modules/permissions/permissions";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "needs.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { network, actor } = networkAccess(request, params, "read:network");
  const filter = parseNeedFilter(new URL(request.url).searchParams);
  return {
    network: { slug: network.slug },
    filter,
    query: needFilterQuery(filter),
    needs: listNeeds(network.id, filter),
    options: needFormOptions(network.id),
    canReport: can(actor, "report:need", { networkId: network.id }),
  };
}

export default function Needs() {
  const data = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const base = `/n/${data.network.slug}/needs`;
  const select = "mt-1 w-full max-w-full rounded border border-slate-400 bg-white px-3 py-2 sm:w-auto";
  return (
    <div className="space-y-6">
      <OverlapsSubnav network={data.network.slug} />
      <DoneNotice />
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1>{t("needs.title")}</h1>
        <ul className="no-print flex flex-wrap gap-x-4 gap-y-1">
          {data.canReport ? (
            <li>
              <Link to={`${base}/new`}>{t("needs.new")}</Link>
            </li>
          ) : null}
          <li>
            <a href={`${base}/export${data.query}`} download>
              {t("needs.export")}
            </a>
          </li>
        </ul>
      </div>
      <p>{t("needs.intro")}</p>
      <Form method="get" className="no-print flex flex-wrap items-end gap-4 rounded-lg bg-white p-4 shadow" aria-label={t("needs.filters")}>
        <div>
          <label htmlFor="needs-neighbourhood" className="block font-medium">
            {t("needs.field.neighbourhood")}
          </label>
          <select id="needs-neighbourhood" name="neighbourhood" defaultValue={data.filter.neighbourhood} className={select}>
            <option value="">{t("needs.allNeighbourhoods")}</option>
            {data.options.neighbourhoods.map((n) => (
              <option key={n.id} value={n.slug}>
                {n.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="needs-category" className="block font-medium">
            {t("needs.field.category")}
          </label>
          <select id="needs-category" name="category" defaultValue={data.filter.category} className={select}>
            <option value="">{t("needs.allCategories")}</option>
            {data.options.categories.map((c) => (
              <option key={c.id} value={c.key}>
                {locale === "en" ? c.nameEn : c.nameDe}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="needs-status" className="block font-medium">
            {t("needs.field.status")}
          </label>
          <select id="needs-status" name="status" defaultValue={data.filter.status} className={select}>
            <option value="">{t("needs.allStatuses")}</option>
            {needStatuses.map((s) => (
              <option key={s} value={s}>
                {t(`needs.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
          {t("needs.apply")}
        </button>
      </Form>
      <p role="status">{t("needs.count", { count: data.needs.length })}</p>
      {data.needs.length === 0 ? <p>{t("needs.none")}</p> : <NeedList needs={data.needs} network={data.network.slug} />}
    </div>
  );
}
