// Geometry of the trend charts: the value axis for an indicator's type and the positions of points.
import { scaleMax, type ValueType } from "./format";

export interface Domain {
  min: number;
  max: number;
  ticks: number[];
}

/** A "nice" step (1, 2, 2.5 or 5 times a power of ten) so that about `count` steps cover `span`. */
export function niceStep(span: number, count = 4): number {
  if (!(span > 0)) return 1;
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const factor of [1, 2, 2.5, 5, 10]) {
    if (raw <= factor * power) return factor * power;
  }
  return 10 * power;
}

/**
 * The value axis for an indicator: percentages 0–100, yes/no 0–1, the scale 1–4, and for counts
 * 0 up to a round number above the largest value or target (whole-number steps).
 */
export function chartDomain(values: readonly (number | null)[], target: number | null, valueType: ValueType): Domain {
  if (valueType === "percent") {
    const top = Math.max(100, ...values.filter((v): v is number => v !== null));
    return { min: 0, max: top, ticks: [0, 25, 50, 75, 100] };
  }
  if (valueType === "boolean") return { min: 0, max: 1, ticks: [0, 1] };
  if (valueType === "scale") return { min: 1, max: scaleMax, ticks: [1, 2, 3, 4] };
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (target !== null && Number.isFinite(target)) known.push(target);
  const low = Math.min(0, ...known);
  const high = Math.max(1, ...known);
  const step = Math.max(1, niceStep(high - low));
  const min = Math.floor(low / step) * step;
  const max = Math.ceil(high / step) * step;
  const ticks: number[] = [];
  for (let tick = min; tick <= max + step / 2; tick += step) ticks.push(Math.round(tick * 1000) / 1000);
  return { min, max, ticks };
}

/** The vertical position of a value between `top` (largest) and `bottom` (smallest), clamped. */
export function scaleY(value: number, domain: Domain, top: number, bottom: number): number {
  const span = domain.max - domain.min || 1;
  const share = Math.min(1, Math.max(0, (value - domain.min) / span));
  return bottom - share * (bottom - top);
}

/** Evenly spread horizontal positions for `count` points between `left` and `right` (one: centred). */
export function xPositions(count: number, left: number, right: number): number[] {
  if (count <= 0) return [];
  if (count === 1) return [(left + right) / 2];
  const step = (right - left) / (count - 1);
  return Array.from({ length: count }, (_, i) => left + i * step);
}
