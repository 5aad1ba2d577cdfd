// Contributions at the 2 decimals shown, split top-down by largest remainder so that questions add
// up to their indicator, indicators to their pillar and pillars to the overall, exactly.
import type { TCompiledVersion } from "./compile";
import { splitCentsInto, toCents } from "./rounding";
import { explanationNode } from "./shared-parts";
import type { TTally } from "./tally";
import type { TExplanation, TExplanationIndicator, TExplanationPillar, TExplanationQuestion } from "./types";

/** Cents shown for every level; `questions[i]` etc. are indexed like the compiled version. */
export type TShownCents = { overall: number; pillars: Float64Array; indicators: Float64Array; questions: Float64Array };

/** Fills `into` (fresh buffers by default; scoring passes reused ones, see work-area.ts). */
export function shownCents(compiled: TCompiledVersion, raw: TTally, into?: TShownCents): TShownCents {
  const shown = into ?? { overall: 0, pillars: new Float64Array(compiled.pillars.length), indicators: new Float64Array(compiled.indicators.length), questions: new Float64Array(compiled.questions.length) };
  const { pillars, indicators, questions } = shown;
  // Every slot is written below when each index has exactly one parent; otherwise start from 0.
  if (into && !compiled.partitioned) {
    indicators.fill(0);
    questions.fill(0);
  }
  shown.overall = toCents(raw.overall);
  // allocateCentsInto at each level, from the exact cents tally() already split.
  splitCentsInto(shown.overall, compiled.pillarIndices, raw.pillarFloor, raw.pillarRemainder, pillars);
  for (let k = 0; k < compiled.pillars.length; k++) splitCentsInto(pillars[k]!, compiled.pillars[k]!.indicators, raw.indicatorFloor, raw.indicatorRemainder, indicators);
  for (let k = 0; k < compiled.indicators.length; k++) {
    const ind = compiled.indicators[k]!;
    splitCentsInto(indicators[ind.index]!, ind.questions, raw.questionFloor, raw.questionRemainder, questions);
  }
  return shown;
}

// Built with loops and literals of one shape each into arrays of their final length (pushing
// would grow spare capacity): this tree is about 140 objects per score. Question nodes are shared
// (`variants` per question index, see shared-parts.ts); the arrays and the nodes above are new.
export function buildExplanation(compiled: TCompiledVersion, shown: TShownCents, variants: Int32Array): TExplanation {
  const np = compiled.pillars.length;
  const pillars = new Array<TExplanationPillar>(np);
  for (let k = 0; k < np; k++) {
    const p = compiled.pillars[k]!;
    const indicators = new Array<TExplanationIndicator>(p.indicators.length);
    for (let j = 0; j < p.indicators.length; j++) {
      const i = p.indicators[j]!;
      const ind = compiled.indicators[i]!;
      const questions = new Array<TExplanationQuestion>(ind.questions.length);
      for (let m = 0; m < ind.questions.length; m++) {
        const q = compiled.questions[ind.questions[m]!]!;
        questions[m] = explanationNode(compiled, q, shown.questions[q.index]!, variants[q.index]!);
      }
      indicators[j] = { indicator: ind.id, points: shown.indicators[i]! / 100, maxPoints: ind.maxCents / 100, questions };
    }
    pillars[k] = { pillar: p.key, points: shown.pillars[k]! / 100, maxPoints: p.maxCents / 100, indicators };
  }
  return { overall: shown.overall / 100, maxPoints: compiled.maxPoints, pillars };
}
