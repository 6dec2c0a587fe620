import { describe, expect, it } from "vitest";
import { polygonsOf, projectMap } from "./map";

const square = (lon: number, lat: number, size: number) => ({
  type: "Polygon",
  coordinates: [
    [
      [lon, lat],
      [lon + size, lat],
      [lon + size, lat + size],
      [lon, lat + size],
      [lon, lat],
    ],
  ],
});

describe("polygonsOf", () => {
  it("reads Polygon, MultiPolygon, Feature and FeatureCollection, and ignores anything else", () => {
    expect(polygonsOf(square(7, 51, 0.1))).toHaveLength(1);
    expect(polygonsOf({ type: "MultiPolygon", coordinates: [square(7, 51, 0.1).coordinates, square(8, 51, 0.1).coordinates] })).toHaveLength(2);
    expect(polygonsOf({ type: "FeatureCollection", features: [{ type: "Feature", geometry: square(7, 51, 0.1) }] })).toHaveLength(1);
    expect(polygonsOf({ type: "Point", coordinates: [7, 51] })).toEqual([]);
    expect(polygonsOf(null)).toEqual([]);
  });
});

describe("projectMap", () => {
  it("fits outlines and points into the width, north up, west left", () => {
    const map = projectMap({
      neighbourhoods: [
        { slug: "west", name: "West", geojson: JSON.stringify(square(7.6, 51.5, 0.05)) },
        { slug: "ost", name: "Ost", geojson: JSON.stringify(square(7.7, 51.5, 0.05)) },
        { slug: "leer", name: "Ohne Umriss", geojson: null },
        { slug: "kaputt", name: "Kaputt", geojson: "{" },
      ],
      centres: [
        { slug: "a", name: "A", latitude: 51.52, longitude: 7.62 },
        { slug: "b", name: "B", latitude: null, longitude: null },
      ],
    })!;
    expect(map.width).toBe(800);
    expect(map.shapes.map((s) => s.slug)).toEqual(["west", "ost"]);
    expect(map.points.map((p) => p.slug)).toEqual(["a"]);
    const [west, east] = map.shapes;
    expect(west!.label.x).toBeLessThan(east!.label.x);
    for (const shape of map.shapes) {
      for (const [, x, y] of shape.d.matchAll(/[ML]([\d.-]+) ([\d.-]+)/g)) {
        expect(Number(x)).toBeGreaterThanOrEqual(0);
        expect(Number(x)).toBeLessThanOrEqual(800);
        expect(Number(y)).toBeGreaterThanOrEqual(0);
        expect(Number(y)).toBeLessThanOrEqual(map.height);
      }
    }
    // Farther north is higher up (smaller y).
    const north = projectMap({ neighbourhoods: [], centres: [{ slug: "s", name: "S", latitude: 51.5, longitude: 7.6 }, { slug: "n", name: "N", latitude: 51.6, longitude: 7.6 }] })!;
    expect(north.points[1]!.y).toBeLessThan(north.points[0]!.y);
  });

  it("returns null when there is nothing to draw", () => {
    expect(projectMap({ neighbourhoods: [{ slug: "x", name: "X", geojson: null }], centres: [] })).toBeNull();
  });
});
