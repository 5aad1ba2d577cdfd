// Choropleth colours: scores 0-100 fall into five buckets matching the tier thresholds.

export const NO_DATA_COLOR = "#d9d9d9";

export const COLOR_BUCKETS = [
  { min: 95, color: "#08519c" },
  { min: 85, color: "#3182bd" },
  { min: 55, color: "#6baed6" },
  { min: 20, color: "#bdd7e7" },
  { min: 0, color: "#eff3ff" },
] as const;

/** The bucket index (0 = best) of a score out of `max` (100 overall, 20 a pillar), or null when there is none. */
export function colorBucket(value: number | null | undefined, max = 100): number | null {
  if (value === null || value === undefined || Number.isNaN(value)) return null;
  const v = Math.min(100, Math.max(0, (value / max) * 100));
  return COLOR_BUCKETS.findIndex((b) => v >= b.min);
}

export function colorFor(value: number | null | undefined, max = 100): string {
  return bucketColor(colorBucket(value, max));
}

/** The colour of a bucket from colorBucket (null: no score). */
export function bucketColor(bucket: number | null): string {
  return bucket === null ? NO_DATA_COLOR : (COLOR_BUCKETS[bucket]?.color ?? NO_DATA_COLOR);
}

/** Legend entries, best first: colour and the [from, to) range of each bucket, on a 0-`max` scale. */
export function colorLegend(max = 100): { color: string; from: number; to: number }[] {
  const at = (percent: number) => (percent * max) / 100;
  return COLOR_BUCKETS.map((b, i) => ({ color: b.color, from: at(b.min), to: at(i === 0 ? 100 : COLOR_BUCKETS[i - 1]!.min) }));
}
