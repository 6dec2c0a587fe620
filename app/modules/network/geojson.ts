// Validation of neighbourhood outlines: a GeoJSON (RFC 7946) Polygon or MultiPolygon geometry, or a
// Feature / FeatureCollection made only of those. Pure, so forms can check it in the browser too.

/** Error results are i18n message keys. */
export type GeoJsonCheck = { ok: true; normalized: string } | { ok: false; error: GeoJsonError };
export type GeoJsonError = "geojson.invalidJson" | "geojson.wrongType" | "geojson.badCoordinates" | "geojson.tooLarge";

/** Largest outline text we accept (characters). */
export const maxGeoJsonLength = 2_000_000;

type Json = unknown;

function isObject(value: Json): value is Record<string, Json> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isPosition(value: Json): boolean {
  if (!Array.isArray(value) || value.length < 2 || value.length > 3) return false;
  if (!value.every((n) => typeof n === "number" && Number.isFinite(n))) return false;
  const [lon, lat] = value as number[];
  return lon! >= -180 && lon! <= 180 && lat! >= -90 && lat! <= 90;
}

/** A closed linear ring of at least four positions. */
function isLinearRing(value: Json): boolean {
  if (!Array.isArray(value) || value.length < 4 || !value.every(isPosition)) return false;
  const first = value[0] as number[];
  const last = value[value.length - 1] as number[];
  return first.length === last.length && first.every((n, i) => n === last[i]);
}

function isPolygonCoordinates(value: Json): boolean {
  return Array.isArray(value) && value.length > 0 && value.every(isLinearRing);
}

function checkGeometry(value: Json): GeoJsonError | null {
  if (!isObject(value)) return "geojson.wrongType";
  if (value.type === "Polygon") return isPolygonCoordinates(value.coordinates) ? null : "geojson.badCoordinates";
  if (value.type === "MultiPolygon") {
    const coordinates = value.coordinates;
    return Array.isArray(coordinates) && coordinates.length > 0 && coordinates.every(isPolygonCoordinates)
      ? null
      : "geojson.badCoordinates";
  }
  return "geojson.wrongType";
}

function checkFeature(value: Json): GeoJsonError | null {
  if (!isObject(value) || value.type !== "Feature") return "geojson.wrongType";
  return checkGeometry(value.geometry);
}

function check(value: Json): GeoJsonError | null {
  if (!isObject(value)) return "geojson.wrongType";
  if (value.type === "Feature") return checkFeature(value);
  if (value.type === "FeatureCollection") {
    const features = value.features;
    if (!Array.isArray(features) || features.length === 0) return "geojson.wrongType";
    for (const feature of features) {
      const error = checkFeature(feature);
      if (error) return error;
    }
    return null;
  }
  return checkGeometry(value);
}

/** Checks outline text; on success returns it as compact JSON. */
export function checkGeoJson(text: string): GeoJsonCheck {
  if (text.length > maxGeoJsonLength) return { ok: false, error: "geojson.tooLarge" };
  let parsed: Json;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, error: "geojson.invalidJson" };
  }
  const error = check(parsed);
  return error ? { ok: false, error } : { ok: true, normalized: JSON.stringify(parsed) };
}
