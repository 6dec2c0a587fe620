// The network start page's overlap section: open flags touching the person's centre(s), and for the
// coordinator the number of open flags in the network.
import { Link } from "@remix-run/react";
import { useT } from "~/modules/i18n/use-t";
import { FlagStatusBadge, type FlagView } from "./flag-parts";

export function StartPageOverlaps({ network, overlaps }: { network: string; overlaps: { centreFlags: FlagView[] | null; openCount: number | null } }) {
  const t = useT();
  const base = `/n/${network}/overlaps`;
  if (overlaps.centreFlags === null && overlaps.openCount === null) return null;
  return (
    <section aria-labelledby="start-overlaps-heading" className="rounded-lg bg-white p-4 shadow">
      <h2 id="start-overlaps-heading">{overlaps.centreFlags !== null ? t("overlaps.startHeading") : t("overlaps.title")}</h2>
      {overlaps.openCount !== null ? (
        <p className="mt-2">
          {overlaps.openCount === 1 ? t("overlaps.startCoordinatorOne") : t("overlaps.startCoordinatorOther", { count: overlaps.openCount })}
        </p>
      ) : null}
      {overlaps.centreFlags !== null ? (
        overlaps.centreFlags.length === 0 ? (
          <p className="mt-2">{t("overlaps.startNone")}</p>
        ) : (
          <ul className="mt-2 space-y-2">
            {overlaps.centreFlags.map((flag) => (
              <li key={flag.id} className="flex flex-wrap items-center gap-2">
                <FlagStatusBadge status={flag.status} />
                <Link to={`${base}/${flag.id}`}>
                  {flag.a.title} ({flag.a.centre}) / {flag.b.title} ({flag.b.centre})
                </Link>
                {flag.neighbourhood ? <span className="text-sm text-slate-700">{flag.neighbourhood}</span> : null}
              </li>
            ))}
          </ul>
        )
      ) : null}
      <p className="mt-2">
        <Link to={base}>{t("overlaps.startAll")}</Link>
      </p>
    </section>
  );
}
