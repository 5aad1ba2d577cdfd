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
 * Largest-remainder split of `target` cents among the parts `indices` of `raws` (points, not
 * cents), written to `out` at the same indices: each part gets its floor or ceiling and the parts
 * add up to `target` exactly. Ties go to the earlier part, so the split is deterministic.
 * In place and without sorting: it runs for every indicator of every score.
 */
export function allocateCentsInto(target: number, indices: readonly number[], raws: ArrayLike<number>, out: number[] | Float64Array): void {
  const n = indices.length;
  let sum = 0;
  for (let k = 0; k < n; k++) {
    const i = indices[k]!;
    out[i] = Math.floor(Math.round(raws[i]! * 1e8) / 1e6);
    sum += out[i]!;
  }
  let diff = target - sum;
  // Normally 0 <= diff <= n; the loops also absorb float drift between a total and its parts.
  while (diff > 0 && n > 0) {
    // Hand one cent to each part in order of remainder, largest first, at most once per round.
    const given = new Uint8Array(n);
    for (let round = 0; round < n && diff > 0; round++, diff--) out[indices[pickRemainder(indices, raws, out, given, true)]!]! += 1;
  }
  while (diff < 0) {
    const given = new Uint8Array(n);
    let progressed = false;
    for (let round = 0; round < n && diff < 0; round++) {
      const k = pickRemainder(indices, raws, out, given, false);
      if (k < 0) break;
      if (out[indices[k]!]! > 0) {
        out[indices[k]!]! -= 1;
        diff++;
        progressed = true;
      }
    }
    if (!progressed) break;
  }
}

/** The part not yet picked this round with the largest (or smallest) remainder. */
function pickRemainder(indices: readonly number[], raws: ArrayLike<number>, out: ArrayLike<number>, given: Uint8Array, largest: boolean): number {
  let best = -1;
  let bestRemainder = 0;
  for (let k = 0; k < indices.length; k++) {
    if (given[k]) continue;
    const i = indices[k]!;
    const exact = Math.round(raws[i]! * 1e8) / 1e6;
    const remainder = exact - Math.floor(exact);
    // Giving, the earliest part wins a tie; taking, the latest (mirror images of one order).
    if (best < 0 || (largest ? remainder > bestRemainder : remainder <= bestRemainder)) {
      best = k;
      bestRemainder = remainder;
    }
  }
  if (best >= 0) given[best] = 1;
  return best;
}

/** Largest-remainder split of `target` cents among parts proportional to `raws` (see allocateCentsInto). */
export function allocateCents(target: number, raws: readonly number[]): number[] {
  const out = new Array<number>(raws.length).fill(0);
  allocateCentsInto(target, [...raws.keys()], raws, out);
  return out;
}
