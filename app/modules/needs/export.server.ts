// The CSV download of a network's needs (German Excel: BOM, semicolons), with the offerings answering them.
import { stringify } from "csv-stringify/sync";
import { protectCell } from "~/modules/offerings/csv-format";

import { linkedOfferings, listNeeds, type NeedFilter } from "./needs.server";
import { nowDate } from "~/modules/time/clock";
import { berlinDate } from "~/modules/time/dates";

export const needCsvColumns = [
  "id",
  "neighbourhood",
  "category_key",
  "category",
  "title",
  "description",
  "age_from_months",
  "age_to_months",
  "audiences",
  "source",
  "status",
  "reported_by",
  "centre",
  "created",
  "answered_by",
] as const;

export function needsCsv(networkId: number, filter: NeedFilter): string {
  const rows = listNeeds(networkId, filter).map((need) => [
    String(need.id),
    protectCell(need.neighbourhoodName),
    need.categoryKey ?? "",
    protectCell(need.categoryDe ?? ""),
    protectCell(need.title),
    protectCell(need.description),
    String(need.ageFromMonths),
    String(need.ageToMonths),
    need.audiences.join(","),
    protectCell(need.source),
    need.status,
    protectCell(need.reporterName ?? ""),
    protectCell(need.centreName ?? ""),
    berlinDate(new Date(need.createdAt)),
    protectCell(linkedOfferings(need.id).map((o) => `${o.title} (${o.centreName})`).join(" | ")),
  ]);
  return "\uFEFF" + stringify([[...needCsvColumns], ...rows], { delimiter: ";", record_delimiter: "\r\n" });
}

export function needsFileName(networkSlug: string, now = nowDate()): string {
  return `needs-${networkSlug}-${berlinDate(now)}.csv`;
}
