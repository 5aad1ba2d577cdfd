// Question and indicator scores and the explanation, from the tally: the shown cents are split top
// down (overall -> pillars -> indicators -> questions) and each part's objects are built as soon as
// its cents are known, in one walk of the tree. Question scores and explanation question nodes are
// the shared frozen parts of shared-parts.ts; the arrays and the objects above them are new.
import type { TAnswerState } from "./applicability";
import type { TCompiledVersion } from "./compile";
import { buildExplanation, shownCents, type TShownCents } from "./explanation";
import { extraCentBits, splitCentsInto, toCents } from "./rounding";
import { explanationNode, otherVariantOf, questionScore, variantOf } from "./shared-parts";
import type { TTally } from "./tally";
import type { TExplanation, TExplanationIndicator, TExplanationPillar, TExplanationQuestion, TIndicatorScore, TQuestionScore } from "./types";

export type TDetail = { questions: TQuestionScore[]; indicators: TIndicatorScore[]; explanation: TExplanation };

/** Fills `shown` as it goes (and `variants` on the level-by-level path); see work-area.ts for the buffers. */
export function buildDetail(compiled: TCompiledVersion, state: TAnswerState, raw: TTally, shown: TShownCents, variants: Int32Array): TDetail {
  // One walk needs every question in exactly one indicator and every indicator in one pillar.
  if (!compiled.partitioned) return buildDetailInPasses(compiled, state, raw, shown, variants);
  const questions = new Array<TQuestionScore>(compiled.questions.length);
  const indicators = new Array<TIndicatorScore>(compiled.indicators.length);
  const np = compiled.pillars.length;
  const pillarNodes = new Array<TExplanationPillar>(np);
  const { scores, nodes } = compiled.shared;
  const bases = raw.variants;
  const floors = raw.questionFloor;
  const cents = shown.questions;
  shown.overall = toCents(raw.overall);
  splitCentsInto(shown.overall, compiled.pillarIndices, raw.pillarFloor, raw.pillarRemainder, shown.pillars);
  for (let k = 0; k < np; k++) {
    const p = compiled.pillars[k]!;
    splitCentsInto(shown.pillars[k]!, p.indicators, raw.indicatorFloor, raw.indicatorRemainder, shown.indicators);
    const indicatorNodes = new Array<TExplanationIndicator>(p.indicators.length);
    for (let j = 0; j < p.indicators.length; j++) {
      const ii = p.indicators[j]!;
      const ind = compiled.indicators[ii]!;
      const indicatorCents = shown.indicators[ii]!;
      // Usually each question gets its floor or one cent more: only that bit is computed.
      const bits = extraCentBits(indicatorCents, ind.questions, floors, raw.questionRemainder);
      if (bits < 0) splitCentsInto(indicatorCents, ind.questions, floors, raw.questionRemainder, cents);
      const questionNodes = new Array<TExplanationQuestion>(ind.questions.length);
      for (let m = 0; m < ind.questions.length; m++) {
        const i = ind.questions[m]!;
        let extra: number;
        if (bits >= 0) {
          extra = (bits >> m) & 1;
          cents[i] = floors[i]! + extra;
        } else extra = cents[i]! - floors[i]!;
        // The usual case inline: a lookup answer whose parts are built already.
        const base = bases[i]!;
        if (base >= 0 && (extra === 0 || extra === 1)) {
          const score = scores[base | extra];
          const node = nodes[base | extra];
          if (score !== undefined && node !== undefined) {
            questions[i] = score;
            questionNodes[m] = node;
            continue;
          }
        }
        const variant = variantFor(compiled, state, raw, cents[i]!, i);
        questions[i] = questionScore(compiled, state, raw.questions[i]!, cents[i]!, i, variant);
        questionNodes[m] = explanationNode(compiled, compiled.questions[i]!, cents[i]!, variant);
      }
      indicators[ii] = indicatorScore(compiled, raw, indicatorCents, ii);
      indicatorNodes[j] = { indicator: ind.id, points: indicatorCents / 100, maxPoints: ind.maxCents / 100, questions: questionNodes };
    }
    pillarNodes[k] = { pillar: p.key, points: shown.pillars[k]! / 100, maxPoints: p.maxCents / 100, indicators: indicatorNodes };
  }
  return { questions, indicators, explanation: { overall: shown.overall / 100, maxPoints: compiled.maxPoints, pillars: pillarNodes } };
}

/** The same, level by level (a version whose questions or indicators are not a partition). */
function buildDetailInPasses(compiled: TCompiledVersion, state: TAnswerState, raw: TTally, into: TShownCents, variants: Int32Array): TDetail {
  const shown = shownCents(compiled, raw, into);
  const nq = compiled.questions.length;
  const questions = new Array<TQuestionScore>(nq);
  for (let i = 0; i < nq; i++) {
    const cents = shown.questions[i]!;
    const variant = variantFor(compiled, state, raw, cents, i);
    variants[i] = variant;
    questions[i] = questionScore(compiled, state, raw.questions[i]!, cents, i, variant);
  }
  const indicators = new Array<TIndicatorScore>(compiled.indicators.length);
  for (let k = 0; k < indicators.length; k++) indicators[k] = indicatorScore(compiled, raw, shown.indicators[k]!, k);
  return { questions, indicators, explanation: buildExplanation(compiled, shown, variants) };
}

function variantFor(compiled: TCompiledVersion, state: TAnswerState, raw: TTally, cents: number, i: number): number {
  const base = raw.variants[i]!;
  return base >= 0 ? variantOf(base, cents, raw.questionFloor[i]!) : otherVariantOf(compiled.shared, state, i, cents, raw.questionFloor[i]!);
}

function indicatorScore(compiled: TCompiledVersion, raw: TTally, cents: number, k: number): TIndicatorScore {
  const ind = compiled.indicators[k]!;
  const score = raw.indicators[k]!;
  return { id: ind.id, pillar: compiled.pillars[ind.pillar]!.key, score, display: cents / 100, maxPoints: ind.points, fraction: ind.points > 0 ? score / ind.points : 0 };
}
