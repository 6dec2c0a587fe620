// Pieces of the overlap pages: status badge, one offering of a pair, a flag in a list, the filters.
import { Form, Link, useSearchParams } from "@remix-run/react";
import { ReviewList, type ReviewItemView } from "~/components/overlaps/review-list";
import { FormMessage } from "~/components/ui/form";
import { OverlapsSubnav } from "~/components/overlaps-subnav";
import type { MessageKey } from "~/modules/i18n/translate";
import { useT } from "~/modules/i18n/use-t";

export type FlagStatusView = "open" | "reopened" | "duplicate" | "intentional" | "not-duplicate";
export const flagStatusViews: FlagStatusView[] = ["open", "reopened", "duplicate", "intentional", "not-duplicate"];
export const statusKey = (status: FlagStatusView): MessageKey => `overlaps.status.${status}`;

export interface SideView {
  id: number;
  title: string;
  status: string;
  centre: string;
  centreSlug: string;
  category: string;
  ages: string;
  schedule: string;
}

export interface FlagView {
  id: number;
  status: FlagStatusView;
  score: number;
  reasons: string[];
  neighbourhood: string;
  a: SideView;
  b: SideView;
}

export function FlagStatusBadge({ status }: { status: FlagStatusView }) {
  const t = useT();
  const styles = {
    open: "border-amber-700 bg-amber-50 text-amber-900",
    reopened: "border-red-700 bg-red-50 text-red-900",
    duplicate: "border-slate-600 bg-slate-100 text-slate-900",
    intentional: "border-green-700 bg-green-50 text-green-900",
    "not-duplicate": "border-green-700 bg-green-50 text-green-900",
  }[status];
  return <span className={`inline-block rounded border px-1.5 py-0.5 text-xs font-medium ${styles}`}>{t(statusKey(status))}</span>;
}

/** One offering of a pair: title (link), centre, category, ages, times. */
export function OfferingSide({ side, label, network, headingLevel = 3 }: { side: SideView; label: string; network: string; headingLevel?: 2 | 3 | 4 }) {
  const t = useT();
  const Heading = `h${headingLevel}` as "h2" | "h3" | "h4";
  return (
    <div className="rounded border border-slate-300 bg-white p-3">
      <p className="text-sm text-slate-700">{label}</p>
      <Heading className="text-base font-semibold">
        <Link to={`/n/${network}/offerings/${side.id}`}>{side.title}</Link>
        {side.status === "archived" ? <span className="ml-2 text-sm font-normal text-slate-700">({t("overlaps.archived")})</span> : null}
      </Heading>
      <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
        <dt className="font-medium">{t("overlaps.centre")}</dt>
        <dd>{side.centre}</dd>
        <dt className="font-medium">{t("overlaps.category")}</dt>
        <dd>{side.category}</dd>
        <dt className="font-medium">{t("overlaps.ages")}</dt>
        <dd>{side.ages}</dd>
        <dt className="font-medium">{t("overlaps.schedule")}</dt>
        <dd>{side.schedule}</dd>
      </dl>
    </div>
  );
}

export function Reasons({ reasons }: { reasons: string[] }) {
  return (
    <ul className="list-disc pl-6 text-sm">
      {reasons.map((reason) => (
        <li key={reason}>{reason}</li>
      ))}
    </ul>
  );
}

/** A flag in a list: both offerings side by side, the reasons and a link to decide. */
export function FlagCard({ flag, network }: { flag: FlagView; network: string }) {
  const t = useT();
  return (
    <li className="rounded-lg bg-white p-4 shadow">
      <div className="flex flex-wrap items-center gap-2">
        <FlagStatusBadge status={flag.status} />
        {flag.neighbourhood ? <span className="text-sm">{flag.neighbourhood}</span> : null}
        <span className="text-sm text-slate-700">{t("overlaps.score", { score: Math.round(flag.score * 100) })}</span>
      </div>
      <div className="mt-2 grid gap-3 md:grid-cols-2">
        <OfferingSide side={flag.a} label={t("overlaps.offeringA")} network={network} />
        <OfferingSide side={flag.b} label={t("overlaps.offeringB")} network={network} />
      </div>
      <p className="mt-2 text-sm font-medium">{t("overlaps.reasons")}</p>
      <Reasons reasons={flag.reasons} />
      <p className="mt-2">
        <Link to={`/n/${network}/overlaps/${flag.id}`}>{t("overlaps.openFlag", { a: flag.a.title, b: flag.b.title })}</Link>
      </p>
    </li>
  );
}

const selectClass = "mt-1 block rounded border border-slate-400 bg-white px-3 py-2";

export function FlagFilters({
  filter,
  centres,
  counts,
}: {
  filter: { status: string; centre: string };
  centres: { id: number; name: string }[];
  counts: Record<FlagStatusView, number>;
}) {
  const t = useT();
  return (
    <section aria-labelledby="filters-heading" className="rounded-lg bg-white p-4 shadow">
      <h2 id="filters-heading" className="sr-only">
        {t("overlaps.filters")}
      </h2>
      <Form method="get" className="flex flex-wrap items-end gap-4">
        <div>
          <label htmlFor="filter-status" className="block font-medium">
            {t("overlaps.filter.status")}
          </label>
          <select id="filter-status" name="status" defaultValue={filter.status} className={selectClass}>
            <option value="">{t("overlaps.filter.all")}</option>
            {flagStatusViews.map((s) => (
              <option key={s} value={s}>
                {t(statusKey(s))} ({counts[s]})
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-centre" className="block font-medium">
            {t("overlaps.filter.centre")}
          </label>
          <select id="filter-centre" name="centre" defaultValue={filter.centre} className={selectClass}>
            <option value="">{t("overlaps.filter.all")}</option>
            {centres.map((c) => (
              <option key={c.id} value={String(c.id)}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded border border-slate-500 bg-white px-4 py-2 font-medium hover:bg-slate-100">
          {t("overlaps.apply")}
        </button>
      </Form>
      <h3 className="mt-3 text-sm font-medium">{t("overlaps.counts")}</h3>
      <ul className="mt-1 flex flex-wrap gap-x-4 text-sm">
        {flagStatusViews.map((s) => (
          <li key={s}>
            {t(statusKey(s))}: <strong>{counts[s]}</strong>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The list page's body, shared by the network and the neighbourhood page. */
export function FlagListPage({
  data,
}: {
  data: {
    network: { slug: string };
    neighbourhood: { name: string; slug: string } | null;
    filter: { status: string; centre: string };
    counts: Record<FlagStatusView, number>;
    flags: FlagView[];
    centres: { id: number; name: string }[];
    neighbourhoods: { slug: string; name: string }[];
    review: ReviewItemView[];
  };
}) {
  const t = useT();
  const [params] = useSearchParams();
  const base = `/n/${data.network.slug}/overlaps`;
  return (
    <div className="space-y-6">
      {params.get("done") === "reviewed" ? <FormMessage tone="success">{t("overlaps.review.done")}</FormMessage> : null}
      <OverlapsSubnav network={data.network.slug} />
      <h1>{data.neighbourhood ? t("overlaps.neighbourhoodTitle", { name: data.neighbourhood.name }) : t("overlaps.title")}</h1>
      <p>{t("overlaps.intro")}</p>
      <nav aria-label={t("overlaps.byNeighbourhood")}>
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          <li>
            <Link to={base} aria-current={data.neighbourhood ? undefined : "page"}>
              {t("overlaps.allNeighbourhoods")}
            </Link>
          </li>
          {data.neighbourhoods.map((n) => (
            <li key={n.slug}>
              <Link to={`${base}/neighbourhoods/${n.slug}`} aria-current={data.neighbourhood?.slug === n.slug ? "page" : undefined}>
                {n.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <ReviewList items={data.review} />
      <FlagFilters filter={data.filter} centres={data.centres} counts={data.counts} />
      {data.flags.length === 0 ? (
        <p>{t("overlaps.empty")}</p>
      ) : (
        <ul className="space-y-4" aria-label={t("overlaps.title")}>
          {data.flags.map((flag) => (
            <FlagCard key={flag.id} flag={flag} network={data.network.slug} />
          ))}
        </ul>
      )}
    </div>
  );
}
