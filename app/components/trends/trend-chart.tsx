// An indicator's values across review cycles as an inline SVG line chart, followed by the same values
// as a table. Series differ by marker shape and line pattern (never colour alone), every point carries
// its value as text, the target is a dashed line labelled "Ziel", and provisional points (an open
// cycle) are hollow and labelled "vorläufig" on the axis. Readable in print (dark strokes on white).
import { useLocale, useT } from "~/modules/i18n/use-t";
import type { Translate } from "~/modules/i18n/translate";
import { chartDomain, scaleY, xPositions } from "~/modules/trends/chart-scale";
import { formatValue, targetMet, type Direction, type ValueType } from "~/modules/trends/format";

export interface ChartPoint {
  label: string;
  value: number | null;
  detail?: string;
  provisional?: boolean;
}

export interface ChartSeries {
  name: string;
  points: ChartPoint[];
}

export interface ExtraColumn {
  heading: string;
  cells: string[];
}

const width = 560;
const height = 230;
const margin = { top: 22, right: 104, bottom: 50, left: 56 };
const plotTop = margin.top;
const plotBottom = height - margin.bottom;
const plotLeft = margin.left;
const plotRight = width - margin.right;

const styles = [
  { stroke: "#0f172a", dash: undefined, shape: "circle" },
  { stroke: "#0b5a85", dash: "7 4", shape: "square" },
  { stroke: "#6b21a8", dash: "2 3", shape: "triangle" },
] as const;

type Shape = (typeof styles)[number]["shape"];

function Marker({ shape, x, y, stroke, hollow }: { shape: Shape; x: number; y: number; stroke: string; hollow: boolean }) {
  const fill = hollow ? "#ffffff" : stroke;
  if (shape === "square") return <rect x={x - 5} y={y - 5} width={10} height={10} fill={fill} stroke={stroke} strokeWidth={2} />;
  if (shape === "triangle") return <path d={`M ${x} ${y - 6} L ${x + 6} ${y + 5} L ${x - 6} ${y + 5} Z`} fill={fill} stroke={stroke} strokeWidth={2} />;
  return <circle cx={x} cy={y} r={5.5} fill={fill} stroke={stroke} strokeWidth={2} />;
}

/** Splits a cycle title such as "2. Halbjahr 2025" into two lines at its last space. */
function twoLines(label: string): [string, string] {
  const at = label.lastIndexOf(" ");
  return at > 0 ? [label.slice(0, at), label.slice(at + 1)] : [label, ""];
}

function accessibleName(title: string, series: ChartSeries[], target: number | null, valueType: ValueType, t: Translate, locale: "de" | "en") {
  const parts = series.map((s) => {
    const values = s.points
      .map((p) => `${p.label}${p.provisional ? ` (${t("trends.provisional")})` : ""}: ${formatValue(p.value, valueType, t, locale)}`)
      .join(", ");
    return series.length > 1 ? `${s.name}: ${values}` : values;
  });
  const goal = target === null ? "" : `; ${t("trends.chart.target", { value: formatValue(target, valueType, t, locale) })}`;
  return `${t("trends.chart.name", { title })}: ${parts.join("; ")}${goal}`;
}

export function TrendChart({
  id,
  title,
  series,
  target,
  valueType,
  direction,
  extra,
}: {
  id: string;
  title: string;
  series: ChartSeries[];
  target: number | null;
  valueType: ValueType;
  direction: Direction;
  extra?: ExtraColumn;
}) {
  const t = useT();
  const locale = useLocale();
  const labels = series[0]?.points.map((p) => p) ?? [];
  const domain = chartDomain(
    series.flatMap((s) => s.points.map((p) => p.value)),
    target,
    valueType,
  );
  const xs = xPositions(labels.length, plotLeft + 30, plotRight - 30);
  const y = (value: number) => scaleY(value, domain, plotTop, plotBottom);
  const format = (value: number | null) => formatValue(value, valueType, t, locale);
  // Axis ticks of the scale are its steps (1 … 4); every other type reads as its values do.
  const formatTick = (value: number) => (valueType === "scale" ? String(value) : format(value));
  const allEmpty = series.every((s) => s.points.every((p) => p.value === null));
  /** The higher of two values at one cycle is labelled above its marker, the lower one below. */
  const labelBelow = (seriesIndex: number, index: number, value: number) =>
    series.some((other, otherIndex) => {
      const v = other.points[index]?.value;
      return otherIndex !== seriesIndex && v !== null && v !== undefined && (v > value || (v === value && otherIndex < seriesIndex));
    });
  const captionId = `${id}-caption`;
  const directionText = t(direction === "lower" ? "trends.chart.lowerBetter" : "trends.chart.higherBetter");

  return (
    <figure aria-labelledby={captionId} className="break-inside-avoid rounded-lg border border-slate-200 bg-white p-3 print:border-slate-400">
      <figcaption id={captionId} className="font-semibold">
        {title}
        <span className="block text-sm font-normal text-slate-700 print:text-black">
          {target === null ? directionText : `${t("trends.chart.target", { value: format(target) })} · ${directionText}`}
        </span>
      </figcaption>
      <svg
        role="img"
        aria-label={accessibleName(title, series, target, valueType, t, locale)}
        viewBox={`0 0 ${width} ${height}`}
        className="mt-2 h-auto w-full max-w-2xl"
        fontFamily="inherit"
        fontSize={12}
      >
        {domain.ticks.map((tick) => (
          <g key={tick}>
            <line x1={plotLeft} x2={plotRight} y1={y(tick)} y2={y(tick)} stroke="#cbd5e1" strokeWidth={1} />
            <text x={plotLeft - 8} y={y(tick) + 4} textAnchor="end" fill="#334155">
              {formatTick(tick)}
            </text>
          </g>
        ))}
        <line x1={plotLeft} x2={plotLeft} y1={plotTop} y2={plotBottom} stroke="#475569" strokeWidth={1} />
        <line x1={plotLeft} x2={plotRight} y1={plotBottom} y2={plotBottom} stroke="#475569" strokeWidth={1} />
        {labels.map((point, index) => {
          const [first, second] = twoLines(point.label);
          return (
            <text key={`${point.label}-${index}`} x={xs[index]} y={plotBottom + 16} textAnchor="middle" fill="#0f172a">
              <tspan x={xs[index]}>{first}</tspan>
              <tspan x={xs[index]} dy={13}>
                {second}
                {point.provisional ? ` (${t("trends.provisional")})` : ""}
              </tspan>
            </text>
          );
        })}
        {target !== null ? (
          <g>
            <line x1={plotLeft} x2={plotRight} y1={y(target)} y2={y(target)} stroke="#92400e" strokeWidth={2} strokeDasharray="8 5" />
            <text x={plotRight + 6} y={y(target) + 4} fill="#92400e" fontWeight={600}>
              {t("trends.chart.goal")} {format(target)}
            </text>
          </g>
        ) : null}
        {series.map((s, seriesIndex) => {
          const style = styles[seriesIndex % styles.length]!;
          const known = s.points.map((p, i) => ({ ...p, x: xs[i]!, index: i })).filter((p) => p.value !== null);
          const path = known.map((p, i) => `${i === 0 ? "M" : "L"} ${p.x} ${y(p.value!)}`).join(" ");
          return (
            <g key={s.name}>
              {known.length > 1 ? <path d={path} fill="none" stroke={style.stroke} strokeWidth={2} strokeDasharray={style.dash} /> : null}
              {known.map((p, i) => {
                const py = y(p.value!);
                const below = labelBelow(seriesIndex, p.index, p.value!);
                // Below the marker only where there is room above the axis; otherwise above it.
                const labelY = below && py + 20 <= plotBottom - 2 ? py + 20 : Math.max(py - 10, plotTop - 8);
                return (
                  <g key={`${p.label}-${i}`}>
                    <Marker shape={style.shape} x={p.x} y={py} stroke={style.stroke} hollow={Boolean(p.provisional)} />
                    <text x={p.x} y={labelY} textAnchor="middle" fill={style.stroke} fontWeight={700} stroke="#ffffff" strokeWidth={3} paintOrder="stroke">
                      {format(p.value)}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
      {allEmpty ? <p className="text-sm text-slate-700 print:text-black">{t("trends.chart.noValues")}</p> : null}
      {series.length > 1 ? (
        <ul className="mt-1 flex flex-wrap gap-x-4 text-sm">
          {series.map((s, index) => {
            const style = styles[index % styles.length]!;
            return (
              <li key={s.name} className="flex items-center gap-1">
                <svg aria-hidden="true" width="34" height="14" viewBox="0 0 34 14">
                  <line x1="1" x2="33" y1="7" y2="7" stroke={style.stroke} strokeWidth={2} strokeDasharray={style.dash} />
                  <Marker shape={style.shape} x={17} y={7} stroke={style.stroke} hollow={false} />
                </svg>
                {s.name}
              </li>
            );
          })}
        </ul>
      ) : null}
      <details className="mt-2">
        <summary className="cursor-pointer font-medium text-brand-700 underline">{t("trends.chart.asTable")}</summary>
        <div className="overflow-x-auto">
          <table className="mt-2 w-full border-collapse text-left text-sm">
            <caption className="p-1 text-left font-medium">{title}</caption>
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="p-2">
                  {t("trends.cycle")}
                </th>
                {series.map((s) => (
                  <th key={s.name} scope="col" className="p-2">
                    {series.length > 1 ? s.name : t("trends.value")}
                  </th>
                ))}
                {target !== null ? (
                  <th scope="col" className="p-2">
                    {t("trends.targetReached", { target: format(target) })}
                  </th>
                ) : null}
                {extra ? (
                  <th scope="col" className="p-2">
                    {extra.heading}
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {labels.map((point, index) => {
                const main = series[0]?.points[index];
                const met = targetMet(main?.value, target, direction);
                return (
                  <tr key={`${point.label}-${index}`} className="border-t border-slate-200">
                    <th scope="row" className="p-2 font-medium">
                      {point.label}
                      {point.provisional ? ` (${t("trends.provisional")})` : ""}
                    </th>
                    {series.map((s) => {
                      const p = s.points[index];
                      return (
                        <td key={s.name} className="p-2">
                          {format(p?.value ?? null)}
                          {p?.detail ? <span className="block text-xs text-slate-700">{p.detail}</span> : null}
                        </td>
                      );
                    })}
                    {target !== null ? <td className="p-2">{met === null ? "–" : t(met ? "trends.value.yes" : "trends.value.no")}</td> : null}
                    {extra ? <td className="p-2">{extra.cells[index] ?? "–"}</td> : null}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
