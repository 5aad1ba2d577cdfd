// Contributions at the 2 decimals shown, split top-down by largest remainder so that questions add
// up to their indicator, indicators to their pillar and pillars to the overall, exactly.
import type { TCompiledVersion } from "./compile";
import { allocateCentsInto, toCents } from "./rounding";
import type { TExplanation } from "./types";

export type TRawScores = { questions: Float64Array; indicators: Float64Array; pillars: Float64Array; overall: number };

/** Cents shown for every level; `questions[i]` etc. are indexed like the compiled version. */
export type TShownCents = { overall: number; pillars: number[]; indicators: number[]; questions: number[] };

export function shownCents(compiled: TCompiledVersion, raw: TRawScores): TShownCents {
  const overall = toCents(raw.overall);
  const pillars = new Array<number>(compiled.pillars.length).fill(0);
  const indicators = new Array<number>(compiled.indicators.length).fill(0);
  const questions = new Array<number>(compiled.questions.length).fill(0);
  allocateCentsInto(overall, compiled.pillarIndices, raw.pillars, pillars);
  compiled.pillars.forEach((p, k) => allocateCentsInto(pillars[k]!, p.indicators, raw.indicators, indicators));
  for (const ind of compiled.indicators) allocateCentsInto(indicators[ind.index]!, ind.questions, raw.questions, questions);
  return { overall, pillars, indicators, questions };
}

export function buildExplanation(compiled: TCompiledVersion, shown: TShownCents): TExplanation {
  return {
    overall: shown.overall / 100,
    maxPoints: compiled.maxPoints,
    pillars: compiled.pillars.map((p, k) => ({
      pillar: p.key,
      points: shown.pillars[k]! / 100,
      maxPoints: p.maxCents / 100,
      indicators: p.indicators.map((i) => {
        const ind = compiled.indicators[i]!;
        return {
          indicator: ind.id,
          points: shown.indicators[i]! / 100,
          maxPoints: ind.maxCents / 100,
          questions: ind.questions.map((q) => ({
            question: compiled.questions[q]!.id,
            points: shown.questions[q]! / 100,
            maxPoints: compiled.questions[q]!.maxCents / 100,
          })),
        };
      }),
    })),
  };
}
