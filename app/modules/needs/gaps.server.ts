// The gap matrix: neighbourhoods × categories with published offerings, open overlaps and open needs.
// A cell without a published offering is a gap. Offerings without a neighbourhood are not counted
// (the offering list filters by the offering's own neighbourhood, and the drill-down must agree).
import { and, asc, eq, sql } from "drizzle-orm";
import { stringify } from "csv-stringify/sync";
import { getDb } from "@db/client.server";
import { categories, needs, neighbourhoods, offerings, overlapFlags } from "@db/schema";
import { performanceAreas } from "~/modules/offerings/categories.server";
import { protectCell } from "~/modules/offerings/csv-format";

import { contentDisposition } from "~/modules/uploads/uploads.server";
import { nowDate } from "~/modules/time/clock";
import { berlinDate } from "~/modules/time/dates";

export interface GapFilter {
  area: string;
  gapsOnly: boolean;
  needsOnly: boolean;
}

const areaIds = performanceAreas.map((a) => a.id);
const yes = (value: string | null) => ["1", "on", "true"].includes(value ?? "");

export function parseGapFilter(params: URLSearchParams): GapFilter {
  const area = params.get("area") ?? "";
  return { area: areaIds.includes(area) ? area : "", gapsOnly: yes(params.get("gaps")), needsOnly: yes(params.get("needs")) };
}

export interface MatrixCategory {
  id: number;
  key: string;
  area: string;
  nameDe: string;
  nameEn: string;
}

export interface MatrixCell {
  categoryId: number;
  offerings: number;
  overlaps: number;
  needs: number;
  gap: boolean;
  /** Offerings per 1,000 inhabitants, when the population is known. */
  perThousand: number | null;
}

export interface MatrixRow {
  id: number;
  slug: string;
  name: string;
  population: number | null;
  cells: MatrixCell[];
  offerings: number;
  overlaps: number;
  /** Open needs of the neighbourhood, also those without a category. */
  needs: number;
  gaps: number;
  perThousand: number | null;
}

export interface GapMatrix {
  categories: MatrixCategory[];
  areas: { id: string; de: string; en: string; span: number }[];
  rows: MatrixRow[];
  totals: { offerings: number; overlaps: number; needs: number; gaps: number; population: number };
}

const key = (neighbourhoodId: number, categoryId: number | null) => `${neighbourhoodId}:${categoryId ?? ""}`;

export function perThousand(count: number, population: number | null): number | null {
  if (!population || population <= 0) return null;
  return Math.round((count / population) * 1000 * 100) / 100;
}

function areaOrder(area: string): number {
  const index = areaIds.indexOf(area);
  return index === -1 ? areaIds.length : index;
}

/** Counts per cell, read with three grouped queries (no per-cell queries). */
function counts(networkId: number) {
  const db = getDb();
  const offeringCounts = new Map<string, number>();
  for (const row of db
    .select({ n: offerings.neighbourhoodId, c: offerings.categoryId, count: sql<number>`count(*)` })
    .from(offerings)
    .where(and(eq(offerings.networkId, networkId), eq(offerings.status, "published")))
    .groupBy(offerings.neighbourhoodId, offerings.categoryId)
    .all()) {
    if (row.n !== null) offeringCounts.set(key(row.n, row.c), row.count);
  }
  const needCounts = new Map<string, number>();
  for (const row of db
    .select({ n: needs.neighbourhoodId, c: needs.categoryId, count: sql<number>`count(*)` })
    .from(needs)
    .where(and(eq(needs.networkId, networkId), eq(needs.status, "open")))
    .groupBy(needs.neighbourhoodId, needs.categoryId)
    .all()) {
    needCounts.set(key(row.n, row.c), row.count);
  }
  // An open flag counts in the cell of each of its two offerings (once when both are in one cell).
  const a = sql`oa`;
  const b = sql`ob`;
  const flagRows = db
    .select({
      id: overlapFlags.id,
      an: sql<number | null>`${a}.neighbourhood_id`,
      ac: sql<number>`${a}.category_id`,
      bn: sql<number | null>`${b}.neighbourhood_id`,
      bc: sql<number>`${b}.category_id`,
    })
    .from(overlapFlags)
    .innerJoin(sql`${offerings} as oa`, sql`oa.id = ${overlapFlags.offeringAId}`)
    .innerJoin(sql`${offerings} as ob`, sql`ob.id = ${overlapFlags.offeringBId}`)
    .where(and(eq(overlapFlags.networkId, networkId), eq(overlapFlags.status, "open")))
    .all();
  const overlapCells = new Map<string, number>();
  const overlapRows = new Map<number, number>();
  for (const flag of flagRows) {
    const cells = new Set<string>();
    const hoods = new Set<number>();
    for (const [hood, category] of [
      [flag.an, flag.ac],
      [flag.bn, flag.bc],
    ] as const) {
      if (hood === null) continue;
      cells.add(key(hood, category));
      hoods.add(hood);
    }
    for (const cell of cells) overlapCells.set(cell, (overlapCells.get(cell) ?? 0) + 1);
    for (const hood of hoods) overlapRows.set(hood, (overlapRows.get(hood) ?? 0) + 1);
  }
  return { offeringCounts, needCounts, overlapCells, overlapRows };
}

/** The matrix of a network for the filter. */
export function gapMatrix(networkId: number, filter: GapFilter = { area: "", gapsOnly: false, needsOnly: false }): GapMatrix {
  const db = getDb();
  const hoods = db.select().from(neighbourhoods).where(eq(neighbourhoods.networkId, networkId)).orderBy(asc(neighbourhoods.name)).all();
  let cats = db
    .select({ id: categories.id, key: categories.key, area: categories.area, nameDe: categories.nameDe, nameEn: categories.nameEn, position: categories.position })
    .from(categories)
    .where(and(eq(categories.networkId, networkId), eq(categories.retired, false)))
    .orderBy(asc(categories.position), asc(categories.id))
    .all()
    .sort((x, y) => areaOrder(x.area) - areaOrder(y.area) || x.position - y.position || x.id - y.id);
  if (filter.area) cats = cats.filter((c) => c.area === filter.area);
  const { offeringCounts, needCounts, overlapCells, overlapRows } = counts(networkId);

  let rows: MatrixRow[] = hoods.map((hood) => {
    const cells = cats.map((category): MatrixCell => {
      const count = offeringCounts.get(key(hood.id, category.id)) ?? 0;
      return {
        categoryId: category.id,
        offerings: count,
        overlaps: overlapCells.get(key(hood.id, category.id)) ?? 0,
        needs: needCounts.get(key(hood.id, category.id)) ?? 0,
        gap: count === 0,
        perThousand: perThousand(count, hood.population),
      };
    });
    const total = cells.reduce((sum, cell) => sum + cell.offerings, 0);
    const openNeeds = filter.area
      ? cells.reduce((sum, cell) => sum + cell.needs, 0)
      : [...needCounts].filter(([k]) => k.startsWith(`${hood.id}:`)).reduce((sum, [, n]) => sum + n, 0);
    return {
      id: hood.id,
      slug: hood.slug,
      name: hood.name,
      population: hood.population,
      cells,
      offerings: total,
      overlaps: filter.area ? cells.reduce((sum, cell) => sum + cell.overlaps, 0) : (overlapRows.get(hood.id) ?? 0),
      needs: openNeeds,
      gaps: cells.filter((cell) => cell.gap).length,
      perThousand: perThousand(total, hood.population),
    };
  });
  if (filter.needsOnly) rows = rows.filter((row) => row.needs > 0);
  if (filter.gapsOnly) {
    rows = rows.filter((row) => row.gaps > 0);
    const keep = cats.map((_, index) => rows.some((row) => row.cells[index]!.gap));
    cats = cats.filter((_, index) => keep[index]);
    for (const row of rows) row.cells = row.cells.filter((_, index) => keep[index]);
  }
  const areas = performanceAreas
    .map((area) => ({ ...area, span: cats.filter((c) => c.area === area.id).length }))
    .concat([{ id: "", de: "Weitere", en: "Other", span: cats.filter((c) => !areaIds.includes(c.area)).length }])
    .filter((area) => area.span > 0);
  return {
    categories: cats.map(({ id, key: k, area, nameDe, nameEn }) => ({ id, key: k, area, nameDe, nameEn })),
    areas,
    rows,
    totals: {
      offerings: rows.reduce((sum, row) => sum + row.offerings, 0),
      overlaps: rows.reduce((sum, row) => sum + row.overlaps, 0),
      needs: rows.reduce((sum, row) => sum + row.needs, 0),
      gaps: rows.reduce((sum, row) => sum + row.gaps, 0),
      population: rows.reduce((sum, row) => sum + (row.population ?? 0), 0),
    },
  };
}

export const gapCsvColumns = [
  "neighbourhood",
  "population",
  "area",
  "category_key",
  "category",
  "offerings",
  "offerings_per_1000",
  "gap",
  "open_overlaps",
  "open_needs",
] as const;

/** The matrix as CSV for German Excel: BOM, semicolons, one row per neighbourhood × category. */
export function gapMatrixCsv(matrix: GapMatrix): string {
  const decimal = (value: number | null) => (value === null ? "" : String(value).replace(".", ","));
  const records = matrix.rows.flatMap((row) =>
    row.cells.map((cell, index) => {
      const category = matrix.categories[index]!;
      return [
        protectCell(row.name),
        row.population === null ? "" : String(row.population),
        category.area,
        category.key,
        protectCell(category.nameDe),
        String(cell.offerings),
        decimal(cell.perThousand),
        cell.gap ? "ja" : "nein",
        String(cell.overlaps),
        String(cell.needs),
      ];
    }),
  );
  return "\uFEFF" + stringify([[...gapCsvColumns], ...records], { delimiter: ";", record_delimiter: "\r\n" });
}

export function csvResponse(body: string, fileName: string): Response {
  return new Response(body, {
    status: 200,
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": contentDisposition(fileName),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

export function gapsFileName(networkSlug: string, now = nowDate()): string {
  return `gaps-${networkSlug}-${berlinDate(now)}.csv`;
}
