// Question numbers as the focal point reads them: pillar number, then the question's place in its
// pillar ("2.4" is the fourth question of the Technical pillar), stable whatever skip logic hides.
import type { TNormalizedQuestionnaire } from "./model";

export function questionNumbers(version: TNormalizedQuestionnaire): Record<string, string> {
  const numbers: Record<string, string> = {};
  version.pillars.forEach((pillar, p) => {
    version.questions.filter((q) => q.pillar === pillar.id).forEach((q, n) => (numbers[q.id] = `${p + 1}.${n + 1}`));
  });
  return numbers;
}

/** The question before and after `id` in `ordered` (the visible ones, in order). */
export function neighbours(ordered: readonly string[], id: string): { previous?: string; next?: string } {
  const at = ordered.indexOf(id);
  if (at < 0) return {};
  return { previous: ordered[at - 1], next: ordered[at + 1] };
}
