import { describe, expect, it } from "vitest";
import { translator } from "~/modules/i18n/translate";
import { chartDomain, niceStep, scaleY, xPositions } from "./chart-scale";
import { formatChange, formatCounts, formatValue, statusLabel, targetMet } from "./format";

const de = translator("de");
const en = translator("en");

describe("chart scale", () => {
  it("uses fixed axes for percentages, yes/no and the 1–4 scale", () => {
    expect(chartDomain([62, 40], 60, "percent")).toEqual({ min: 0, max: 100, ticks: [0, 25, 50, 75, 100] });
    expect(chartDomain([1, 0], 1, "boolean")).toEqual({ min: 0, max: 1, ticks: [0, 1] });
    expect(chartDomain([3, null], 3, "scale")).toEqual({ min: 1, max: 4, ticks: [1, 2, 3, 4] });
  });

  it("rounds a count axis up to whole steps above the largest value or target", () => {
    expect(chartDomain([1, 2], 3, "number")).toEqual({ min: 0, max: 3, ticks: [0, 1, 2, 3] });
    expect(chartDomain([17, 4], null, "number")).toEqual({ min: 0, max: 20, ticks: [0, 5, 10, 15, 20] });
    expect(chartDomain([null, null], null, "number")).toEqual({ min: 0, max: 1, ticks: [0, 1] });
    expect(niceStep(230)).toBe(100);
    expect(niceStep(10)).toBe(2.5);
  });

  it("places values between top and bottom and clamps outliers", () => {
    const domain = chartDomain([], null, "percent");
    expect(scaleY(0, domain, 10, 110)).toBe(110);
    expect(scaleY(100, domain, 10, 110)).toBe(10);
    expect(scaleY(50, domain, 10, 110)).toBe(60);
    expect(scaleY(-5, domain, 10, 110)).toBe(110);
    expect(xPositions(3, 0, 100)).toEqual([0, 50, 100]);
    expect(xPositions(1, 0, 100)).toEqual([50]);
    expect(xPositions(0, 0, 100)).toEqual([]);
  });
});

describe("value formatting", () => {
  it("writes each value type as people read it, in both languages", () => {
    expect(formatValue(62, "percent", de, "de")).toBe("62 %");
    expect(formatValue(1, "boolean", de, "de")).toBe("ja");
    expect(formatValue(0, "boolean", en, "en")).toBe("no");
    expect(formatValue(3, "scale", de, "de")).toBe("3 von 4");
    expect(formatValue(3, "scale", en, "en")).toBe("3 of 4");
    expect(formatValue(2.5, "number", de, "de")).toBe("2,5");
    expect(formatValue(null, "number", de, "de")).toBe("–");
  });

  it("states the change with an arrow, the difference and whether it is better", () => {
    expect(formatChange(62, 50, "percent", "higher", de, "de")).toBe("↑ +12 Pp. (besser)");
    expect(formatChange(40, 50, "percent", "higher", en, "en")).toBe("↓ −10 pp (worse)");
    expect(formatChange(1, 3, "number", "lower", de, "de")).toBe("↓ −2 (besser)");
    expect(formatChange(1, 0, "boolean", "higher", de, "de")).toBe("↑ nein → ja (besser)");
    expect(formatChange(2, 2, "number", "higher", de, "de")).toBe("→ unverändert");
    expect(formatChange(2, null, "number", "higher", de, "de")).toBe("–");
  });

  it("judges targets by direction and names statuses in words", () => {
    expect(targetMet(60, 60, "higher")).toBe(true);
    expect(targetMet(59, 60, "higher")).toBe(false);
    expect(targetMet(5, 3, "lower")).toBe(false);
    expect(targetMet(null, 3, "lower")).toBe(null);
    expect(statusLabel("partly", de)).toBe("teilweise erfüllt");
    expect(statusLabel(null, de)).toBe("keine Bewertung");
    expect(formatCounts({ met: 5, partly: 2, notMet: 1, none: 0 }, de)).toBe("5 erfüllt · 2 teilweise · 1 nicht");
    expect(formatCounts({ met: 0, partly: 0, notMet: 0, none: 0 }, de)).toBe("keine Bewertung");
  });
});
