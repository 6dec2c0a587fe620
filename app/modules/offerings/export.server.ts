// Offering export in the import format (see csv-format.ts): one query; the rows are yielded one by one.
import { stringify } from "csv-stringify/sync";
import { and, asc, eq, ne } from "drizzle-orm";
import { getDb } from "@db/client.server";
import { categories, centres, neighbourhoods, offerings } from "@db/schema";
import { csvColumns, exportRecord, extraColumns, writeOfferingsCsv, type CsvExportRow } from "./csv-format";

/** All offerings of the network except archived ones, ordered by centre and title. */
export function* offeringsForExport(networkId: number, options: { includeArchived?: boolean } = {}): Generator<CsvExportRow> {
  const where = options.includeArchived
    ? eq(offerings.networkId, networkId)
    : and(eq(offerings.networkId, networkId), ne(offerings.status, "archived"));
  const query = getDb()
    .select({
      id: offerings.id,
      ref: offerings.ref,
      centre: centres.name,
      neighbourhood: neighbourhoods.name,
      title: offerings.title,
      description: offerings.description,
      category: categories.key,
      ageFromMonths: offerings.ageFromMonths,
      ageToMonths: offerings.ageToMonths,
      scheduleKind: offerings.scheduleKind,
      weekdays: offerings.weekdays,
      start: offerings.startTime,
      end: offerings.endTime,
      languages: offerings.languages,
      costCents: offerings.costCents,
      registrationRequired: offerings.registrationRequired,
    })
    .from(offerings)
    .innerJoin(centres, eq(centres.id, offerings.centreId))
    .innerJoin(categories, eq(categories.id, offerings.categoryId))
    .leftJoin(neighbourhoods, eq(neighbourhoods.id, offerings.neighbourhoodId))
    .where(where)
    .orderBy(asc(centres.name), asc(offerings.title), asc(offerings.id));
  for (const row of query.all()) {
    const weekly = row.scheduleKind === "weekly";
    yield {
      ref: row.ref ?? String(row.id),
      centre: row.centre,
      neighbourhood: row.neighbourhood ?? "",
      title: row.title,
      description: row.description,
      category: row.category,
      ageFromMonths: row.ageFromMonths,
      ageToMonths: row.ageToMonths,
      // The format has one weekday per row; re-importing keeps the others (see import.server.ts).
      weekday: weekly ? (row.weekdays[0] ?? null) : null,
      start: weekly ? row.start : null,
      end: weekly ? row.end : null,
      languages: row.languages,
      costCents: row.costCents,
      registrationRequired: row.registrationRequired,
    };
  }
}

export function exportOfferingsCsv(networkId: number): string {
  return writeOfferingsCsv(offeringsForExport(networkId));
}


/**
 * The same CSV as `exportOfferingsCsv`, in pieces of up to `chunkRows` records, so that a large export is
 * written out (to stdout or an HTTP response) without building one huge string.
 */
export function* exportOfferingsCsvChunks(networkId: number, chunkRows = 2000): Generator<string> {
  const options = { delimiter: ";", record_delimiter: "\r\n" } as const;
  yield "\uFEFF" + stringify([[...csvColumns, ...extraColumns]], options);
  let records: string[][] = [];
  for (const row of offeringsForExport(networkId)) {
    records.push(exportRecord(row));
    if (records.length >= chunkRows) {
      yield stringify(records, options);
      records = [];
    }
  }
  if (records.length > 0) yield stringify(records, options);
}
