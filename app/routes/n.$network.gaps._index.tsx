import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { OverlapsSubnav } from "~/components/overlaps-subnav";
import { GapTable } from "~/components/needs/gap-table";
import { useLocale, useT } from "~/modules/i18n/use-t";
import { networkAccess } from "~/modules/network/access.server";
import { pageTitle } from "~/modules/network/format";
import { gapMatrix, parseGapFilter } from "~/modules/needs/gaps.server";
import { performanceAreas } from "~/modules/offerings/categories.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "gaps.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { network } = networkAccess(request, params, "read:network");
  const filter = parseGapFilter(new URL(request.url).searchParams);
  return {
    network: { slug: network.slug },
    filter,
    query: new URL(request.url).search,
    matrix: gapMatrix(network.id, filter),
    areas: performanceAreas,
  };
}

export default function Gaps() {
  const data = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const base = `/n/${data.network.slug}`;
  const { totals } = data.matrix;
  return (
    <div className="print-landscape space-y-6">
      <OverlapsSubnav network={data.network.slug} />
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1>{t("gaps.title")}</h1>
        <ul className="no-print flex flex-wrap items-center gap-x-4 gap-y-2">
          <li>
            <Link to={`${base}/needs/new`}>{t("gaps.reportNeed")}</Link>
          </li>
          <li>
            <a href={`${base}/gaps/export${data.query}`} download>
              {t("gaps.export")}
            </a>
          </li>
          <li>
            <button type="button" onClick={() => window.print()} className="rounded border border-slate-500 bg-white px-3 py-1 font-medium hover:bg-slate-100">
              {t("gaps.print")}
            </button>
          </li>
        </ul>
      </div>
      <p>{t("gaps.intro")}</p>
      <Form method="get" className="no-print flex flex-wrap items-end gap-4 rounded-lg bg-white p-4 shadow" aria-label={t("gaps.filters")}>
        <div className="max-w-full">
          <label htmlFor="gaps-area" className="block font-medium">
            {t("gaps.area")}
          </label>
          <select id="gaps-area" name="area" defaultValue={data.filter.area} className="mt-1 w-full max-w-full rounded border border-slate-400 bg-white px-3 py-2 sm:w-auto">
            <option value="">{t("gaps.allAreas")}</option>
            {data.areas.map((area) => (
              <option key={area.id} value={area.id}>
                {area.id}: {locale === "en" ? area.en : area.de}
              </option>
            ))}
          </select>
        </div>
        <div className="flex items-center gap-2 pb-2">
          <input type="checkbox" id="gaps-only" name="gaps" value="1" defaultChecked={data.filter.gapsOnly} className="h-5 w-5 accent-brand-700" />
          <label htmlFor="gaps-only">{t("gaps.gapsOnly")}</label>
        </div>
        <div className="flex items-center gap-2 pb-2">
          <input type="checkbox" id="gaps-needs" name="needs" value="1" defaultChecked={data.filter.needsOnly} className="h-5 w-5 accent-brand-700" />
          <label htmlFor="gaps-needs">{t("gaps.needsOnly")}</label>
        </div>
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
          {t("gaps.apply")}
        </button>
      </Form>
      <p role="status">{t("gaps.summary", { gaps: totals.gaps, needs: totals.needs, overlaps: totals.overlaps })}</p>
      {data.matrix.rows.length === 0 ? <p>{t("gaps.empty")}</p> : <GapTable matrix={data.matrix} network={data.network.slug} />}
      <section aria-labelledby="gaps-legend" className="rounded-lg bg-white p-4 text-sm shadow print:shadow-none">
        <h2 id="gaps-legend" className="text-base">
          {t("gaps.legend")}
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          <li>{t("gaps.legendOfferings")}</li>
          <li>{t("gaps.legendOverlaps")}</li>
          <li>{t("gaps.legendNeeds")}</li>
          <li>{t("gaps.legendGap")}</li>
          <li>{t("gaps.legendPerThousand")}</li>
          <li>{t("gaps.legendAreas")}</li>
        </ul>
      </section>
    </div>
  );
}
