// The offering CSV format of DESIGN.md: reading (with per-row errors) and writing (Excel-friendly).
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";

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

export interface CsvError {
  row: number;
  column: CsvColumn | null;
  message: string;
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
  if (text.trim() === "") return { rows: [], errors: [{ row: 1, column: null, message: "Die Datei ist leer." }] };
  if (text.includes("\uFFFD")) {
    errors.push({ row: 1, column: null, message: "Die Datei ist nicht UTF-8-kodiert. Bitte als „CSV UTF-8“ speichern." });
    return { rows: [], errors };
  }
  let records: string[][];
  try {
    records = parse(text, { delimiter: detectDelimiter(text), relax_column_count: true, skip_empty_lines: true, bom: true });
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return { rows: [], errors: [{ row: line, column: null, message: `Die CSV-Datei ist fehlerhaft (Anführungszeichen?): ${(error as Error).message}` }] };
  }
  const header = (records[0] ?? []).map((h) => h.trim().toLowerCase());
  const index = new Map(header.map((name, i) => [name, i]));
  const missing = csvColumns.filter((c) => c !== "ref" && !index.has(c));
  if (missing.length > 0) {
    return { rows: [], errors: [{ row: 1, column: null, message: `Es fehlen Spalten: ${missing.join(", ")}.` }] };
  }
  const rows: CsvOffering[] = [];
  const seenRefs = new Map<string, number>();
  records.slice(1).forEach((record, i) => {
    const row = i + 2;
    const get = (column: CsvColumn) => {
      const position = index.get(column);
      return position === undefined ? "" : (record[position] ?? "").trim();
    };
    const rowErrors: CsvError[] = [];
    const fail = (column: CsvColumn, message: string) => rowErrors.push({ row, column, message });

    const ref = get("ref") || null;
    if (ref && ref.length > 64) fail("ref", "Die Referenz ist zu lang (höchstens 64 Zeichen).");
    if (ref) {
      const earlier = seenRefs.get(ref);
      if (earlier) fail("ref", `Die Referenz ${ref} steht schon in Zeile ${earlier}.`);
      else seenRefs.set(ref, row);
    }
    const centre = get("centre");
    if (!centre) fail("centre", "Das Familienzentrum fehlt.");
    const neighbourhood = get("neighbourhood");
    if (!neighbourhood) fail("neighbourhood", "Der Stadtteil fehlt.");
    const title = get("title");
    if (!title) fail("title", "Der Titel fehlt.");
    else if (title.length > maxTitleLength) fail("title", `Der Titel ist zu lang (höchstens ${maxTitleLength} Zeichen).`);
    else if (markupPattern.test(title)) fail("title", "Der Titel darf keine spitzen Klammern (< >) enthalten.");
    const description = get("description");
    if (description.length > maxDescriptionLength) fail("description", `Die Beschreibung ist zu lang (höchstens ${maxDescriptionLength} Zeichen).`);
    else if (markupPattern.test(description)) fail("description", "Die Beschreibung darf keine spitzen Klammern (< >) enthalten.");
    const category = get("category");
    if (!category) fail("category", "Die Kategorie fehlt.");
    else if (!categories.has(category)) fail("category", `Unbekannte Kategorie „${category}“.`);

    const ages = readAges(get, fail);
    const weekdayText = get("weekday");
    let weekday: number | null = null;
    if (weekdayText) {
      const found = csvWeekdays.findIndex((d) => d.toLowerCase() === weekdayText.toLowerCase());
      if (found < 0) fail("weekday", `Unbekannter Wochentag „${weekdayText}“ (erlaubt: ${csvWeekdays.join(", ")} oder leer).`);
      else weekday = found + 1;
    }
    const start = get("start") || null;
    const end = get("end") || null;
    if (start && !timePattern.test(start)) fail("start", `„${start}“ ist keine Uhrzeit (HH:MM).`);
    if (end && !timePattern.test(end)) fail("end", `„${end}“ ist keine Uhrzeit (HH:MM).`);
    if (weekdayText && (!start || !end)) fail(start ? "end" : "start", "Zu einem Wochentag gehören Beginn und Ende.");
    if (!weekdayText && (start || end)) fail("weekday", "Beginn und Ende brauchen einen Wochentag.");
    if (start && end && timePattern.test(start) && timePattern.test(end) && end <= start) fail("end", "Das Ende liegt nicht nach dem Beginn.");

    const languages = get("languages")
      .split(",")
      .map((l) => l.trim().toLowerCase())
      .filter(Boolean);
    const badLanguage = languages.find((l) => !/^[a-z]{2}$/.test(l));
    if (badLanguage) fail("languages", `„${badLanguage}“ ist kein Sprachcode nach ISO 639-1 (z. B. de, tr, ar).`);

    const costText = get("cost_eur");
    let costCents = 0;
    if (costText) {
      const normalised = costText.replace(",", ".");
      if (!/^\d{1,6}(\.\d{1,2})?$/.test(normalised)) fail("cost_eur", `„${costText}“ ist kein Betrag in Euro (z. B. 12,50).`);
      else costCents = Math.round(Number(normalised) * 100);
    }
    const registrationText = get("registration").toLowerCase();
    if (registrationText && registrationText !== "ja" && registrationText !== "nein") {
      fail("registration", `„${get("registration")}“: bitte ja oder nein.`);
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
  if (records.length <= 1) errors.push({ row: 1, column: null, message: "Die Datei enthält keine Angebote." });
  return { rows, errors };
}

function readAges(
  get: (column: CsvColumn) => string,
  fail: (column: CsvColumn, message: string) => void,
): { from: number; to: number } | null {
  const whole = (column: CsvColumn, max: number): number | null | undefined => {
    const text = get(column);
    if (text === "") return undefined;
    if (!/^\d+$/.test(text) || Number(text) > max) {
      fail(column, `„${text}“ ist kein gültiges Alter (ganze Zahl von 0 bis ${max}).`);
      return null;
    }
    return Number(text);
  };
  const fromMonths = whole("age_from_months", 1199);
  const toMonths = whole("age_to_months", 1199);
  const fromYears = whole("age_from", 99);
  const toYears = whole("age_to", 99);
  if (fromMonths === null || toMonths === null || fromYears === null || toYears === null) return null;
  if (fromYears === undefined && fromMonths === undefined) fail("age_from", "Das Mindestalter fehlt.");
  if (toYears === undefined && toMonths === undefined) fail("age_to", "Das Höchstalter fehlt.");
  const from = fromMonths ?? (fromYears ?? 0) * 12;
  const to = toMonths ?? (toYears ?? 0) * 12 + 11;
  if (from > to) {
    fail("age_to", "Das Höchstalter liegt unter dem Mindestalter.");
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

export function exportRecord(r: CsvExportRow): string[] {
  return [
    r.ref,
    r.centre,
    r.neighbourhood,
    r.title,
    r.description,
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
