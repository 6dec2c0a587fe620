// Schematic neighbourhood outlines for the demo: the Voronoi cell of each district's approximate centre
// within a bounding box, so that the guide's map has shapes to draw. Not official boundaries.

export interface Site {
  name: string;
  lat: number;
  lng: number;
}

type Point = [number, number];

/** Keeps the part of a convex polygon where a·p ≤ b (Sutherland–Hodgman against one line). */
function clip(polygon: Point[], a: Point, b: number): Point[] {
  const inside = (p: Point) => a[0] * p[0] + a[1] * p[1] <= b + 1e-12;
  const result: Point[] = [];
  polygon.forEach((current, i) => {
    const previous = polygon[(i + polygon.length - 1) % polygon.length]!;
    const cross = (): Point => {
      const dp = a[0] * previous[0] + a[1] * previous[1];
      const dc = a[0] * current[0] + a[1] * current[1];
      const t = (b - dp) / (dc - dp);
      return [previous[0] + t * (current[0] - previous[0]), previous[1] + t * (current[1] - previous[1])];
    };
    if (inside(current)) {
      if (!inside(previous)) result.push(cross());
      result.push(current);
    } else if (inside(previous)) {
      result.push(cross());
    }
  });
  return result;
}

/**
 * One GeoJSON Polygon per site: the points of the box nearer to that site than to any other, measured
 * with longitude scaled by cos(latitude) so the cells look right on a map. Exterior rings run
 * counter-clockwise and are closed (RFC 7946).
 */
export function schematicOutlines(sites: Site[], box: { south: number; west: number; north: number; east: number }): Map<string, string> {
  const scale = Math.cos((((box.south + box.north) / 2) * Math.PI) / 180);
  const project = (s: Site): Point => [s.lng * scale, s.lat];
  const frame: Point[] = [
    [box.west * scale, box.south],
    [box.east * scale, box.south],
    [box.east * scale, box.north],
    [box.west * scale, box.north],
  ];
  const outlines = new Map<string, string>();
  for (const site of sites) {
    const p = project(site);
    let cell = frame;
    for (const other of sites) {
      if (other === site) continue;
      const q = project(other);
      // Nearer to p than to q: (q − p)·x ≤ (|q|² − |p|²) / 2
      cell = clip(cell, [q[0] - p[0], q[1] - p[1]], (q[0] ** 2 + q[1] ** 2 - p[0] ** 2 - p[1] ** 2) / 2);
    }
    const ring = cell.map(([x, y]) => [Number((x / scale).toFixed(5)), Number(y.toFixed(5))]);
    ring.push(ring[0]!);
    outlines.set(site.name, JSON.stringify({ type: "Polygon", coordinates: [ring] }));
  }
  return outlines;
}
