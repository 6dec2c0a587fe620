import { describe, expect, it } from "vitest";
import { checkGeoJson, maxGeoJsonLength } from "./geojson";

const ring = [
  [7.6, 51.5],
  [7.7, 51.5],
  [7.7, 51.6],
  [7.6, 51.5],
];
const polygon = { type: "Polygon", coordinates: [ring] };

describe("checkGeoJson", () => {
  it("accepts polygons and multipolygons, bare or as Feature / FeatureCollection", () => {
    const multi = { type: "MultiPolygon", coordinates: [[ring], [ring]] };
    const feature = { type: "Feature", properties: { name: "Massen" }, geometry: polygon };
    const collection = { type: "FeatureCollection", features: [feature, { type: "Feature", properties: null, geometry: multi }] };
    for (const value of [polygon, multi, feature, collection]) {
      expect(checkGeoJson(JSON.stringify(value, null, 2))).toEqual({ ok: true, normalized: JSON.stringify(value) });
    }
  });

  it("names what is wrong", () => {
    expect(checkGeoJson("{")).toEqual({ ok: false, error: "geojson.invalidJson" });
    expect(checkGeoJson('{"type":"Point","coordinates":[7.6,51.5]}')).toEqual({ ok: false, error: "geojson.wrongType" });
    expect(checkGeoJson('{"type":"FeatureCollection","features":[]}')).toEqual({ ok: false, error: "geojson.wrongType" });
    expect(checkGeoJson("[1,2]")).toEqual({ ok: false, error: "geojson.wrongType" });
    const open = { type: "Polygon", coordinates: [[...ring.slice(0, 3), [7.6, 51.6]]] };
    expect(checkGeoJson(JSON.stringify(open))).toEqual({ ok: false, error: "geojson.badCoordinates" });
    const outOfRange = { type: "Polygon", coordinates: [[[7.6, 95], [7.7, 51.5], [7.7, 51.6], [7.6, 95]]] };
    expect(checkGeoJson(JSON.stringify(outOfRange))).toEqual({ ok: false, error: "geojson.badCoordinates" });
    const lineInFeature = { type: "Feature", geometry: { type: "LineString", coordinates: ring } };
    expect(checkGeoJson(JSON.stringify(lineInFeature))).toEqual({ ok: false, error: "geojson.wrongType" });
    expect(checkGeoJson(" ".repeat(maxGeoJsonLength + 1))).toEqual({ ok: false, error: "geojson.tooLarge" });
  });
});
