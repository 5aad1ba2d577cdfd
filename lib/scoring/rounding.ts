// The one rounding rule: scores are shown at 2 decimals, in integer cents, and every displayed part
// adds up exactly to its displayed total (questions -> indicator -> pillar -> overall), because a
// reviewer adding up a table must get the total printed under it.

/**
 * Exact cents of a score, with float noise snapped: 19.999999999 points are 2000 cents, not
 * 1999.9999999. The snap is at a millionth of a cent, far below any real difference.
 */
export function exactCents(x: number): number {
  return Math.round(x * 1e8) / 1e6;
}

/** Cents of a score as displayed: exact cents rounded half up. */
export function toCents(x: number): number {
  return Math.round(exactCents(x));
}

/** A score rounded to the 2 decimals shown. */
export function round2(x: number): number {
  return toCents(x) / 100;
}

/**
 * Largest-remainder split of `target` cents among parts whose exact values are `raws` (points):
 * each part gets its floor, then the parts with the largest remainders get one cent more (the
 * earlier part on ties) until the parts add up to `target`. When float drift makes the floors add
 * up to more than `target`, cents are taken back from the smallest remainders (the later part on
 * ties), never below 0. Deterministic: the same raws always give the same split.
 */
export function allocateCents(target: number, raws: readonly number[]): number[] {
  const n = raws.length;
  const cents = new Array<number>(n);
  const remainders = new Array<number>(n);
  let diff = target;
  for (let k = 0; k < n; k++) {
    const exact = exactCents(raws[k]!);
    cents[k] = Math.floor(exact);
    remainders[k] = exact - cents[k]!;
    diff -= cents[k]!;
  }
  // Each round hands out at most one cent per part; further rounds only absorb drift.
  while (diff > 0 && n > 0) {
    const picked = new Array<boolean>(n).fill(false);
    for (let round = 0; round < n && diff > 0; round++, diff--) cents[pick(remainders, picked, true)]! += 1;
  }
  while (diff < 0) {
    const picked = new Array<boolean>(n).fill(false);
    let progressed = false;
    for (let round = 0; round < n && diff < 0; round++) {
      const k = pick(remainders, picked, false);
      if (cents[k]! > 0) {
        cents[k]! -= 1;
        diff++;
        progressed = true;
      }
    }
    if (!progressed) break;
  }
  return cents;
}

/** The part not picked yet with the largest (earliest on ties) or smallest (latest on ties) remainder. */
function pick(remainders: readonly number[], picked: boolean[], largest: boolean): number {
  let best = -1;
  for (let k = 0; k < remainders.length; k++) {
    if (picked[k]) continue;
    if (best < 0 || (largest ? remainders[k]! > remainders[best]! : remainders[k]! <= remainders[best]!)) best = k;
  }
  picked[best] = true;
  return best;
}
