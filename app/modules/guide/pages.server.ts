// Loader data of the guide's pages (the routes stay thin). Every value here is public.
import { feedLinks } from "~/modules/calendar/feeds.server";
import { projectMap } from "./map";
import { getDb } from "@db/client.server";
import { neighbourhoods } from "@db/schema";
import { asc, eq } from "drizzle-orm";
import { centresOf, guideCentre, guideNeighbourhood, guideOffering, guideOptions, hasCriteria, parseGuideFilter, searchGuide, type GuideNetwork } from "./search.server";
import { guideQuery } from "./filter";

export function startPage(request: Request, network: GuideNetwork) {
  const filter = parseGuideFilter(new URL(request.url).searchParams);
  return {
    network: { slug: network.slug, name: network.name },
    filter,
    query: guideQuery(filter),
    options: guideOptions(network.id),
    results: hasCriteria(filter) ? searchGuide(network.id, filter) : null,
    centres: centresOf(network.id).map((c) => ({ slug: c.slug, name: c.name, home: c.home?.name ?? null })),
  };
}

export type StartPageData = ReturnType<typeof startPage>;

export function offeringPage(network: GuideNetwork, id: string | undefined) {
  const { centreDetails, ...offering } = guideOffering(network.id, Number(id));
  const { id: _id, ...centre } = centreDetails;
  return { network: { slug: network.slug, name: network.name }, offering, centre };
}

export function centrePage(request: Request, network: GuideNetwork, slug: string | undefined) {
  const { centre, offerings } = guideCentre(network.id, slug ?? "");
  const { id: _id, ...publicCentre } = centre;
  return {
    network: { slug: network.slug, name: network.name },
    centre: publicCentre,
    offerings,
    feed: feedLinks(request, network.slug, { centre: centre.slug }),
  };
}

export function neighbourhoodPage(request: Request, network: GuideNetwork, slug: string | undefined) {
  const data = guideNeighbourhood(network.id, slug ?? "");
  return {
    network: { slug: network.slug, name: network.name },
    neighbourhood: data.neighbourhood,
    centres: data.centres.map((c) => ({ slug: c.slug, name: c.name, street: c.street, postalCode: c.postalCode, city: c.city })),
    offerings: data.offerings,
    feed: feedLinks(request, network.slug, { neighbourhood: data.neighbourhood.slug }),
  };
}

/** The tile map's settings, when MAP_TILE_URL is configured. */
export function tileSettings() {
  const url = process.env.MAP_TILE_URL?.trim();
  if (!url) return null;
  return { url, attribution: process.env.MAP_TILE_ATTRIBUTION?.trim() || "" };
}

export function mapPage(network: GuideNetwork) {
  const hoods = getDb()
    .select({ slug: neighbourhoods.slug, name: neighbourhoods.name, geojson: neighbourhoods.geojson })
    .from(neighbourhoods)
    .where(eq(neighbourhoods.networkId, network.id))
    .orderBy(asc(neighbourhoods.name))
    .all();
  const centreList = centresOf(network.id);
  return {
    network: { slug: network.slug, name: network.name },
    map: projectMap({ neighbourhoods: hoods, centres: centreList }),
    neighbourhoods: hoods.map(({ slug, name }) => ({ slug, name })),
    centres: centreList.map((c) => ({
      slug: c.slug,
      name: c.name,
      street: c.street,
      postalCode: c.postalCode,
      city: c.city,
      latitude: c.latitude,
      longitude: c.longitude,
      home: c.home,
    })),
    tiles: tileSettings(),
  };
}
