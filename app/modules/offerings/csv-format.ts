// The offering CSV format of DESIGN.md: reading (with per-row errors) and writing (Excel-friendly).
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { translator, type MessageKey, type TranslateVars } from "~/modules/i18n/translate";

export const csvColumns = [
  "ref",
  "centre",
  "neighbourhood",
  "title",
  "description",
  "category",
  "age_from",
  "age_to",
  "weekday",
  "start",
  "end",
  "languages",
  "cost_eur",
  "registration",
] as const;

/** Extra columns we write so that month-precise ages survive a round trip; other tools ignore them. */
export const extraColumns = ["age_from_months", "age_to_months"] as const;

export type CsvColumn = (typeof csvColumns)[number] | (typeof extraColumns)[number];

export const csvWeekdays = ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"] as const;
export type CsvWeekday = (typeof csvWeekdays)[number];

export const maxTitleLength = 200;
export const maxDescriptionLength = 5000;

export interface CsvOffering {
  row: number;
  ref: string | null;
  centre: string;
  neighbourhood: string;
  title: string;
  description: string;
  category: string;
  ageFromMonths: number;
  ageToMonths: number;
  /** ISO weekday 1 (Monday) … 7 (Sunday); null: by appointment */
  weekday: number | null;
  start: string | null;
  end: string | null;
  languages: string[];
  costCents: number;
  registrationRequired: boolean;
}

/** The message keys of per-row import errors (app/modules/i18n/messages/import.ts). */
export type ImportErrorKey = Extract<MessageKey, `import.error.${string}`>;

export interface CsvError {
  row: number;
  column: CsvColumn | null;
  /** The German message (what the CLI prints). */
  message: string;
  /** The message key and its values, so that pages can show the message in the reader's language. */
  key?: ImportErrorKey;
  vars?: TranslateVars;
}

const german = translator("de");

/** An error of `row` (1 = the header or the whole file) in `column`, with its German message. */
export function csvError(row: number, column: CsvColumn | null, key: ImportErrorKey, vars?: TranslateVars): CsvError {
  return vars ? { row, column, message: german(key, vars), key, vars } : { row, column, message: german(key), key };
}

export interface CsvReadResult {
  rows: CsvOffering[];
  errors: CsvError[];
}

const timePattern = /^([01]\d|2[0-3]):([0-5]\d)$/;
const markupPattern = /<[^>]*>|[<>]/;

function detectDelimiter(text: string): ";" | "," {
  const header = text.split(/\r?\n/, 1)[0] ?? "";
  return (header.match(/;/g)?.length ?? 0) >= (header.match(/,/g)?.length ?? 0) ? ";" : ",";
}

/** Parses and validates a whole file. `categories` are the network's valid category ids. */
export function readOfferingsCsv(input: string | Buffer, categories: ReadonlySet<string>): CsvReadResult {
  let text = typeof input === "string" ? input : input.toString("utf8");
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const errors: CsvError[] = [];
  if (text.trim() === "") return { rows: [], errors: [csvError(1, null, "import.error.empty")] };
  if (text.includes("\uFFFD")) {
    errors.push(csvError(1, null, "import.error.encoding"));
    return { rows: [], errors };
  }
  let records: string[][];
  try {
    records = parse(text, { delimiter: detectDelimiter(text), relax_column_count: true, skip_empty_lines: true, bom: true });
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return { rows: [], errors: [csvError(line, null, "import.error.malformed", { detail: (error as Error).message })] };
  }
  const header = (records[0] ?? []).map((h) => h.trim().toLowerCase());
  const index = new Map(header.map((name, i) => [name, i]));
  const missing = csvColumns.filter((c) => c !== "ref" && !index.has(c));
  if (missing.length > 0) {
    return { rows: [], errors: [csvError(1, null, "import.error.missingColumns", { columns: missing.join(", ") })] };
  }
  const rows: CsvOffering[] = [];
  const seenRefs = new Map<string, number>();
  records.slice(1).forEach((record, i) => {
    const row = i + 2;
    const get = (column: CsvColumn) => {
      const position = index.get(column);
      return position === undefined ? "" : unprotect((record[position] ?? "").trim());
    };
    const rowErrors: CsvError[] = [];
    const fail = (column: CsvColumn, key: ImportErrorKey, vars?: TranslateVars) => rowErrors.push(csvError(row, column, key, vars));

    const ref = get("ref") || null;
    if (ref && ref.length > 64) fail("ref", "import.error.refTooLong");
    if (ref) {
      const earlier = seenRefs.get(ref);
      if (earlier) fail("ref", "import.error.refDuplicate", { ref, row: earlier });
      else seenRefs.set(ref, row);
    }
    const centre = get("centre");
    if (!centre) fail("centre", "import.error.centreMissing");
    const neighbourhood = get("neighbourhood");
    if (!neighbourhood) fail("neighbourhood", "import.error.neighbourhoodMissing");
    const title = get("title");
    if (!title) fail("title", "import.error.titleMissing");
    else if (title.length > maxTitleLength) fail("title", "import.error.titleTooLong", { max: maxTitleLength });
    else if (markupPattern.test(title)) fail("title", "import.error.titleMarkup");
    const description = get("description");
    if (description.length > maxDescriptionLength) fail("description", "import.error.descriptionTooLong", { max: maxDescriptionLength });
    else if (markupPattern.test(description)) fail("description", "import.error.descriptionMarkup");
    const category = get("category");
    if (!category) fail("category", "import.error.categoryMissing");
    else if (!categories.has(category)) fail("category", "import.error.categoryUnknown", { value: category });

    const ages = readAges(get, fail);
    const weekdayText = get("weekday");
    let weekday: number | null = null;
    if (weekdayText) {
      const found = csvWeekdays.findIndex((d) => d.toLowerCase() === weekdayText.toLowerCase());
      if (found < 0) fail("weekday", "import.error.weekdayUnknown", { value: weekdayText, allowed: csvWeekdays.join(", ") });
      else weekday = found + 1;
    }
    const start = get("start") || null;
    const end = get("end") || null;
    if (start && !timePattern.test(start)) fail("start", "import.error.timeInvalid", { value: start });
    if (end && !timePattern.test(end)) fail("end", "import.error.timeInvalid", { value: end });
    if (weekdayText && (!start || !end)) fail(start ? "end" : "start", "import.error.timesRequired");
    if (!weekdayText && (start || end)) fail("weekday", "import.error.weekdayRequired");
    if (start && end && timePattern.test(start) && timePattern.test(end) && end <= start) fail("end", "import.error.endBeforeStart");

    const languages = get("languages")
      .split(",")
      .map((l) => l.trim().toLowerCase())
      .filter(Boolean);
    const badLanguage = languages.find((l) => !/^[a-z]{2}$/.test(l));
    if (badLanguage) fail("languages", "import.error.languageInvalid", { value: badLanguage });

    const costText = get("cost_eur");
    let costCents = 0;
    if (costText) {
      const normalised = costText.replace(",", ".");
      if (!/^\d{1,6}(\.\d{1,2})?$/.test(normalised)) fail("cost_eur", "import.error.costInvalid", { value: costText });
      else costCents = Math.round(Number(normalised) * 100);
    }
    const registrationText = get("registration").toLowerCase();
    if (registrationText && registrationText !== "ja" && registrationText !== "nein") {
      fail("registration", "import.error.registrationInvalid", { value: get("registration") });
    }

    if (rowErrors.length > 0) {
      errors.push(...rowErrors);
      return;
    }
    rows.push({
      row,
      ref,
      centre,
      neighbourhood,
      title,
      description,
      category,
      ageFromMonths: ages!.from,
      ageToMonths: ages!.to,
      weekday,
      start,
      end,
      languages: [...new Set(languages)],
      costCents,
      registrationRequired: registrationText === "ja",
    });
  });
  if (records.length <= 1) errors.push(csvError(1, null, "import.error.noRows"));
  return { rows, errors };
}

function readAges(
  get: (column: CsvColumn) => string,
  fail: (column: CsvColumn, key: ImportErrorKey, vars?: TranslateVars) => void,
): { from: number; to: number } | null {
  const whole = (column: CsvColumn, max: number): number | null | undefined => {
    const text = get(column);
    if (text === "") return undefined;
    if (!/^\d+$/.test(text) || Number(text) > max) {
      fail(column, "import.error.ageInvalid", { value: text, max });
      return null;
    }
    return Number(text);
  };
  const fromMonths = whole("age_from_months", 1199);
  const toMonths = whole("age_to_months", 1199);
  const fromYears = whole("age_from", 99);
  const toYears = whole("age_to", 99);
  if (fromMonths === null || toMonths === null || fromYears === null || toYears === null) return null;
  if (fromYears === undefined && fromMonths === undefined) fail("age_from", "import.error.ageFromMissing");
  if (toYears === undefined && toMonths === undefined) fail("age_to", "import.error.ageToMissing");
  const from = fromMonths ?? (fromYears ?? 0) * 12;
  const to = toMonths ?? (toYears ?? 0) * 12 + 11;
  if (from > to) {
    fail("age_to", "import.error.ageOrder");
    return null;
  }
  return { from, to };
}

export interface CsvExportRow {
  ref: string;
  centre: string;
  neighbourhood: string;
  title: string;
  description: string;
  category: string;
  ageFromMonths: number;
  ageToMonths: number;
  weekday: number | null;
  start: string | null;
  end: string | null;
  languages: string[];
  costCents: number;
  registrationRequired: boolean;
}

/** Writes the CSV with a UTF-8 BOM and `;` so that German Excel opens it correctly. */
export function writeOfferingsCsv(rows: Iterable<CsvExportRow>): string {
  const records: string[][] = [];
  for (const r of rows) records.push(exportRecord(r));
  return "\uFEFF" + stringify(records, { header: true, columns: [...csvColumns, ...extraColumns], delimiter: ";", record_delimiter: "\r\n" });
}

/**
 * Spreadsheets run a cell that starts with = + - @ as a formula ("CSV injection"). Exported text cells that
 * start so get a leading apostrophe, which Excel shows as text; reading removes it again.
 */
const formulaStart = /^[=+\-@\t\r]/;

export function protectCell(value: string): string {
  return formulaStart.test(value) ? `'${value}` : value;
}

function unprotect(value: string): string {
  return value.startsWith("'") && formulaStart.test(value.slice(1)) ? value.slice(1) : value;
}

export function exportRecord(r: CsvExportRow): string[] {
  return [
    protectCell(r.ref),
    protectCell(r.centre),
    protectCell(r.neighbourhood),
    protectCell(r.title),
    protectCell(r.description),
    r.category,
    String(Math.floor(r.ageFromMonths / 12)),
    String(Math.floor(r.ageToMonths / 12)),
    r.weekday ? csvWeekdays[r.weekday - 1]! : "",
    r.start ?? "",
    r.end ?? "",
    r.languages.join(","),
    r.costCents % 100 === 0 ? String(r.costCents / 100) : (r.costCents / 100).toFixed(2),
    r.registrationRequired ? "ja" : "nein",
    String(r.ageFromMonths),
    String(r.ageToMonths),
  ];
}
