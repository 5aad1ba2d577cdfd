// One pass over the questions once the answers are read: exact points (with each question's cents
// split into floor and remainder for the explanation), completion counts, and the next-step
// candidates with their gains. Lookup answers read all of it from the slot tables.
import type { TAnswerState } from "./applicability";
import type { TCompiledVersion } from "./compile";
import { round2 } from "./rounding";
import { exactCents, STEP_EPSILON } from "./slot-tables";

/** Next-step candidates in file order, and the buffers rank-by-gain.ts ranks them with. */
export type TStepCandidates = {
  count: number;
  questions: Int32Array;
  /** The candidate's slot (slot-tables.ts), -1 when its credit is not a lookup. */
  slots: Int32Array;
  gains: Float64Array;
  displays: Float64Array;
  perPillar: Int32Array;
  /** Scratch for buildNextSteps: steps placed so far per pillar. */
  perPillarFilled: Int32Array;
  /** Positions of candidates without a precomputed rank (not lookups), `dynamicCount` of them. */
  dynamicCount: number;
  dynamic: Int32Array;
  /** Bit per precomputed gain rank present, and the position of the candidate holding it. */
  words: Int32Array;
  positionOfRank: Int32Array;
  sorted: Int32Array;
  order: Int32Array;
};

export type TTally = {
  /** Exact points by question, indicator and pillar index. */
  questions: Float64Array;
  indicators: Float64Array;
  pillars: Float64Array;
  overall: number;
  /** Exact points in cents (as allocateCentsInto computes them) split into floor and remainder. */
  questionFloor: Float64Array;
  questionRemainder: Float64Array;
  indicatorFloor: Float64Array;
  indicatorRemainder: Float64Array;
  pillarFloor: Float64Array;
  pillarRemainder: Float64Array;
  /** Required questions by pillar index: applicable ones, and those answered. */
  requiredApplicable: Int32Array;
  requiredAnswered: Int32Array;
  /**
   * Per question, its shared result parts' variant (see shared-parts.ts) without the extra-cent
   * bit, which only the split of the shown cents decides: slot * 4 + applicable * 2, or -1.
   */
  variants: Int32Array;
  steps: TStepCandidates;
};

export function newTally(compiled: TCompiledVersion): TTally {
  const nq = compiled.questions.length;
  const np = compiled.pillars.length;
  const ranks = compiled.slots.ranked;
  return {
    questions: new Float64Array(nq),
    indicators: new Float64Array(compiled.indicators.length),
    pillars: new Float64Array(np),
    overall: 0,
    questionFloor: new Float64Array(nq),
    questionRemainder: new Float64Array(nq),
    indicatorFloor: new Float64Array(compiled.indicators.length),
    indicatorRemainder: new Float64Array(compiled.indicators.length),
    pillarFloor: new Float64Array(np),
    pillarRemainder: new Float64Array(np),
    requiredApplicable: new Int32Array(np),
    requiredAnswered: new Int32Array(np),
    variants: new Int32Array(nq),
    steps: {
      count: 0,
      questions: new Int32Array(nq),
      slots: new Int32Array(nq),
      gains: new Float64Array(nq),
      displays: new Float64Array(nq),
      perPillar: new Int32Array(np),
      perPillarFilled: new Int32Array(np),
      dynamicCount: 0,
      dynamic: new Int32Array(nq),
      words: new Int32Array((ranks >> 5) + 1),
      positionOfRank: new Int32Array(ranks),
      sorted: new Int32Array(nq),
      order: new Int32Array(nq),
    },
  };
}

/** Fills `into` from an answer state (every buffer is rewritten or reset). */
export function tally(compiled: TCompiledVersion, state: TAnswerState, into: TTally): TTally {
  const { questions, indicators, pillars, questionFloor, questionRemainder, requiredApplicable, requiredAnswered, variants, steps } = into;
  const slots = compiled.slots;
  indicators.fill(0);
  pillars.fill(0);
  requiredApplicable.fill(0);
  requiredAnswered.fill(0);
  steps.perPillar.fill(0);
  steps.words.fill(0);
  let n = 0;
  let d = 0;
  for (let i = 0; i < questions.length; i++) {
    const q = compiled.questions[i]!;
    const k = state.slot[i]!;
    if (state.applicable[i] === 0) {
      questions[i] = 0;
      questionFloor[i] = 0;
      questionRemainder[i] = 0;
      variants[i] = k >= 0 ? (slots.base[i]! + k) << 2 : -1;
      continue;
    }
    const answered = state.answered[i] === 1;
    if (q.required) {
      requiredApplicable[q.pillar]!++;
      if (answered) requiredAnswered[q.pillar]!++;
    }
    let gain = -1;
    let display = 0;
    let rank = -1;
    let j = -1;
    if (k >= 0) {
      j = slots.base[i]! + k;
      variants[i] = (j << 2) | 2;
      questions[i] = slots.points[j]!;
      questionFloor[i] = slots.centsFloor[j]!;
      questionRemainder[i] = slots.centsRemainder[j]!;
      gain = slots.gain[j]!;
      display = slots.gainDisplay[j]!;
      rank = slots.gainRank[j]!;
    } else {
      variants[i] = -1;
      const current = answered ? state.credits[i]! : 0;
      questions[i] = q.scored && answered ? q.points * current : 0;
      const exact = exactCents(questions[i]!);
      const floor = Math.floor(exact);
      questionFloor[i] = floor;
      questionRemainder[i] = exact - floor;
      // Next steps skip questions at (or within float noise of) their best answer.
      if (q.scored && !(current >= q.bestCredit - STEP_EPSILON)) {
        gain = (q.bestCredit - current) * q.points;
        display = round2(gain);
      }
    }
    // Adding 0 for questions that earn nothing leaves the sum as it was.
    indicators[q.indicator]! += questions[i]!;
    if (gain < 0) continue; // -1: no step (a NaN gain stays a candidate, as it always was)
    steps.questions[n] = i;
    steps.slots[n] = j;
    steps.gains[n] = gain;
    steps.displays[n] = display;
    steps.perPillar[q.pillar]!++;
    if (rank >= 0) {
      steps.words[rank >> 5]! |= 1 << (rank & 31);
      steps.positionOfRank[rank] = n;
    } else steps.dynamic[d++] = n;
    n++;
  }
  steps.count = n;
  steps.dynamicCount = d;
  for (let k = 0; k < indicators.length; k++) {
    pillars[compiled.indicators[k]!.pillar]! += indicators[k]!;
    const exact = exactCents(indicators[k]!);
    const floor = Math.floor(exact);
    into.indicatorFloor[k] = floor;
    into.indicatorRemainder[k] = exact - floor;
  }
  let overall = 0;
  for (let p = 0; p < pillars.length; p++) {
    overall += pillars[p]!;
    const exact = exactCents(pillars[p]!);
    const floor = Math.floor(exact);
    into.pillarFloor[p] = floor;
    into.pillarRemainder[p] = exact - floor;
  }
  into.overall = overall;
  return into;
}
