// Radar chart geometry shared by the PDF (drawn by hand) and tests: axis k points up, then clockwise.

export type TPoint = { x: number; y: number };

export function radarPoint(k: number, axes: number, value: number, max: number, center: TPoint, radius: number): TPoint {
  const angle = -Math.PI / 2 + (2 * Math.PI * k) / axes;
  const r = max > 0 ? (Math.max(0, Math.min(value, max)) / max) * radius : 0;
  return { x: center.x + r * Math.cos(angle), y: center.y + r * Math.sin(angle) };
}

/** The polygon of one series, one vertex per axis. */
export function radarPolygon(values: readonly number[], max: number, center: TPoint, radius: number): TPoint[] {
  return values.map((v, k) => radarPoint(k, values.length, v, max, center, radius));
}

/** Concentric grid rings (as polygons) at each fraction of the radius. */
export function radarGrid(axes: number, center: TPoint, radius: number, rings = [0.25, 0.5, 0.75, 1]): TPoint[][] {
  return rings.map((f) => Array.from({ length: axes }, (_, k) => radarPoint(k, axes, f, 1, center, radius)));
}
