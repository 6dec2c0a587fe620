// The guide's offline map: neighbourhood outlines (GeoJSON, RFC 7946: longitude first) and centre points
// projected into an SVG viewBox. Equirectangular with the longitude scaled by cos(latitude), which is
// accurate enough for a town. Pure, so it runs on the server and needs no tiles.

export type Position = [number, number];

export interface MapInput {
  neighbourhoods: { slug: string; name: string; geojson: string | null }[];
  centres: { slug: string; name: string; latitude: number | null; longitude: number | null }[];
}

export interface MapShape {
  slug: string;
  name: string;
  /** SVG path data, one subpath per ring. */
  d: string;
  /** Where the label goes (the centre of the largest ring's bounding box). */
  label: { x: number; y: number };
}

export interface MapPoint {
  slug: string;
  name: string;
  x: number;
  y: number;
}

export interface SvgMap {
  width: number;
  height: number;
  shapes: MapShape[];
  points: MapPoint[];
}

function isPosition(value: unknown): value is Position {
  return Array.isArray(value) && value.length >= 2 && typeof value[0] === "number" && typeof value[1] === "number" && Number.isFinite(value[0]) && Number.isFinite(value[1]);
}

/** The polygons (lists of rings) of a GeoJSON geometry, Feature or FeatureCollection; [] for anything else. */
export function polygonsOf(value: unknown): Position[][][] {
  if (!value || typeof value !== "object") return [];
  const object = value as { type?: unknown; coordinates?: unknown; geometry?: unknown; features?: unknown };
  const rings = (polygon: unknown): Position[][] =>
    Array.isArray(polygon) ? polygon.filter((ring): ring is Position[] => Array.isArray(ring) && ring.length >= 3 && ring.every(isPosition)) : [];
  switch (object.type) {
    case "Polygon":
      return [rings(object.coordinates)].filter((p) => p.length > 0);
    case "MultiPolygon":
      return Array.isArray(object.coordinates) ? object.coordinates.map(rings).filter((p) => p.length > 0) : [];
    case "Feature":
      return polygonsOf(object.geometry);
    case "FeatureCollection":
      return Array.isArray(object.features) ? object.features.flatMap((f) => polygonsOf(f)) : [];
    default:
      return [];
  }
}

function parse(text: string | null): Position[][][] {
  if (!text) return [];
  try {
    return polygonsOf(JSON.parse(text));
  } catch {
    return [];
  }
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Projects outlines and points into a `width` wide SVG whose height follows the area's shape. */
export function projectMap(input: MapInput, width = 800, padding = 24): SvgMap | null {
  const outlines = input.neighbourhoods.map((n) => ({ ...n, polygons: parse(n.geojson) }));
  const located = input.centres.filter(
    (c): c is typeof c & { latitude: number; longitude: number } => typeof c.latitude === "number" && typeof c.longitude === "number",
  );
  const all: Position[] = [...outlines.flatMap((o) => o.polygons.flat(2)), ...located.map((c): Position => [c.longitude, c.latitude])];
  if (all.length === 0) return null;
  let [minLon, minLat, maxLon, maxLat] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lon, lat] of all) {
    minLon = Math.min(minLon, lon);
    maxLon = Math.max(maxLon, lon);
    minLat = Math.min(minLat, lat);
    maxLat = Math.max(maxLat, lat);
  }
  // A single point (or a line) still gets a small area around it.
  const spanLat = Math.max(maxLat - minLat, 0.01);
  const midLat = (minLat + maxLat) / 2;
  const kx = Math.cos((midLat * Math.PI) / 180);
  const spanX = Math.max((maxLon - minLon) * kx, 0.01);
  const scale = (width - 2 * padding) / spanX;
  const height = Math.round(spanLat * scale + 2 * padding);
  const centreLon = (minLon + maxLon) / 2;
  const project = ([lon, lat]: Position) => ({
    x: round(width / 2 + (lon - centreLon) * kx * scale),
    y: round(height / 2 - (lat - midLat) * scale),
  });
  const shapes: MapShape[] = [];
  for (const outline of outlines) {
    if (outline.polygons.length === 0) continue;
    const rings = outline.polygons.flat(1);
    const d = rings
      .map((ring) =>
        ring
          .map((position, i) => {
            const { x, y } = project(position);
            return `${i === 0 ? "M" : "L"}${x} ${y}`;
          })
          .join("") + "Z",
      )
      .join("");
    const largest = outline.polygons.map((p) => p[0]!).sort((a, b) => b.length - a.length)[0]!;
    const xs = largest.map((p) => project(p).x);
    const ys = largest.map((p) => project(p).y);
    shapes.push({
      slug: outline.slug,
      name: outline.name,
      d,
      label: { x: round((Math.min(...xs) + Math.max(...xs)) / 2), y: round((Math.min(...ys) + Math.max(...ys)) / 2) },
    });
  }
  const points = located.map((c) => ({ slug: c.slug, name: c.name, ...project([c.longitude, c.latitude]) }));
  return { width, height, shapes, points };
}
