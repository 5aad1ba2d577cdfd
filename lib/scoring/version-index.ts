// What scoring needs of a version that does not depend on answers: positions instead of ids, each
// question's credit rule, best and worst answers, skip-logic parent, and the displayed maxima.
// Built once per version object (versions are immutable once loaded).
import type { TPillarId } from "@/lib/questionnaire/constants";
import type { TNormalizedQuestion, TNormalizedQuestionnaire } from "@/lib/questionnaire/model";
import { bestAnswer, creditFunctionFor, worstAnswer, type TAnswerChoice, type TCreditFunction } from "./credit";
import { allocateCents, toCents } from "./rounding";

export type TIndexedQuestion = {
  id: string;
  index: number;
  question: TNormalizedQuestion;
  pillar: number;
  pillarId: TPillarId;
  indicator: number;
  /** Points when fully credited; 0 for informational questions. */
  points: number;
  /** Can earn points (scored, with points > 0). */
  scored: boolean;
  /** The id is also an Object.prototype property ("constructor"). */
  inheritedName: boolean;
  creditOf: TCreditFunction;
  best: TAnswerChoice;
  worst: TAnswerChoice;
  /** Index of the showIf parent, -1 when always shown. */
  parent: number;
  /** Parent answer values that show this question (see inListKeys). */
  showIn: ReadonlySet<string>;
  /** Children that the best answer shows (next steps list the hidden ones as `opens`). */
  bestOpens: number[];
  /** Displayed maximum in cents, so that displayed maxima add up to indicator and pillar maxima. */
  maxCents: number;
};

export type TIndexedIndicator = { id: string; pillar: number; points: number; questions: number[]; maxCents: number };
export type TIndexedPillar = { id: TPillarId; points: number; indicators: number[]; maxCents: number };

export type TIndexedVersion = {
  version: TNormalizedQuestionnaire;
  questions: TIndexedQuestion[];
  indicators: TIndexedIndicator[];
  pillars: TIndexedPillar[];
  /** Question indices with every showIf parent before its children. */
  order: number[];
  questionIndex: ReadonlyMap<string, number>;
  indicatorIndex: ReadonlyMap<string, number>;
  maxPoints: number;
};

const cache = new WeakMap<TNormalizedQuestionnaire, TIndexedVersion>();

export function indexVersion(version: TNormalizedQuestionnaire): TIndexedVersion {
  let indexed = cache.get(version);
  if (!indexed) cache.set(version, (indexed = build(version)));
  return indexed;
}

/** `in` lists may hold YAML booleans; for yes-no questions true/false mean "yes"/"no". */
export function inListKeys(values: readonly (string | boolean)[], type: string): Set<string> {
  return new Set(values.map((v) => (typeof v === "boolean" ? (type === "yes-no" ? (v ? "yes" : "no") : String(v)) : v)));
}

/** A value is in an `in` list; a multiple-choice answer when any ticked option is. */
export function matchesAny(keys: ReadonlySet<unknown>, value: unknown): boolean {
  return Array.isArray(value) ? value.some((v) => keys.has(v)) : keys.has(value);
}

function build(version: TNormalizedQuestionnaire): TIndexedVersion {
  const questionIndex = new Map(version.questions.map((q, i) => [q.id, i]));
  const indicatorIndex = new Map(version.indicators.map((ind, i) => [ind.id, i]));
  const pillarIndex = new Map(version.pillars.map((p, i) => [p.id, i]));

  const questions: TIndexedQuestion[] = version.questions.map((q, index) => {
    const parent = q.showIf ? questionIndex.get(q.showIf.question) : -1;
    if (parent === undefined) throw new Error(`question "${q.id}": showIf refers to unknown question "${q.showIf?.question}"`);
    const best = bestAnswer(q);
    return {
      id: q.id,
      index,
      question: q,
      pillar: pillarIndex.get(q.pillar)!,
      pillarId: q.pillar,
      indicator: indicatorIndex.get(q.indicator)!,
      points: q.scored ? q.points : 0,
      scored: q.scored && q.points > 0,
      inheritedName: q.id in Object.prototype,
      creditOf: creditFunctionFor(q),
      // A best list is shared by every next step of the question: frozen.
      best: Array.isArray(best.value) ? { value: Object.freeze(best.value) as string[], credit: best.credit } : best,
      worst: worstAnswer(q),
      parent,
      showIn: inListKeys(q.showIf?.in ?? [], parent >= 0 ? version.questions[parent]!.type : ""),
      bestOpens: [],
      maxCents: 0,
    };
  });
  for (const q of questions) if (q.parent >= 0 && matchesAny(q.showIn, questions[q.parent]!.best.value)) questions[q.parent]!.bestOpens.push(q.index);

  const indicators = version.indicators.map((ind) => ({
    id: ind.id,
    pillar: pillarIndex.get(ind.pillar)!,
    points: ind.points,
    questions: ind.questionIds.map((id) => questionIndex.get(id)!),
    maxCents: 0,
  }));
  const pillars = version.pillars.map((p) => ({
    id: p.id,
    points: p.points,
    indicators: p.indicatorIds.map((id) => indicatorIndex.get(id)!),
    maxCents: toCents(p.points),
  }));
  // Displayed maxima: each pillar's 20.00 split exactly among its indicators, then their questions.
  for (const p of pillars)
    allocateCents(
      p.maxCents,
      p.indicators.map((i) => indicators[i]!.points),
    ).forEach((c, k) => (indicators[p.indicators[k]!]!.maxCents = c));
  for (const ind of indicators)
    allocateCents(
      ind.maxCents,
      ind.questions.map((q) => questions[q]!.points),
    ).forEach((c, k) => (questions[ind.questions[k]!]!.maxCents = c));

  return {
    version,
    questions,
    indicators,
    pillars,
    order: showIfOrder(questions),
    questionIndex,
    indicatorIndex,
    maxPoints: pillars.reduce((s, p) => s + p.points, 0),
  };
}

/** Parents before children (file order otherwise); a showIf cycle is a broken version. */
function showIfOrder(questions: TIndexedQuestion[]): number[] {
  const order: number[] = [];
  const state = questions.map(() => "new" as "new" | "visiting" | "done");
  const visit = (i: number) => {
    if (state[i] === "done") return;
    if (state[i] === "visiting") throw new Error(`question "${questions[i]!.id}": showIf forms a cycle`);
    state[i] = "visiting";
    if (questions[i]!.parent >= 0) visit(questions[i]!.parent);
    state[i] = "done";
    order.push(i);
  };
  questions.forEach((_, i) => visit(i));
  return order;
}
