// Rounding to the 2 decimals shown, in integer cents so displayed parts add up to displayed totals.

/** Cents of a score, snapping float noise (19.999999999 -> 2000) before rounding half up. */
export function toCents(x: number): number {
  return Math.round(Math.round(x * 1e8) / 1e6);
}

/** A score rounded to the 2 decimals shown. */
export function round2(x: number): number {
  return toCents(x) / 100;
}

// Remainders of the current split, grown to the largest split seen: allocateCentsInto runs about
// 26 times per score and calls no outside code, so one module buffer is safe and saves allocations.
let remainders = new Float64Array(64);

/**
 * Largest-remainder split of `target` cents among the parts `indices` of `raws` (points, not
 * cents), written to `out` at the same indices: each part gets its floor or ceiling and the parts
 * add up to `target` exactly. Ties go to the earlier part, so the split is deterministic.
 * In place and without sorting: it runs for every indicator of every score.
 */
export function allocateCentsInto(target: number, indices: readonly number[], raws: ArrayLike<number>, out: number[] | Float64Array): void {
  const n = indices.length;
  if (n > remainders.length) remainders = new Float64Array(n);
  let sum = 0;
  for (let k = 0; k < n; k++) {
    const i = indices[k]!;
    const exact = Math.round(raws[i]! * 1e8) / 1e6;
    const floor = Math.floor(exact);
    out[i] = floor;
    remainders[k] = exact - floor;
    sum += floor;
  }
  distribute(target - sum, indices, out);
}

/**
 * allocateCentsInto with each part's exact cents already split into `floors` and `remainders`
 * (indexed like `out`), as tally.ts precomputes them: the same split, without recomputing.
 */
export function splitCentsInto(target: number, indices: readonly number[], floors: Float64Array, partRemainders: Float64Array, out: Float64Array): void {
  const n = indices.length;
  let sum = 0;
  for (let k = 0; k < n; k++) {
    const i = indices[k]!;
    out[i] = floors[i]!;
    sum += floors[i]!;
  }
  const diff = target - sum;
  if (diff === 0) return;
  if (diff > 0 && diff <= n && n <= 30) return giveLargest(diff, indices, partRemainders, true, out);
  if (n > remainders.length) remainders = new Float64Array(n);
  for (let k = 0; k < n; k++) remainders[k] = partRemainders[indices[k]!]!;
  distributeRounds(diff, indices, out);
}

/** Hands out `diff` cents (or takes them back when negative) by `remainders[k]`, as described above. */
function distribute(diff: number, indices: readonly number[], out: number[] | Float64Array): void {
  if (diff === 0) return;
  if (diff > 0 && diff <= indices.length && indices.length <= 30) return giveLargest(diff, indices, remainders, false, out);
  distributeRounds(diff, indices, out);
}

/**
 * Which parts splitCentsInto gives their floor + 1 cent, as bits (part k: bit k), without writing
 * the cents: detail.ts needs only that bit per question. -1 when the split is not at most one cent
 * per part, or has more than 30 parts: splitCentsInto then.
 */
export function extraCentBits(target: number, indices: readonly number[], floors: Float64Array, partRemainders: Float64Array): number {
  const n = indices.length;
  if (n > 30) return -1;
  let sum = 0;
  for (let k = 0; k < n; k++) sum += floors[indices[k]!]!;
  const diff = target - sum;
  if (diff === 0) return 0;
  return diff > 0 && diff <= n ? largest(diff, indices, partRemainders, true) : -1;
}

function giveLargest(diff: number, indices: readonly number[], rems: Float64Array, byIndex: boolean, out: number[] | Float64Array): void {
  const bits = largest(diff, indices, rems, byIndex);
  for (let k = 0; k < indices.length; k++) if ((bits & (1 << k)) !== 0) out[indices[k]!]! += 1;
}

/**
 * The usual case, one round: the `diff` (1..n, n <= 30) parts with the largest remainders, the
 * earlier part on ties, exactly as the first round of distributeRounds picks them; as bits.
 * `rems` is indexed like the parts' values (byIndex) or by position in `indices`.
 */
function largest(diff: number, indices: readonly number[], rems: Float64Array, byIndex: boolean): number {
  const n = indices.length;
  if (diff === n) return (1 << n) - 1;
  // More than half get a cent: find the n - diff parts left out instead, the ones the rounds would
  // pick last (smallest remainder, the later part on ties), in fewer passes. NaN: the rounds decide.
  if (diff * 2 > n && (diff | 0) === diff) {
    const left = leftOut(n - diff, indices, rems, byIndex);
    if (left >= 0) return ((1 << n) - 1) & ~left;
  }
  let picked = 0; // bit per part already given a cent
  for (let round = 0; round < diff; round++) {
    let best = -1;
    let bestRemainder = 0;
    for (let k = 0; k < n; k++) {
      if ((picked & (1 << k)) !== 0) continue;
      const remainder = rems[byIndex ? indices[k]! : k]!;
      if (best < 0 || remainder > bestRemainder) {
        best = k;
        bestRemainder = remainder;
      }
    }
    picked |= 1 << best;
  }
  return picked;
}

/** Bits of the `skip` parts with the smallest remainders (the later part on ties); -1 on a NaN remainder. */
function leftOut(skip: number, indices: readonly number[], rems: Float64Array, byIndex: boolean): number {
  const n = indices.length;
  let left = 0;
  for (let round = 0; round < skip; round++) {
    let last = -1;
    let lastRemainder = 0;
    for (let k = 0; k < n; k++) {
      if ((left & (1 << k)) !== 0) continue;
      const remainder = rems[byIndex ? indices[k]! : k]!;
      if (remainder !== remainder) return -1;
      if (last < 0 || remainder <= lastRemainder) {
        last = k;
        lastRemainder = remainder;
      }
    }
    left |= 1 << last;
  }
  return left;
}

/** Every other case: several rounds (float drift) or taking cents back, one part per pick. */
function distributeRounds(diff: number, indices: readonly number[], out: number[] | Float64Array): void {
  const n = indices.length;
  const picked = new Uint8Array(n);
  // Normally 0 <= diff <= n; the loops also absorb float drift between a total and its parts.
  while (diff > 0 && n > 0) {
    // Hand one cent to each part in order of remainder, largest first, at most once per round.
    picked.fill(0);
    for (let round = 0; round < n && diff > 0; round++, diff--) out[indices[pickRemainder(n, picked, true)]!]! += 1;
  }
  while (diff < 0) {
    picked.fill(0);
    let progressed = false;
    for (let round = 0; round < n && diff < 0; round++) {
      const k = pickRemainder(n, picked, false);
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

/** The part not yet picked this round with the largest (or smallest) remainder; marks it picked. */
function pickRemainder(n: number, picked: Uint8Array, largest: boolean): number {
  let best = -1;
  let bestRemainder = 0;
  for (let k = 0; k < n; k++) {
    if (picked[k] === 1) continue;
    const remainder = remainders[k]!;
    // Giving, the earliest part wins a tie; taking, the latest (mirror images of one order).
    if (best < 0 || (largest ? remainder > bestRemainder : remainder <= bestRemainder)) {
      best = k;
      bestRemainder = remainder;
    }
  }
  if (best >= 0) picked[best] = 1;
  return best;
}

/** Largest-remainder split of `target` cents among parts proportional to `raws` (see allocateCentsInto). */
export function allocateCents(target: number, raws: readonly number[]): number[] {
  const out = new Array<number>(raws.length).fill(0);
  allocateCentsInto(target, [...raws.keys()], raws, out);
  return out;
}
