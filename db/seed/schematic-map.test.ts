import { describe, expect, it } from "vitest";
import { schematicOutlines } from "./schematic-map";

const box = { south: 0, west: 0, north: 10, east: 10 };

function ringOf(geojson: string): [number, number][] {
  return (JSON.parse(geojson) as { type: string; coordinates: [number, number][][] }).coordinates[0]!;
}

/** Shoelace area; positive for counter-clockwise rings. */
const signedArea = (ring: [number, number][]) => ring.slice(0, -1).reduce((sum, [x, y], i) => sum + x * ring[i + 1]![1] - ring[i + 1]![0] * y, 0) / 2;

describe("schematicOutlines", () => {
  it("splits the box between two sites along the middle", () => {
    const cells = schematicOutlines(
      [
        { name: "West", lat: 5, lng: 2 },
        { name: "Ost", lat: 5, lng: 8 },
      ],
      box,
    );
    const west = ringOf(cells.get("West")!);
    expect(Math.max(...west.map(([lng]) => lng))).toBeCloseTo(5, 3);
    expect(Math.min(...ringOf(cells.get("Ost")!).map(([lng]) => lng))).toBeCloseTo(5, 3);
  });

  it("gives closed, counter-clockwise rings that together cover the box", () => {
    const sites = [
      { name: "A", lat: 2, lng: 2 },
      { name: "B", lat: 8, lng: 3 },
      { name: "C", lat: 5, lng: 8 },
      { name: "D", lat: 5, lng: 5 },
    ];
    const cells = schematicOutlines(sites, { south: 0, west: 0, north: 10, east: 10 });
    let total = 0;
    for (const site of sites) {
      const ring = ringOf(cells.get(site.name)!);
      expect(ring[0]).toEqual(ring[ring.length - 1]);
      // The equirectangular scale at latitude 5° is cos(5°); areas are compared in that unit.
      const area = signedArea(ring);
      expect(area).toBeGreaterThan(0);
      total += area;
    }
    expect(total).toBeCloseTo(100, 1);
  });
});
