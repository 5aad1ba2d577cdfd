"use client";
import { Legend, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart } from "recharts";
import { REPORT_COLORS } from "@/lib/charts/series-colors";
import { FallbackBoundary } from "../shell/fallback-boundary";

// Drawn at a fixed size and scaled by CSS through the SVG's viewBox, so the chart fills the column on
// screen and the A4 width in print alike (a measuring container keeps whatever width it saw first).
const WIDTH = 640;
const HEIGHT = 460;

export type TRadarChartRow = { label: string; country: number; region: number | null; world: number | null };

/** The country against its region and the world, pillar by pillar (0-20). */
export function ReportRadar({
  rows,
  names,
  fallback,
}: {
  rows: TRadarChartRow[];
  names: { country: string; region: string; world: string };
  fallback: string;
}) {
  const hasRegion = rows.some((r) => r.region !== null);
  const hasWorld = rows.some((r) => r.world !== null);
  return (
    <FallbackBoundary fallback={<p className="muted">{fallback}</p>}>
      <div className="report-radar" data-testid="report-radar" role="img" aria-label={names.country} dir="ltr">
        <RadarChart width={WIDTH} height={HEIGHT} data={rows} outerRadius="70%" accessibilityLayer={false}>
          <PolarGrid />
          <PolarAngleAxis dataKey="label" tick={{ fontSize: 14 }} />
          <PolarRadiusAxis domain={[0, 20]} tickCount={5} angle={90} tick={{ fontSize: 12 }} />
          {hasWorld && (
            <Radar name={names.world} dataKey="world" stroke={REPORT_COLORS.world} fill={REPORT_COLORS.world} fillOpacity={0.12} isAnimationActive={false} />
          )}
          {hasRegion && (
            <Radar
              name={names.region}
              dataKey="region"
              stroke={REPORT_COLORS.region}
              fill={REPORT_COLORS.region}
              fillOpacity={0.12}
              isAnimationActive={false}
            />
          )}
          <Radar
            name={names.country}
            dataKey="country"
            stroke={REPORT_COLORS.country}
            fill={REPORT_COLORS.country}
            fillOpacity={0.35}
            isAnimationActive={false}
          />
          <Legend wrapperStyle={{ fontSize: 14 }} />
        </RadarChart>
      </div>
    </FallbackBoundary>
  );
}
