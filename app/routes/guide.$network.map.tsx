// /guide/<network>/map — an SVG map drawn from the neighbourhoods' GeoJSON (works offline), a list of the
// same, and a tile map (Leaflet, loaded only here) when MAP_TILE_URL is configured.
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import leafletStyles from "leaflet/dist/leaflet.css?url";
import { GuideMapPage } from "~/components/guide/map";
import { mapPage } from "~/modules/guide/pages.server";
import { guideNetwork } from "~/modules/guide/search.server";
import { pageTitle } from "~/modules/network/format";

export const meta: MetaFunction<typeof loader> = ({ matches }) => pageTitle(matches, "guide.map.title");

export const links: LinksFunction = () => [{ rel: "stylesheet", href: leafletStyles }];

export async function loader({ params }: LoaderFunctionArgs) {
  return mapPage(guideNetwork(params.network));
}

export default function GuideMapRoute() {
  return <GuideMapPage data={useLoaderData<typeof loader>()} />;
}
