// What `import-offerings` prints: one line per error ("Zeile N, Spalte X: …", as the person's file counts
// rows) and a short summary.
import type { CsvError } from "../app/modules/offerings/csv-format";
import type { ImportSummary } from "../app/modules/offerings/import.server";

export function formatImportError(error: CsvError): string {
  return error.column ? `Zeile ${error.row}, Spalte ${error.column}: ${error.message}` : `Zeile ${error.row}: ${error.message}`;
}

export function formatImportSummary(summary: ImportSummary, network: string): string {
  const names = (list: string[]) => (list.length > 0 ? ` (${list.join(", ")})` : "");
  return [
    summary.dryRun ? `Dry run for ${network}: nothing was written. The import would give:` : `Imported into ${network}:`,
    `  rows               ${summary.total}`,
    `  new                ${summary.created}`,
    `  updated            ${summary.updated}`,
    `  unchanged          ${summary.unchanged}`,
    `  new centres        ${summary.createdCentres.length}${names(summary.createdCentres)}`,
    `  new neighbourhoods ${summary.createdNeighbourhoods.length}${names(summary.createdNeighbourhoods)}`,
  ].join("\n");
}
