// Crosswalks between two versions of a questionnaire: checking that every question is accounted for,
// and carrying a country's previous answers into the new edition where the mapping allows it.
import { answerCredit, translateAnswer } from "./answer-values";
import type { TCrosswalkFile } from "./format-schema";
import type { TAnswers, TAnswerValue, TNormalizedQuestionnaire } from "./model";
import { locateProblems, type TSourceContext } from "./parse-questionnaire";
import type { TProblem, TRawProblem } from "./problems";

export { diffVersions, type TVersionDiff } from "./diff-versions";

export type TRelation = TCrosswalkFile["entries"][number]["relation"];

// How many questions each relation maps: [from min, from max, to min, to max].
const ARITY: Record<TRelation, [number, number, number, number]> = {
  same: [1, 1, 1, 1],
  reworded: [1, 1, 1, 1],
  moved: [1, 1, 1, 1],
  reweighted: [1, 1, 1, 1],
  split: [1, 1, 2, Infinity],
  merged: [2, Infinity, 1, 1],
  new: [0, 0, 1, Infinity],
  dropped: [1, Infinity, 0, 0],
};

function arityText(min: number, max: number): string {
  if (min === max) return `exactly ${min}`;
  return max === Infinity ? `at least ${min}` : `${min} to ${max}`;
}

export function validateCrosswalk(
  crosswalk: TCrosswalkFile,
  from: TNormalizedQuestionnaire,
  to: TNormalizedQuestionnaire,
  context: TSourceContext = { fileName: "crosswalk", data: crosswalk },
): TProblem[] {
  const raw: TRawProblem[] = [];
  if (crosswalk.questionnaire !== from.id || crosswalk.questionnaire !== to.id)
    raw.push({ path: ["questionnaire"], message: `questionnaire ${crosswalk.questionnaire} does not match ${from.key} and ${to.key}` });
  if (crosswalk.from !== from.version) raw.push({ path: ["from"], message: `from ${crosswalk.from} does not match ${from.key}` });
  if (crosswalk.to !== to.version) raw.push({ path: ["to"], message: `to ${crosswalk.to} does not match ${to.key}` });

  const mappedFrom = new Map<string, number>();
  const mappedTo = new Set<string>();
  crosswalk.entries.forEach((entry, e) => {
    const [fromMin, fromMax, toMin, toMax] = ARITY[entry.relation];
    if (entry.from.length < fromMin || entry.from.length > fromMax || entry.to.length < toMin || entry.to.length > toMax)
      raw.push({
        path: ["entries", e, "relation"],
        message: `a ${entry.relation} entry maps ${arityText(fromMin, fromMax)} question(s) from ${from.key} to ${arityText(toMin, toMax)} in ${to.key}, this one maps ${entry.from.length} to ${entry.to.length}`,
      });
    entry.from.forEach((id, k) => {
      const path = ["entries", e, "from", k];
      if (!from.questionById[id]) raw.push({ path, message: `from: unknown question ${id} in ${from.key}` });
      const earlier = mappedFrom.get(id);
      if (earlier !== undefined) raw.push({ path, message: `question ${id} of ${from.key} is already mapped by entry ${earlier + 1}` });
      else mappedFrom.set(id, e);
    });
    entry.to.forEach((id, k) => {
      if (!to.questionById[id]) raw.push({ path: ["entries", e, "to", k], message: `to: unknown question ${id} in ${to.key}` });
      mappedTo.add(id);
    });
  });
  for (const question of from.questions)
    if (!mappedFrom.has(question.id))
      raw.push({ path: ["entries"], message: `question ${question.id} of ${from.key} is not mapped (map it, or add a dropped entry)` });
  for (const question of to.questions)
    if (!mappedTo.has(question.id)) raw.push({ path: ["entries"], message: `question ${question.id} of ${to.key} is not mapped (map it, or add a new entry)` });
  return locateProblems(raw, context);
}

const INVERSE: Record<TRelation, TRelation> = {
  same: "same",
  reworded: "reworded",
  moved: "moved",
  reweighted: "reweighted",
  split: "merged",
  merged: "split",
  new: "dropped",
  dropped: "new",
};

/** The same mapping read backwards (to -> from), so a diff can run in either direction. */
export function invertCrosswalk(crosswalk: TCrosswalkFile): TCrosswalkFile {
  return {
    ...crosswalk,
    from: crosswalk.to,
    to: crosswalk.from,
    entries: crosswalk.entries.map((e) => ({ ...e, from: e.to, to: e.from, relation: INVERSE[e.relation] })),
  };
}

export type TCarried = { to: string; from: string[]; relation: TRelation; value: TAnswerValue; note: string };
export type TNotCarried = { to: string[]; from: string[]; relation: TRelation; note: string };
export type TCarryForwardResult = { answers: TAnswers; carried: TCarried[]; notCarried: TNotCarried[] };

type TCandidate = TCarried & { credit: number };

/**
 * Maps answers of `fromVersion` into `toVersion` along the crosswalk. Only answers valid for the new
 * question are carried; when several sources reach one question, the best (highest credit) wins.
 */
export function carryForward(
  answersFrom: TAnswers,
  crosswalk: TCrosswalkFile,
  fromVersion: TNormalizedQuestionnaire,
  toVersion: TNormalizedQuestionnaire,
): TCarryForwardResult {
  const candidates = new Map<string, TCandidate>();
  const notCarried: TNotCarried[] = [];
  const offer = (candidate: TCandidate) => {
    const current = candidates.get(candidate.to);
    if (!current || candidate.credit > current.credit) candidates.set(candidate.to, candidate);
  };

  for (const entry of crosswalk.entries) {
    const { relation } = entry;
    const answered = entry.from.filter((id) => fromVersion.questionById[id] && isAnswered(answersFrom[id]));
    if (relation === "new") {
      notCarried.push({ from: [], to: entry.to, relation, note: `new in ${toVersion.key}: needs an answer` });
      continue;
    }
    if (answered.length === 0) continue;
    if (relation === "dropped") {
      notCarried.push({ from: answered, to: [], relation, note: `dropped in ${toVersion.key}` });
      continue;
    }
    for (const toId of entry.to) {
      const target = toVersion.questionById[toId];
      if (!target) continue;
      const options = answered.flatMap((fromId) => {
        const source = fromVersion.questionById[fromId];
        const value = source ? translateAnswer(answersFrom[fromId], source, target) : undefined;
        return source && value !== undefined ? [{ fromId, value, translated: source.type !== target.type }] : [];
      });
      if (options.length === 0) {
        notCarried.push({
          from: answered,
          to: [toId],
          relation,
          note: `the earlier answer has no valid meaning for the ${target.type} question ${toId}`,
        });
        continue;
      }
      // Stable choice among equals: the first source listed in the entry.
      const best = options.reduce((a, b) => (answerCredit(target, b.value) > answerCredit(target, a.value) ? b : a));
      offer({
        to: toId,
        from: relation === "merged" ? answered : [best.fromId],
        relation,
        value: best.value,
        credit: answerCredit(target, best.value),
        note: noteFor(relation, best.fromId, best.translated, answered),
      });
    }
  }

  const carried = toVersion.questions.flatMap((q) => {
    const candidate = candidates.get(q.id);
    if (!candidate) return [];
    const { credit: _credit, ...rest } = candidate;
    return [rest];
  });
  return { answers: Object.fromEntries(carried.map((c) => [c.to, c.value])), carried, notCarried };
}

function isAnswered(value: TAnswerValue | undefined): boolean {
  // An empty tick-box list is an answer ("none of these"), an empty string is not.
  return value !== undefined && value !== null && value !== "";
}

function noteFor(relation: TRelation, fromId: string, translated: boolean, sources: string[]): string {
  const conversion = translated ? " (converted between yes/no and the scale)" : "";
  switch (relation) {
    case "merged":
      return `best answer among ${sources.join(", ")}, taken from ${fromId}${conversion}`;
    case "split":
      return `copied from ${fromId}, which was split${conversion}; check it still holds for this part`;
    case "reworded":
      return `copied from ${fromId}${conversion}; the wording changed, check it still holds`;
    default:
      return `copied from ${fromId} (${relation})${conversion}`;
  }
}
