// The guide's map page: an SVG map from the neighbourhoods' GeoJSON and the centres' coordinates (no
// tiles, works offline, every shape and dot a link), the same as lists, and a tile map when configured.
import { Link } from "@remix-run/react";
import { lazy, Suspense, useEffect, useState } from "react";
import type { mapPage } from "~/modules/guide/pages.server";
import { useT } from "~/modules/i18n/use-t";
import { GuideNav } from "./guide-nav";
import { Address } from "./offering";

type Data = ReturnType<typeof mapPage>;

const TileMap = lazy(() => import("./tile-map"));

function SvgMap({ data }: { data: Data }) {
  const t = useT();
  const { map, network } = data;
  if (!map) return <p className="mt-4">{t("guide.map.none")}</p>;
  const base = `/guide/${network.slug}`;
  return (
    <figure className="mt-4 rounded-lg bg-white p-2 shadow">
      <svg
        viewBox={`0 0 ${map.width} ${map.height}`}
        role="group"
        aria-labelledby="guide-map-title guide-map-desc"
        className="guide-map h-auto w-full"
      >
        <title id="guide-map-title">{t("guide.map.svgTitle", { network: network.name })}</title>
        <desc id="guide-map-desc">{t("guide.map.svgDesc")}</desc>
        {map.shapes.map((shape) => (
          <a key={shape.slug} href={`${base}/neighbourhoods/${shape.slug}`} className="guide-map-hood">
            <title>{shape.name}</title>
            <path d={shape.d} fillRule="evenodd" />
            <text x={shape.label.x} y={shape.label.y} textAnchor="middle" aria-hidden="true">
              {shape.name}
            </text>
          </a>
        ))}
        {map.points.map((point) => (
          <a key={point.slug} href={`${base}/centres/${point.slug}`} className="guide-map-centre">
            <title>{point.name}</title>
            <circle cx={point.x} cy={point.y} r={9} />
          </a>
        ))}
      </svg>
      <figcaption className="mt-2 text-sm text-slate-700">{t("guide.map.svgDesc")}</figcaption>
    </figure>
  );
}

/** Renders only in the browser: Leaflet needs the DOM, and its code is loaded on this page only. */
function ClientOnly({ children }: { children: React.ReactNode }) {
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  return ready ? <>{children}</> : null;
}

export function GuideMapPage({ data }: { data: Data }) {
  const t = useT();
  const { network, centres, neighbourhoods, tiles } = data;
  const base = `/guide/${network.slug}`;
  const located = centres.filter((c) => c.latitude !== null && c.longitude !== null);
  return (
    <div>
      <GuideNav network={network} />
      <h1>{t("guide.map.title")}</h1>
      <SvgMap data={data} />
      {tiles && located.length ? (
        <section aria-labelledby="guide-tiles" className="mt-8">
          <h2 id="guide-tiles">{t("guide.map.tiles")}</h2>
          <p className="mt-1 text-sm text-slate-700">{t("guide.map.tilesHint")}</p>
          <ClientOnly>
            <Suspense fallback={null}>
              <TileMap
                tiles={tiles}
                label={t("guide.map.tilesLabel")}
                centres={located.map((c) => ({ slug: c.slug, name: c.name, latitude: c.latitude!, longitude: c.longitude!, href: `${base}/centres/${c.slug}` }))}
              />
            </Suspense>
          </ClientOnly>
        </section>
      ) : null}
      <div className="mt-8 grid gap-8 md:grid-cols-2">
        <section aria-labelledby="guide-map-centres">
          <h2 id="guide-map-centres">{t("guide.map.list")}</h2>
          <ul className="mt-2 space-y-3">
            {centres.map((c) => (
              <li key={c.slug} id={`centre-${c.slug}`}>
                <Link to={`${base}/centres/${c.slug}`} className="font-medium">
                  {c.name}
                </Link>
                <address className="not-italic">
                  <Address {...c} />
                </address>
                {c.home ? <span className="text-sm text-slate-700">{c.home.name}</span> : null}
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="guide-map-hoods">
          <h2 id="guide-map-hoods">{t("guide.map.hoods")}</h2>
          <ul className="mt-2 space-y-1">
            {neighbourhoods.map((n) => (
              <li key={n.slug}>
                <Link to={`${base}/neighbourhoods/${n.slug}`}>{n.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </div>
  );
}
