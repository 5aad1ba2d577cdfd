// What of one assessment a person may read, by pillar: pure, so every server read (API detail,
// pages, exports, evidence, history, audit) filters with the same rule.
import type { TPillarId } from "../questionnaire/constants";
import type { TNormalizedQuestionnaire } from "../questionnaire/model";

export type TPillarScope = {
  pillars: readonly TPillarId[];
  /** Every pillar: nothing to filter. */
  whole: boolean;
  /** The question exists and belongs to a readable pillar. */
  allows: (questionId: string | null | undefined) => boolean;
};

export function pillarScope(version: Pick<TNormalizedQuestionnaire, "questionById" | "pillars">, pillars: readonly TPillarId[]): TPillarScope {
  const readable = new Set(pillars);
  return {
    pillars,
    whole: version.pillars.every((p) => readable.has(p.id)),
    allows: (questionId) => {
      if (!questionId) return false;
      const q = version.questionById[questionId];
      return q !== undefined && readable.has(q.pillar);
    },
  };
}

/** The entries of a by-question record that the scope allows. */
export function withinScope<T>(scope: TPillarScope, byQuestion: Readonly<Record<string, T>>): Record<string, T> {
  if (scope.whole) return { ...byQuestion };
  return Object.fromEntries(Object.entries(byQuestion).filter(([id]) => scope.allows(id)));
}

/** A gap flag is readable when every question behind it is. */
export const flagWithinScope = (scope: TPillarScope, flag: { triggeredBy: readonly string[] }) => scope.whole || flag.triggeredBy.every((q) => scope.allows(q));
