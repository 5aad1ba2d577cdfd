"use client";
import { Legend, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer, Tooltip } from "recharts";
import type { TRadarRow } from "@/lib/charts/radar-rows";
import { seriesColor } from "@/lib/charts/series-colors";
import styles from "./dashboards.module.css";

/** The five pillars of each series overlaid; values out of 20. */
export function PillarRadar({
  rows,
  series,
  pillarLabels,
}: {
  rows: TRadarRow[];
  series: { id: string; label: string }[];
  pillarLabels: Record<string, string>;
}) {
  const data = rows.map((r) => ({ ...r, pillarLabel: pillarLabels[r.pillar] ?? r.pillar }));
  return (
    // recharts anchors its labels for left-to-right text; in an Arabic page they would run into the chart.
    <div className={styles.chart} aria-hidden="true" data-radar dir="ltr">
      <ResponsiveContainer width="100%" height="100%">
        <RadarChart data={data} outerRadius="75%" accessibilityLayer={false}>
          <PolarGrid />
          <PolarAngleAxis dataKey="pillarLabel" />
          <PolarRadiusAxis domain={[0, 20]} angle={54} tickCount={5} tick={{ fontSize: 10 }} />
          {series.map((s, i) => (
            <Radar key={s.id} name={s.label} dataKey={s.id} stroke={seriesColor(i)} fill={seriesColor(i)} fillOpacity={0.12} isAnimationActive={false} />
          ))}
          <Tooltip />
          <Legend />
        </RadarChart>
      </ResponsiveContainer>
    </div>
  );
}
