// Everything about a version that does not depend on answers, computed once and cached, so that
// scoring a country is a few array passes (194 countries well under 20 ms).
import type { TPillarId } from "@/lib/questionnaire/format-schema";
import type { TNormalizedQuestion, TNormalizedQuestionnaire, TPillarKey, TTierRule } from "@/lib/questionnaire/model";
import { PILLAR_KEYS } from "@/lib/questionnaire/model";
import { bestAnswer, worstAnswer, type TAnswerChoice } from "./credit";
import { creditTableFor, otherCreditFor, type TCreditTable, type TOtherCredit } from "./credit-compiled";
import { allocateCents, toCents } from "./rounding";
import { matchesAny } from "./show-if";
import { newSharedParts, type TSharedParts } from "./shared-parts";
import { buildSlotTables, type TSlotTables } from "./slot-tables";

export type TCompiledQuestion = {
  id: string;
  index: number;
  question: TNormalizedQuestion;
  pillar: number;
  indicator: number;
  points: number;
  scored: boolean;
  required: boolean;
  /** The id is also an Object.prototype property ("constructor"): check answers own it. */
  inheritedName: boolean;
  /** Text questions: blank text means unanswered (see isUnanswered). */
  blankIsUnanswered: boolean;
  /** creditFunctionFor's rule as a lookup table (yes-no, scale, single-choice), else null ... */
  creditTable: TCreditTable | null;
  /** ... or as a record for the other types (see credit-compiled.ts). */
  otherCredit: TOtherCredit;
  best: TAnswerChoice;
  /**
   * best.value and best.credit as own fields: best answers come in several object shapes, so
   * reading through `best` per step is a polymorphic load. A list (multiple-choice) is frozen:
   * every next step of the question shares it.
   */
  bestValue: string | number | readonly string[];
  bestCredit: number;
  worst: TAnswerChoice;
  /** Index of the showIf parent, -1 when always shown. */
  parent: number;
  /** Parent answer values that show this question (booleans mapped to "yes"/"no" for yes-no parents). */
  showIn: ReadonlySet<string>;
  children: number[];
  /** Children that the best answer shows (next steps list the hidden ones as `opens`). */
  bestOpens: number[];
  /** Displayed maximum (cents) so that displayed maxima add up to indicator and pillar maxima. */
  maxCents: number;
  /** The pillar's key and the indicator's id, so result objects are built without lookups. */
  pillarKey: TPillarKey;
  indicatorId: string;
};

export type TCompiledIndicator = { id: string; index: number; pillar: number; points: number; questions: number[]; maxCents: number };
export type TCompiledPillar = { id: TPillarId; key: TPillarKey; points: number; indicators: number[]; maxCents: number };

export type TCompiledVersion = {
  version: TNormalizedQuestionnaire;
  questions: TCompiledQuestion[];
  indicators: TCompiledIndicator[];
  pillars: TCompiledPillar[];
  /** Question indices with every showIf parent before its children. */
  order: number[];
  /** 0..pillars.length-1, for allocations over all pillars. */
  pillarIndices: number[];
  questionIndex: ReadonlyMap<string, number>;
  /** questionIndex as a prototype-less object: found by a key from `for...in` several times faster than through the Map. */
  questionIndexById: Readonly<Record<string, number | undefined>>;
  indicatorIndex: ReadonlyMap<string, number>;
  maxPoints: number;
  /** Per-answer numbers of lookup questions, computed once (see slot-tables.ts). */
  slots: TSlotTables;
  /** Frozen result parts shared by every score of this version, built when first needed (see shared-parts.ts). */
  shared: TSharedParts;
  /** Every question is in exactly one indicator's list, every indicator in exactly one pillar's. */
  partitioned: boolean;
  /** Tiers highest `min` first (a stable sort, as tierFor) with each `min` in cents. */
  tiersByMin: TTierRule[];
  tierMinCents: number[];
};

const cache = new WeakMap<TNormalizedQuestionnaire, TCompiledVersion>();

/** Compiled form of a version, cached per version object (versions are immutable once loaded). */
export function compileVersion(version: TNormalizedQuestionnaire): TCompiledVersion {
  let compiled = cache.get(version);
  if (!compiled) cache.set(version, (compiled = build(version)));
  return compiled;
}

/** `in` lists may hold YAML booleans; for yes-no questions true/false mean "yes"/"no". */
export function inListKeys(values: readonly (string | boolean)[], type: string): Set<string> {
  return new Set(values.map((v) => (typeof v === "boolean" ? (type === "yes-no" ? (v ? "yes" : "no") : String(v)) : v)));
}

function build(version: TNormalizedQuestionnaire): TCompiledVersion {
  const questionIndex = new Map(version.questions.map((q, i) => [q.id, i]));
  const indicatorIndex = new Map(version.indicators.map((ind, i) => [ind.id, i]));
  const pillarIndex = new Map(version.pillars.map((p, i) => [p.id, i]));

  const questions: TCompiledQuestion[] = version.questions.map((q, index) => {
    const parent = q.showIf ? questionIndex.get(q.showIf.question) : -1;
    if (parent === undefined) throw new Error(`question "${q.id}": showIf refers to unknown question "${q.showIf?.question}"`);
    const parentType = parent >= 0 ? version.questions[parent]!.type : "";
    const best = bestAnswer(q);
    return {
      id: q.id,
      index,
      question: q,
      pillar: pillarIndex.get(q.pillar)!,
      indicator: indicatorIndex.get(q.indicator)!,
      points: q.scored ? q.points : 0,
      scored: q.scored && q.points > 0,
      required: q.required,
      inheritedName: q.id in Object.prototype,
      blankIsUnanswered: q.type === "text",
      creditTable: creditTableFor(q),
      otherCredit: otherCreditFor(q),
      best,
      bestValue: Array.isArray(best.value) ? Object.freeze(best.value) : best.value,
      bestCredit: best.credit,
      worst: worstAnswer(q),
      parent,
      showIn: inListKeys(q.showIf?.in ?? [], parentType),
      children: [],
      bestOpens: [],
      maxCents: 0,
      pillarKey: PILLAR_KEYS[q.pillar],
      indicatorId: q.indicator,
    };
  });
  for (const q of questions) {
    if (q.parent < 0) continue;
    const parent = questions[q.parent]!;
    parent.children.push(q.index);
    if (matchesAny(q.showIn, parent.best.value)) parent.bestOpens.push(q.index);
  }

  const indicators: TCompiledIndicator[] = version.indicators.map((ind, index) => ({
    id: ind.id,
    index,
    pillar: pillarIndex.get(ind.pillar)!,
    points: ind.points,
    questions: ind.questionIds.map((id) => questionIndex.get(id)!),
    maxCents: 0,
  }));
  const pillars: TCompiledPillar[] = version.pillars.map((p) => ({
    id: p.id,
    key: PILLAR_KEYS[p.id],
    points: p.points,
    indicators: p.indicatorIds.map((id) => indicatorIndex.get(id)!),
    maxCents: toCents(p.points),
  }));

  // Displayed maxima: each pillar's 20.00 split exactly among indicators, then questions.
  for (const p of pillars) {
    const cents = allocateCents(p.maxCents, p.indicators.map((i) => indicators[i]!.points));
    p.indicators.forEach((i, k) => (indicators[i]!.maxCents = cents[k]!));
  }
  for (const ind of indicators) {
    const cents = allocateCents(ind.maxCents, ind.questions.map((q) => questions[q]!.points));
    ind.questions.forEach((q, k) => (questions[q]!.maxCents = cents[k]!));
  }

  const tiersByMin = [...version.tiers].sort((a, b) => b.min - a.min);
  const slots = buildSlotTables(questions);
  return {
    version,
    questions,
    indicators,
    pillars,
    order: showIfOrder(questions),
    pillarIndices: pillars.map((_, k) => k),
    questionIndex,
    questionIndexById: Object.assign(Object.create(null) as Record<string, number>, Object.fromEntries(questionIndex)),
    indicatorIndex,
    maxPoints: pillars.reduce((s, p) => s + p.points, 0),
    slots,
    shared: newSharedParts(questions, slots),
    partitioned: partitioned(questions.length, indicators.map((i) => i.questions)) && partitioned(indicators.length, pillars.map((p) => p.indicators)),
    tiersByMin,
    tierMinCents: tiersByMin.map((t) => toCents(t.min)),
  };
}

/** Parents before children (file order otherwise); a showIf cycle is a broken version. */
function showIfOrder(questions: TCompiledQuestion[]): number[] {
  const order: number[] = [];
  const state = new Uint8Array(questions.length); // 0 new, 1 visiting, 2 done
  const visit = (i: number) => {
    if (state[i] === 2) return;
    if (state[i] === 1) throw new Error(`question "${questions[i]!.id}": showIf forms a cycle`);
    state[i] = 1;
    const parent = questions[i]!.parent;
    if (parent >= 0) visit(parent);
    state[i] = 2;
    order.push(i);
  };
  for (let i = 0; i < questions.length; i++) visit(i);
  return order;
}

/** Each of 0..n-1 appears in exactly one group (then split results need no zeroing first). */
function partitioned(n: number, groups: number[][]): boolean {
  const seen = new Uint8Array(n);
  for (const g of groups) {
    for (const i of g) {
      if (i === undefined || seen[i] !== 0) return false;
      seen[i] = 1;
    }
  }
  return seen.every((x) => x === 1);
}
