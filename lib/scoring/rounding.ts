// Rounding to the 2 decimals shown, in integer cents so displayed parts add up to displayed totals.

/** Cents of a score, snapping float noise (19.999999999 -> 2000) before rounding half up. */
export function toCents(x: number): number {
  return Math.round(Math.round(x * 1e8) / 1e6);
}

/** A score rounded to the 2 decimals shown. */
export function round2(x: number): number {
  return toCents(x) / 100;
}

/**
 * Largest-remainder split of `target` cents among parts proportional to `raws` (points, not cents):
 * each part gets its floor or ceiling and the parts add up to `target` exactly.
 * Ties go to the earlier part, so the split is deterministic.
 */
export function allocateCents(target: number, raws: readonly number[]): number[] {
  const n = raws.length;
  const floors = new Array<number>(n);
  const fracs = new Array<number>(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const exact = Math.round(raws[i]! * 1e8) / 1e6;
    floors[i] = Math.floor(exact);
    fracs[i] = exact - floors[i]!;
    sum += floors[i]!;
  }
  let diff = target - sum;
  if (diff === 0 || n === 0) return floors;
  const byRemainder = [...floors.keys()].sort((a, b) => fracs[b]! - fracs[a]! || a - b);
  // Normally 0 <= diff <= n; the loops also absorb float drift between a total and its parts.
  for (let k = 0; diff > 0; k = (k + 1) % n, diff--) floors[byRemainder[k]!]! += 1;
  for (let progressed = true; diff < 0 && progressed; ) {
    progressed = false;
    for (let k = n - 1; k >= 0 && diff < 0; k--) {
      const i = byRemainder[k]!;
      if (floors[i]! > 0) {
        floors[i]! -= 1;
        diff++;
        progressed = true;
      }
    }
  }
  return floors;
}
