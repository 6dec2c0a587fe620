// The Berlin calendar date of a moment, with one formatter for all calls (building an Intl formatter per
// call costs more than a whole guide query).
const berlinFormatter = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin", year: "numeric", month: "2-digit", day: "2-digit" });

/** YYYY-MM-DD in Europe/Berlin. */
export function berlinDate(time: number = Date.now()): string {
  return berlinFormatter.format(time);
}
