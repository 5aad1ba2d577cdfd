// Exact points earned at every level, and the cents shown for them.
import type { TAnswerState } from "./applicability";
import { allocateCents, toCents } from "./rounding";
import type { TIndexedVersion } from "./version-index";

export type TPoints = { questions: number[]; indicators: number[]; pillars: number[]; overall: number };

/** Points = question points x credit, for applicable, answered, scored questions; summed upwards in file order. */
export function pointsOf(indexed: TIndexedVersion, state: TAnswerState): TPoints {
  const questions = indexed.questions.map((q, i) => (q.scored && state.applicable[i] && state.answered[i] ? q.points * state.credits[i]! : 0));
  const indicators = new Array<number>(indexed.indicators.length).fill(0);
  questions.forEach((points, i) => (indicators[indexed.questions[i]!.indicator]! += points));
  const pillars = new Array<number>(indexed.pillars.length).fill(0);
  indicators.forEach((points, k) => (pillars[indexed.indicators[k]!.pillar]! += points));
  return { questions, indicators, pillars, overall: pillars.reduce((s, p) => s + p, 0) };
}

export type TShownCents = { overall: number; pillars: number[]; indicators: number[]; questions: number[] };

/** The overall rounded, then split top down so that each level adds up exactly to its parent (see rounding.ts). */
export function shownCents(indexed: TIndexedVersion, points: TPoints): TShownCents {
  const overall = toCents(points.overall);
  const pillars = allocateCents(overall, points.pillars);
  const indicators = new Array<number>(indexed.indicators.length).fill(0);
  const questions = new Array<number>(indexed.questions.length).fill(0);
  indexed.pillars.forEach((p, k) => split(pillars[k]!, p.indicators, points.indicators, indicators));
  indexed.indicators.forEach((ind, k) => split(indicators[k]!, ind.questions, points.questions, questions));
  return { overall, pillars, indicators, questions };
}

function split(target: number, parts: readonly number[], raws: readonly number[], out: number[]): void {
  const cents = allocateCents(
    target,
    parts.map((i) => raws[i]!),
  );
  for (let k = 0; k < parts.length; k++) out[parts[k]!] = cents[k]!;
}
