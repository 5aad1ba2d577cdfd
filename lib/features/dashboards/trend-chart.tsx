import { colorLegend } from "@/lib/charts/color-scale";
import { REPORT_COLORS } from "@/lib/charts/series-colors";
import type { TTrendPoint } from "@/lib/charts/trend";
import { trendChart } from "@/lib/charts/trend-chart";
import styles from "./dashboards.module.css";

/**
 * Overall score across cycles, drawn on the server as SVG: a few points need no chart library in
 * the browser. A dashed segment marks a change of questionnaire edition (see the note below it).
 */
export function TrendChart({
  points,
  label,
  format,
  editionLabel,
}: {
  points: TTrendPoint[];
  label: string;
  format: (n: number) => string;
  editionLabel: string;
}) {
  const chart = trendChart(
    points,
    colorLegend(100).map((b) => b.from),
  );
  const { box } = chart;
  return (
    <svg className={styles.trend} viewBox={`0 0 ${box.width} ${box.height}`} role="img" aria-label={label} data-trend-chart direction="ltr">
      {chart.grid.map((g) => (
        <g key={g.value}>
          <line x1={box.left} x2={box.width - box.right} y1={g.y} y2={g.y} stroke="#d0d5dd" strokeWidth={1} />
          {g.labelled ? (
            <text x={box.left - 6} y={g.y + 4} textAnchor="end" fontSize={11} fill="#5b6472">
              {g.value}
            </text>
          ) : null}
        </g>
      ))}
      {chart.columns.map((c) => (
        <text
          key={c.cycle}
          x={c.x}
          y={box.height - box.bottom + 18}
          textAnchor="middle"
          fontSize={11}
          fill={c.scored ? "#1d2433" : "#6b7385"}
          unicodeBidi="plaintext"
        >
          <title>{c.cycle}</title>
          {c.lines.map((line, k) => (
            <tspan key={k} x={c.x} dy={k === 0 ? 0 : 14}>
              {line}
            </tspan>
          ))}
        </text>
      ))}
      {chart.segments.map((s) => (
        <line
          key={`${s.x1}-${s.x2}`}
          x1={s.x1}
          y1={s.y1}
          x2={s.x2}
          y2={s.y2}
          stroke={REPORT_COLORS.country}
          strokeWidth={2.5}
          strokeDasharray={s.editionChanged ? "6 5" : undefined}
          data-edition-changed={s.editionChanged || undefined}
        >
          {s.editionChanged ? <title>{editionLabel}</title> : null}
        </line>
      ))}
      {chart.dots.map((d) => (
        <g key={d.cycle}>
          <circle cx={d.x} cy={d.y} r={5} fill={REPORT_COLORS.country} />
          <text x={d.x + 9} y={d.y - 8} fontSize={12} fontWeight={600} fill="#1d2433">
            {format(d.value)}
          </text>
        </g>
      ))}
    </svg>
  );
}
