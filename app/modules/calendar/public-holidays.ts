// Public holidays (Feiertage) in North Rhine-Westphalia, computed from the calendar and Easter.

export interface Holiday {
  date: string; // YYYY-MM-DD
  name: string;
}

function iso(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Easter Sunday (Gregorian), by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): { month: number; day: number } {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { month, day };
}

function shift(year: number, month: number, day: number, days: number): string {
  const date = new Date(Date.UTC(year, month - 1, day + days));
  return date.toISOString().slice(0, 10);
}

export function nrwPublicHolidays(year: number): Holiday[] {
  const { month, day } = easterSunday(year);
  return [
    { date: iso(year, 1, 1), name: "Neujahr" },
    { date: shift(year, month, day, -2), name: "Karfreitag" },
    { date: shift(year, month, day, 0), name: "Ostersonntag" },
    { date: shift(year, month, day, 1), name: "Ostermontag" },
    { date: iso(year, 5, 1), name: "Tag der Arbeit" },
    { date: shift(year, month, day, 39), name: "Christi Himmelfahrt" },
    { date: shift(year, month, day, 49), name: "Pfingstsonntag" },
    { date: shift(year, month, day, 50), name: "Pfingstmontag" },
    { date: shift(year, month, day, 60), name: "Fronleichnam" },
    { date: iso(year, 10, 3), name: "Tag der Deutschen Einheit" },
    { date: iso(year, 11, 1), name: "Allerheiligen" },
    { date: iso(year, 12, 25), name: "1. Weihnachtsfeiertag" },
    { date: iso(year, 12, 26), name: "2. Weihnachtsfeiertag" },
  ].sort((x, y) => x.date.localeCompare(y.date));
}

/** Public holidays between two ISO dates (inclusive). */
export function nrwPublicHolidaysBetween(from: string, to: string): Holiday[] {
  const first = Number(from.slice(0, 4));
  const last = Number(to.slice(0, 4));
  const result: Holiday[] = [];
  for (let year = first; year <= last; year++) {
    for (const holiday of nrwPublicHolidays(year)) {
      if (holiday.date >= from && holiday.date <= to) result.push(holiday);
    }
  }
  return result;
}
