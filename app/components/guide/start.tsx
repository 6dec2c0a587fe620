// The guide's start page: search form, results (when searched), and ways to browse by topic,
// neighbourhood and centre. Rendered at /guide/<network> and, on a one-network instance, at /.
import { Link } from "@remix-run/react";
import { guideQuery } from "~/modules/guide/filter";
import type { StartPageData } from "~/modules/guide/pages.server";
import { useT } from "~/modules/i18n/use-t";
import { GuideNav } from "./guide-nav";
import { GuideResults, GuideSearchForm } from "./search";

export function GuideStart({ data }: { data: StartPageData }) {
  const t = useT();
  const { network, filter, options, results, centres } = data;
  const base = `/guide/${network.slug}`;
  return (
    <div>
      <GuideNav network={network} />
      <h1>{t("guide.titleOf", { network: network.name })}</h1>
      <p className="mt-2 max-w-3xl text-lg">{t("guide.intro")}</p>
      <div className="mt-6">
        <GuideSearchForm networkSlug={network.slug} filter={filter} options={options} />
      </div>
      {results ? (
        <GuideResults
          networkSlug={network.slug}
          rows={results.rows}
          total={results.total}
          page={results.page}
          pages={results.pages}
          pageHref={(page) => `${base}${guideQuery(filter, { page })}`}
        />
      ) : (
        <div className="mt-8 grid gap-8 md:grid-cols-3">
          <section aria-labelledby="browse-categories">
            <h2 id="browse-categories">{t("guide.browse.categories")}</h2>
            <ul className="mt-2 space-y-1">
              {options.categories.map((c) => (
                <li key={c.key}>
                  <Link to={`${base}?category=${c.key}`}>
                    {t("guide.browse.categoryCount", { name: c.label, count: c.count })}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="browse-neighbourhoods">
            <h2 id="browse-neighbourhoods">{t("guide.browse.neighbourhoods")}</h2>
            <ul className="mt-2 space-y-1">
              {options.neighbourhoods.map((n) => (
                <li key={n.slug}>
                  <Link to={`${base}/neighbourhoods/${n.slug}`}>{n.name}</Link>
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="browse-centres">
            <h2 id="browse-centres">{t("guide.browse.centres")}</h2>
            <ul className="mt-2 space-y-1">
              {centres.map((c) => (
                <li key={c.slug}>
                  <Link to={`${base}/centres/${c.slug}`}>{c.name}</Link>
                  {c.home ? <span className="text-slate-700"> ({c.home})</span> : null}
                </li>
              ))}
            </ul>
            <p className="mt-4">
              <Link to={`${base}/map`}>{t("guide.nav.map")}</Link>
            </p>
          </section>
        </div>
      )}
      <p className="mt-10 text-sm">
        {t("guide.openDataHint")}{" "}
        <a href={`/feeds/${network.slug}/hsds/services`} type="application/json">
          {t("guide.openData")}
        </a>
      </p>
    </div>
  );
}
