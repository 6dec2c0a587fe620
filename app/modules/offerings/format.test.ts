import { describe, expect, it } from "vitest";
import { translator } from "~/modules/i18n/translate";
import { centsToInput, formatAges, formatCost, scheduleSummary, splitAge } from "./format";
import { normaliseDate, normaliseTime, parseEuros, toMonths } from "./schemas";

const de = translator("de");
const en = translator("en");

describe("ages", () => {
  it("reads months for babies and whole years otherwise, 'to' meaning up to the next birthday", () => {
    expect(formatAges(0, 3 * 12 + 11, de)).toBe("0–3 Jahre");
    expect(formatAges(6, 18, de)).toBe("6–18 Monate");
    expect(formatAges(6, 3 * 12 + 11, de)).toBe("6 Monate – 3 Jahre");
    expect(formatAges(18 * 12, 1199, de)).toBe("ab 18 Jahren");
    expect(formatAges(0, 1199, de)).toBe("alle Altersgruppen");
    expect(formatAges(12, 23, de)).toBe("1 Jahr");
    expect(formatAges(18 * 12, 1199, en)).toBe("18 years and older");
  });

  it("round-trips between the form's numbers and months", () => {
    for (const months of [0, 6, 12, 23, 35, 47, 216, 1199]) {
      const from = splitAge(months, "from");
      const to = splitAge(months, "to");
      expect(toMonths(from.value, from.unit, "from")).toBe(months);
      expect(toMonths(to.value, to.unit, "to")).toBe(months);
    }
  });
});

describe("form values", () => {
  it("accepts times, dates and euros as people type them", () => {
    expect(normaliseTime("9:30")).toBe("09:30");
    expect(normaliseTime("09.30")).toBe("09:30");
    expect(normaliseTime("24:00")).toBeNull();
    expect(normaliseDate("5.12.2026")).toBe("2026-12-05");
    expect(normaliseDate("2026-02-30")).toBeNull();
    expect(parseEuros("12,50")).toBe(1250);
    expect(parseEuros("12.5 €")).toBe(1250);
    expect(parseEuros("3")).toBe(300);
    expect(parseEuros("1.250,00")).toBeNull();
    expect(parseEuros("-3")).toBeNull();
    expect(centsToInput(1250)).toBe("12,50");
    expect(centsToInput(300, "en")).toBe("3");
    expect(formatCost(0, "de", de)).toBe("kostenlos");
  });
});

describe("schedule summary", () => {
  const today = "2026-11-23";
  it("summarises weekly, single-date and by-appointment schedules", () => {
    const weekly = { scheduleKind: "weekly" as const, weekdays: [2, 4], startTime: "09:30", endTime: "10:30" };
    expect(scheduleSummary(weekly, de, "de", today)).toBe("Di, Do 09:30–10:30");
    expect(scheduleSummary({ ...weekly, validUntil: "2026-10-01" }, de, "de", today)).toBe("Di, Do 09:30–10:30 (beendet am 01.10.2026)");
    expect(scheduleSummary({ ...weekly, weekdays: [1] }, en, "en", today)).toBe("Mon 09:30–10:30");
    const dates = {
      scheduleKind: "dates" as const,
      weekdays: [],
      startTime: null,
      endTime: null,
      dates: [
        { date: "2026-11-01", startTime: "10:00", endTime: "12:00" },
        { date: "2026-12-05", startTime: "10:00", endTime: "12:00" },
        { date: "2026-12-12", startTime: "10:00", endTime: "12:00" },
      ],
    };
    expect(scheduleSummary(dates, de, "de", today)).toBe("05.12.2026 10:00–12:00 (+1 weitere)");
    expect(scheduleSummary({ ...dates, dates: dates.dates.slice(0, 1) }, de, "de", today)).toBe("letzter Termin am 01.11.2026");
    expect(scheduleSummary({ scheduleKind: "appointment", weekdays: [], startTime: null, endTime: null }, de, "de", today)).toBe("nach Vereinbarung");
  });
});
