// What changed between two versions of a questionnaire, question by question, with points before/after.
// Questions are paired through the crosswalk when there is one, otherwise by identical id.
import { canonicalJson } from "./canonical-json";
import type { TCrosswalkFile } from "./format-schema";
import type { TPillarId } from "./constants";
import type { TNormalizedQuestion, TNormalizedQuestionnaire } from "./model";

export type TQuestionRef = { id: string; pillar: TPillarId; indicator: string; type: string; points: number };
type TPair = { from: string; to: string };

export type TVersionDiff = {
  from: string;
  to: string;
  usedCrosswalk: boolean;
  questions: {
    added: TQuestionRef[];
    removed: TQuestionRef[];
    reworded: (TPair & { before: string; after: string })[];
    reweighted: (TPair & { pointsBefore: number; pointsAfter: number })[];
    moved: (TPair & { before: string; after: string })[];
    typeChanged: (TPair & { typeBefore: string; typeAfter: string })[];
    split: { from: string; to: string[]; pointsBefore: number; pointsAfter: number }[];
    merged: { from: string[]; to: string; pointsBefore: number; pointsAfter: number }[];
    unchanged: number;
  };
  indicators: {
    added: { id: string; pillar: TPillarId; points: number }[];
    removed: { id: string; pillar: TPillarId; points: number }[];
    reweighted: { id: string; pointsBefore: number; pointsAfter: number }[];
    moved: { id: string; pillarBefore: TPillarId; pillarAfter: TPillarId }[];
    retitled: { id: string; before: string; after: string }[];
  };
  gapRules: { added: string[]; removed: string[]; changed: string[] };
};

// Points are derived by division; differences below this are rounding, not reweighting.
const EPSILON = 1e-9;

export function diffVersions(a: TNormalizedQuestionnaire, b: TNormalizedQuestionnaire, crosswalk?: TCrosswalkFile): TVersionDiff {
  const pairs: TPair[] = [];
  const split: TVersionDiff["questions"]["split"] = [];
  const merged: TVersionDiff["questions"]["merged"] = [];
  if (crosswalk) {
    for (const entry of crosswalk.entries) {
      const [first] = entry.from;
      const [target] = entry.to;
      if (entry.relation === "split" && first)
        split.push({ from: first, to: entry.to, pointsBefore: pointsOf(a, [first]), pointsAfter: pointsOf(b, entry.to) });
      else if (entry.relation === "merged" && target)
        merged.push({ from: entry.from, to: target, pointsBefore: pointsOf(a, entry.from), pointsAfter: pointsOf(b, [target]) });
      else if (first && target && entry.from.length === 1 && entry.to.length === 1) pairs.push({ from: first, to: target });
    }
  } else {
    for (const q of a.questions) if (b.questionById[q.id]) pairs.push({ from: q.id, to: q.id });
  }

  const mappedFrom = new Set([...pairs.map((p) => p.from), ...split.map((s) => s.from), ...merged.flatMap((m) => m.from)]);
  const mappedTo = new Set([...pairs.map((p) => p.to), ...split.flatMap((s) => s.to), ...merged.map((m) => m.to)]);
  const questions: TVersionDiff["questions"] = {
    added: b.questions.filter((q) => !mappedTo.has(q.id)).map(questionRef),
    removed: a.questions.filter((q) => !mappedFrom.has(q.id)).map(questionRef),
    reworded: [],
    reweighted: [],
    moved: [],
    typeChanged: [],
    split,
    merged,
    unchanged: 0,
  };
  for (const pair of pairs) {
    const before = a.questionById[pair.from];
    const after = b.questionById[pair.to];
    if (!before || !after) continue;
    let changed = false;
    const note = <T>(list: T[], item: T) => {
      list.push(item);
      changed = true;
    };
    if (before.text.en !== after.text.en || before.text.fr !== after.text.fr)
      note(questions.reworded, { ...pair, before: before.text.en, after: after.text.en });
    if (Math.abs(before.points - after.points) > EPSILON) note(questions.reweighted, { ...pair, pointsBefore: before.points, pointsAfter: after.points });
    if (before.pillar !== after.pillar || before.indicator !== after.indicator)
      note(questions.moved, { ...pair, before: placeOf(before), after: placeOf(after) });
    if (before.type !== after.type) note(questions.typeChanged, { ...pair, typeBefore: before.type, typeAfter: after.type });
    if (!changed) questions.unchanged++;
  }

  return {
    from: a.key,
    to: b.key,
    usedCrosswalk: crosswalk !== undefined,
    questions,
    indicators: diffIndicators(a, b),
    gapRules: diffGapRules(a, b),
  };
}

function diffIndicators(a: TNormalizedQuestionnaire, b: TNormalizedQuestionnaire): TVersionDiff["indicators"] {
  const result: TVersionDiff["indicators"] = { added: [], removed: [], reweighted: [], moved: [], retitled: [] };
  for (const before of a.indicators) {
    const after = b.indicatorById[before.id];
    if (!after) {
      result.removed.push({ id: before.id, pillar: before.pillar, points: before.points });
      continue;
    }
    if (Math.abs(before.points - after.points) > EPSILON) result.reweighted.push({ id: before.id, pointsBefore: before.points, pointsAfter: after.points });
    if (before.pillar !== after.pillar) result.moved.push({ id: before.id, pillarBefore: before.pillar, pillarAfter: after.pillar });
    if (before.title.en !== after.title.en) result.retitled.push({ id: before.id, before: before.title.en, after: after.title.en });
  }
  for (const after of b.indicators) if (!a.indicatorById[after.id]) result.added.push({ id: after.id, pillar: after.pillar, points: after.points });
  return result;
}

function diffGapRules(a: TNormalizedQuestionnaire, b: TNormalizedQuestionnaire): TVersionDiff["gapRules"] {
  const before = new Map(a.gapRules.map((r) => [r.id, canonicalJson(r)]));
  const after = new Map(b.gapRules.map((r) => [r.id, canonicalJson(r)]));
  return {
    added: [...after.keys()].filter((id) => !before.has(id)),
    removed: [...before.keys()].filter((id) => !after.has(id)),
    changed: [...before.keys()].filter((id) => after.has(id) && after.get(id) !== before.get(id)),
  };
}

function questionRef(q: TNormalizedQuestion): TQuestionRef {
  return { id: q.id, pillar: q.pillar, indicator: q.indicator, type: q.type, points: q.points };
}

function placeOf(q: TNormalizedQuestion): string {
  return `${q.pillar}/${q.indicator}`;
}

function pointsOf(version: TNormalizedQuestionnaire, ids: string[]): number {
  return ids.reduce((sum, id) => sum + (version.questionById[id]?.points ?? 0), 0);
}
