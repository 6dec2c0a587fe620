// The figures of `npm run bench`: every benchmark returns rows for one shared table.

export interface Figure {
  /** What was measured, e.g. "import 100,000 rows (CLI)". */
  benchmark: string;
  /** Which figure, e.g. "time", "rows/s", "peak RSS". */
  metric: string;
  value: number;
  unit: string;
  digits?: number;
  /** Upper bound the value must stay below (e.g. the 20 s import budget). */
  max?: number;
  /** Lower bound the value must reach (e.g. an F1 of 0.9). */
  min?: number;
}

const format = (value: number, digits = 0) => value.toLocaleString("en-GB", { minimumFractionDigits: digits, maximumFractionDigits: digits });

export const passed = (f: Figure) => (f.max === undefined || f.value < f.max) && (f.min === undefined || f.value >= f.min);

const target = (f: Figure) =>
  f.max !== undefined ? `< ${format(f.max, f.digits)} ${f.unit}`.trim() : f.min !== undefined ? `≥ ${format(f.min, f.digits)} ${f.unit}`.trim() : "";

/** One table: benchmark, figure, value with unit, target, and whether the target was met. */
export function renderTable(figures: Figure[]): string {
  const rows = figures.map((f, i) => [
    i > 0 && figures[i - 1]!.benchmark === f.benchmark ? "" : f.benchmark,
    f.metric,
    `${format(f.value, f.digits)} ${f.unit}`.trim(),
    target(f),
    f.max === undefined && f.min === undefined ? "" : passed(f) ? "ok" : "MISSED",
  ]);
  const head = ["Benchmark", "Figure", "Value", "Target", ""];
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (cells: string[]) => cells.map((cell, c) => (c === 2 || c === 3 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join("  ").trimEnd();
  return [line(head), widths.map((w) => "-".repeat(w)).join("  ").trimEnd(), ...rows.map(line)].join("\n");
}
