// Result parts shared between scores (flyweights). A question's score and its explanation node
// follow from a small state: for lookup answers (yes-no, scale, single-choice) the answer's slot
// (slot-tables.ts), whether the question is applicable, and whether the largest-remainder split
// gave its floor or floor + 1 cent; for the other types the credit instead of the slot. A next step
// of a lookup answer follows from its slot alone. Building new, equal objects for every country was
// most of a score's cost (about 45 KB and 1,000 heap numbers each), so each combination is built
// once per compiled version when first needed, frozen, and handed to every result that needs it.
// The cache is bounded by the version: 4 variants per slot, 1 step per slot, and 8 per credit for
// at most OTHER_CREDITS credits per other question (past that, parts are built per score, frozen
// alike, so no caller comes to rely on mutating them). The arrays holding the parts are new per
// result. A part's fields are the ones the first score needing it computed; what makes that safe is
// spelled out at each key below, and tests/unit/scoring-shared-parts.test.ts checks it.
import type { TAnswerState } from "./applicability";
import type { TCompiledQuestion, TCompiledVersion } from "./compile";
import type { TSlotTables } from "./slot-tables";
import type { TExplanationQuestion, TNextStep, TQuestionScore } from "./types";

/** Credits kept per question whose credit is not a lookup (text and date have 1, multiple-choice up to 2^options). */
const OTHER_CREDITS = 64;

export type TSharedParts = {
  /**
   * Question score and explanation node by variant: 4 per lookup slot (see variantOf), then 8 per
   * credit kept of the other questions (see otherVariantOf).
   */
  scores: (TQuestionScore | undefined)[];
  nodes: (TExplanationQuestion | undefined)[];
  /** Next step by slot: an applicable lookup question with that answer. */
  steps: (TNextStep | undefined)[];
  /** Next step of another question whose best answer opens nothing: 2 per credit kept (unanswered, answered). */
  otherSteps: (TNextStep | undefined)[];
  lookupVariants: number;
  /** Per question, its position among the questions whose credit is not a lookup (-1 for lookups) ... */
  other: Int32Array;
  /** ... the credits of theirs seen so far, OTHER_CREDITS each, and how many. */
  otherCredits: Float64Array;
  otherCount: Int32Array;
};

/** `opens` of every step that opens nothing. */
export const NO_OPENS: readonly string[] = Object.freeze([]);

export function newSharedParts(questions: readonly TCompiledQuestion[], slots: TSlotTables): TSharedParts {
  const lookupVariants = slots.points.length * 4;
  const other = new Int32Array(questions.length).fill(-1);
  let others = 0;
  for (let i = 0; i < questions.length; i++) if (slots.base[i]! < 0) other[i] = others++;
  const credits = others * OTHER_CREDITS;
  return {
    scores: new Array<TQuestionScore | undefined>(lookupVariants + credits * 8).fill(undefined),
    nodes: new Array<TExplanationQuestion | undefined>(lookupVariants + credits * 8).fill(undefined),
    steps: new Array<TNextStep | undefined>(slots.points.length).fill(undefined),
    otherSteps: new Array<TNextStep | undefined>(credits * 2).fill(undefined),
    lookupVariants,
    other,
    otherCredits: new Float64Array(credits),
    otherCount: new Int32Array(others),
  };
}

/**
 * Variant of a lookup question in this score: slot * 4 + applicable * 2 (tally() writes that as
 * `base`) + the cent the largest-remainder split added to its floor, 0 or 1. Any other move (float
 * drift, taking cents back) gives -1: parts built for this score only.
 */
export function variantOf(base: number, shownCents: number, floorCents: number): number {
  const extra = shownCents - floorCents;
  return extra === 0 || extra === 1 ? base | extra : -1;
}

/**
 * Variant of question i whose credit is not a lookup: its points follow from applicable, answered
 * and the credit (as tally() computes them), so those and the extra cent name it. -1 when the
 * question's credits kept are all taken, or when the split moved it by another amount.
 */
export function otherVariantOf(shared: TSharedParts, state: TAnswerState, i: number, shownCents: number, floorCents: number): number {
  const extra = shownCents - floorCents;
  if (extra !== 0 && extra !== 1) return -1;
  const applicable = state.applicable[i]!;
  const answered = state.answered[i]!;
  // Credit counts only when applicable and answered (else it is 0, the buffer's reset value).
  const c = creditIndexOf(shared, i, applicable === 1 && answered === 1 ? state.credits[i]! : 0);
  return c < 0 ? -1 : shared.lookupVariants + c * 8 + ((applicable << 2) | (answered << 1) | extra);
}

/** Index of `credit` among the credits kept for question i (added when new); -1 when they are all taken, or for -0 and NaN. */
function creditIndexOf(shared: TSharedParts, i: number, credit: number): number {
  if ((credit === 0 && 1 / credit < 0) || credit !== credit) return -1;
  const o = shared.other[i]!;
  const first = o * OTHER_CREDITS;
  const count = shared.otherCount[o]!;
  const credits = shared.otherCredits;
  let c = 0;
  while (c < count && credits[first + c] !== credit) c++;
  if (c === count) {
    if (c === OTHER_CREDITS) return -1;
    credits[first + c] = credit;
    shared.otherCount[o] = count + 1;
  }
  return first + c;
}

export function questionScore(compiled: TCompiledVersion, state: TAnswerState, points: number, shownCents: number, i: number, variant: number): TQuestionScore {
  if (variant < 0) return newQuestionScore(compiled.questions[i]!, state, points, shownCents, i);
  const shared = compiled.shared.scores;
  return shared[variant] ?? (shared[variant] = newQuestionScore(compiled.questions[i]!, state, points, shownCents, i));
}

function newQuestionScore(q: TCompiledQuestion, state: TAnswerState, points: number, shownCents: number, i: number): TQuestionScore {
  const applicable = state.applicable[i] === 1;
  const answered = state.answered[i] === 1;
  return Object.freeze({
    id: q.id,
    pillar: q.pillarKey,
    indicator: q.indicatorId,
    credit: applicable && answered ? state.credits[i]! : null,
    points,
    display: shownCents / 100,
    maxPoints: q.points,
    applicable,
    answered,
  });
}

export function explanationNode(compiled: TCompiledVersion, q: TCompiledQuestion, shownCents: number, variant: number): TExplanationQuestion {
  if (variant < 0) return newExplanationNode(q, shownCents);
  const shared = compiled.shared.nodes;
  return shared[variant] ?? (shared[variant] = newExplanationNode(q, shownCents));
}

function newExplanationNode(q: TCompiledQuestion, shownCents: number): TExplanationQuestion {
  return Object.freeze({ question: q.id, points: shownCents / 100, maxPoints: q.maxCents / 100 });
}

/**
 * Next step of applicable question i, a candidate of tally(). For a lookup answer (slot j >= 0)
 * every field follows from j: gain and credit from the slot tables, and `opens` too, since a child
 * of a lookup question is shown exactly when the (applicable) parent's slot shows it. For the other
 * questions gain follows from the credit (as tally() computes it); `opens` from the value itself,
 * so only steps of questions whose best answer shows no children are shared.
 */
export function nextStep(compiled: TCompiledVersion, state: TAnswerState, i: number, j: number, gain: number, display: number): TNextStep {
  if (j >= 0) {
    const shared = compiled.shared.steps;
    return shared[j] ?? (shared[j] = newNextStep(compiled, state, i, gain, display));
  }
  if (compiled.questions[i]!.bestOpens.length > 0) return newNextStep(compiled, state, i, gain, display);
  const answered = state.answered[i]!;
  const c = creditIndexOf(compiled.shared, i, answered === 1 ? state.credits[i]! : 0);
  if (c < 0) return newNextStep(compiled, state, i, gain, display);
  const shared = compiled.shared.otherSteps;
  return shared[c * 2 + answered] ?? (shared[c * 2 + answered] = newNextStep(compiled, state, i, gain, display));
}

function newNextStep(compiled: TCompiledVersion, state: TAnswerState, i: number, gain: number, display: number): TNextStep {
  const questions = compiled.questions;
  const q = questions[i]!;
  const answered = state.answered[i] === 1;
  // Children the best answer shows are known per version; only their current visibility varies.
  let opens: string[] | null = null;
  for (let m = 0; m < q.bestOpens.length; m++) {
    const child = q.bestOpens[m]!;
    if (state.applicable[child] === 0) (opens ??= []).push(questions[child]!.id);
  }
  return Object.freeze({
    question: q.id,
    pillar: q.pillarKey,
    indicator: q.indicatorId,
    gain,
    display,
    answered,
    credit: answered ? state.credits[i]! : 0,
    bestAnswer: q.bestValue,
    bestCredit: q.bestCredit,
    opens: opens === null ? NO_OPENS : Object.freeze(opens),
  });
}
