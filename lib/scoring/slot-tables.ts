// Answers to yes-no, scale and single-choice questions are one of a few ids ("slots"). What follows
// from "question i holds its k-th id" (credit, points, their cents, the next-step gain, which
// sub-questions it shows) is computed here once per version with the very expressions scoring
// used per country, so scoring reads the numbers instead of recomputing them for every country.
import type { TCompiledQuestion } from "./compile";
import { round2 } from "./rounding";
import { matchesAny } from "./show-if";

/** Next steps skip questions whose credit is this close to the best (float noise). */
export const STEP_EPSILON = 1e-9;

export type TSlotTables = {
  /**
   * First slot of question i, -1 when its credit is not a lookup. Slot base + k: answered with the
   * k-th id of its credit table; base + (number of ids): no valid answer.
   */
  base: Int32Array;
  /** Exact points when applicable (0 when unscored or unanswered), and those points in cents as floor + remainder. */
  points: Float64Array;
  centsFloor: Float64Array;
  centsRemainder: Float64Array;
  /** Next-step gain when applicable (-1: already at its best, no step) and the gain at 2 decimals. */
  gain: Float64Array;
  gainDisplay: Float64Array;
  /**
   * Position of the slot's gain among all slots' gains, highest first, equal gains in file order
   * (-1: no step, or a gain that is not a finite number). Next steps rank lookup answers by it.
   */
  gainRank: Int32Array;
  /** Number of ranked slots. */
  ranked: number;

  /** For a question whose showIf parent is a lookup: at showBase + parent's slot, 1 when that answer shows it; else showBase is -1. */
  showBase: Int32Array;
  shows: Uint8Array;
};

/** Exact cents of a points value split as allocateCentsInto splits it: floor and remainder. */
export function exactCents(points: number): number {
  return Math.round(points * 1e8) / 1e6;
}

export function buildSlotTables(questions: readonly TCompiledQuestion[]): TSlotTables {
  const n = questions.length;
  const base = new Int32Array(n).fill(-1);
  let slots = 0;
  for (let i = 0; i < n; i++) {
    const table = questions[i]!.creditTable;
    if (table) {
      base[i] = slots;
      slots += table.keys.length + 1;
    }
  }
  const t: TSlotTables = {
    base,
    points: new Float64Array(slots),
    centsFloor: new Float64Array(slots),
    centsRemainder: new Float64Array(slots),
    gain: new Float64Array(slots),
    gainDisplay: new Float64Array(slots),
    gainRank: new Int32Array(slots).fill(-1),
    ranked: 0,
    showBase: new Int32Array(n).fill(-1),
    shows: new Uint8Array(0),
  };
  for (let i = 0; i < n; i++) {
    const q = questions[i]!;
    if (!q.creditTable) continue;
    const keys = q.creditTable.keys;
    for (let k = 0; k <= keys.length; k++) {
      const j = base[i]! + k;
      const answered = k < keys.length;
      // As tally() computed them from the answer state, for an applicable question.
      const credit = answered ? q.creditTable.credits[k]! : 0;
      t.points[j] = q.scored && answered ? q.points * credit : 0;
      const exact = exactCents(t.points[j]!);
      const floor = Math.floor(exact);
      t.centsFloor[j] = floor;
      t.centsRemainder[j] = exact - floor;
      const step = q.scored && !(credit >= q.bestCredit - STEP_EPSILON);
      t.gain[j] = step ? (q.bestCredit - credit) * q.points : -1;
      t.gainDisplay[j] = step ? round2(t.gain[j]!) : 0;
    }
  }
  // One exact order of every possible step among lookup answers (no EPSILON here; see rank-by-gain.ts).
  const steps: { j: number; i: number }[] = [];
  for (let i = 0; i < n; i++) {
    const b = base[i]!;
    if (b < 0) continue;
    for (let j = b; j <= b + questions[i]!.creditTable!.keys.length; j++) if (t.gain[j]! >= 0 && t.gain[j]! < Infinity) steps.push({ j, i });
  }
  steps.sort((a, b) => t.gain[b.j]! - t.gain[a.j]! || a.i - b.i);
  steps.forEach((step, rank) => (t.gainRank[step.j] = rank));
  t.ranked = steps.length;

  // Children of lookup parents: one range per child, as long as the parent's slots; the last slot
  // (no valid answer) shows nothing.
  let size = 0;
  for (let i = 0; i < n; i++) {
    const q = questions[i]!;
    if (q.parent < 0 || !questions[q.parent]!.creditTable) continue;
    t.showBase[i] = size;
    size += questions[q.parent]!.creditTable!.keys.length + 1;
  }
  t.shows = new Uint8Array(size);
  for (let i = 0; i < n; i++) {
    if (t.showBase[i]! < 0) continue;
    const q = questions[i]!;
    const parentKeys = questions[q.parent]!.creditTable!.keys;
    for (let k = 0; k < parentKeys.length; k++) t.shows[t.showBase[i]! + k] = matchesAny(q.showIn, parentKeys[k]) ? 1 : 0;
  }
  return t;
}
