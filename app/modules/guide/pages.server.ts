// Loader data of the guide's pages (the routes stay thin). Every value here is public, and the texts are
// written here in the visitor's language, so the browser needs no formatting code for them.
import { asc, eq } from "drizzle-orm";
import { getDb } from "@db/client.server";
import { neighbourhoods } from "@db/schema";
import { feedLinks } from "~/modules/calendar/feeds.server";
import { requestI18n } from "~/modules/i18n/request.server";
import { formatCost, formatDay } from "~/modules/offerings/format";
import { audienceKey, languageKey, weekdayKey } from "~/modules/offerings/options";
import { guideQuery } from "./filter";
import { guideCard, occurrenceText } from "./format";
import { projectMap } from "./map";
import { centresOf, guideCentre, guideNeighbourhood, guideOffering, guideOptions, hasCriteria, parseGuideFilter, searchGuide, type GuideNetwork } from "./search.server";

const publicNetwork = (network: GuideNetwork) => ({ slug: network.slug, name: network.name });

export function startPage(request: Request, network: GuideNetwork) {
  const { t, locale } = requestI18n(request);
  const filter = parseGuideFilter(new URL(request.url).searchParams);
  const options = guideOptions(network.id);
  const results = hasCriteria(filter) ? searchGuide(network.id, filter) : null;
  return {
    network: publicNetwork(network),
    filter,
    query: guideQuery(filter),
    options: {
      neighbourhoods: options.neighbourhoods,
      categories: options.categories.map((c) => ({ key: c.key, label: locale === "en" ? c.nameEn : c.nameDe, count: c.count })),
      languages: options.languages.map((code) => ({ code, label: languageKey(code) ? t(languageKey(code)!) : code })),
      weekdays: [1, 2, 3, 4, 5, 6, 7].map((d) => ({ value: String(d), label: t(weekdayKey(d)) })),
    },
    results: results ? { ...results, rows: results.rows.map((row) => guideCard(row, t, locale)) } : null,
    centres: centresOf(network.id).map((c) => ({ slug: c.slug, name: c.name, home: c.home?.name ?? null })),
  };
}

export type StartPageData = ReturnType<typeof startPage>;

export function offeringPage(request: Request, network: GuideNetwork, id: string | undefined) {
  const { t, locale } = requestI18n(request);
  const { centreDetails, ...o } = guideOffering(network.id, Number(id));
  const { id: _id, ...centre } = centreDetails;
  const card = guideCard(o, t, locale);
  return {
    network: publicNetwork(network),
    offering: {
      ...card,
      description: o.description,
      scheduleKind: o.scheduleKind,
      nextDates: o.scheduleKind === "appointment" ? null : o.nextDates.map((d) => occurrenceText(d, t, locale)),
      audiences: o.audiences.map((a) => t(audienceKey(a))).join(", "),
      place: o.placeName || o.placeAddress ? { name: o.placeName, address: o.placeAddress } : null,
      cost: [formatCost(o.costCents, locale, t), o.costNote].filter(Boolean).join(" – "),
      registration: [o.registrationRequired ? t("offerings.registrationNeeded") : t("offerings.registrationNotNeeded"), o.registrationHow].filter(Boolean).join(" – "),
      capacity: o.capacity,
      contact: o.contact,
      verifiedOn: formatDay(o.verifiedOn, locale),
    },
    centre,
  };
}

export function centrePage(request: Request, network: GuideNetwork, slug: string | undefined) {
  const { t, locale } = requestI18n(request);
  const { centre, offerings } = guideCentre(network.id, slug ?? "");
  const { id: _id, ...publicCentre } = centre;
  return {
    network: publicNetwork(network),
    centre: publicCentre,
    offerings: offerings.map((row) => guideCard(row, t, locale)),
    feed: feedLinks(request, network.slug, { centre: centre.slug }),
  };
}

export function neighbourhoodPage(request: Request, network: GuideNetwork, slug: string | undefined) {
  const { t, locale } = requestI18n(request);
  const data = guideNeighbourhood(network.id, slug ?? "");
  return {
    network: publicNetwork(network),
    neighbourhood: data.neighbourhood,
    centres: data.centres.map((c) => ({ slug: c.slug, name: c.name, street: c.street, postalCode: c.postalCode, city: c.city })),
    offerings: data.offerings.map((row) => guideCard(row, t, locale)),
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
    network: publicNetwork(network),
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
