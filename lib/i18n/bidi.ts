// Data inside translated sentences (cycle names, questionnaire keys, dates) keeps its own direction:
// "2026 self-assessment" in an Arabic sentence would otherwise be reordered around its digits.
// First-strong isolate ... pop directional isolate, as <bdi> does in markup.
export const isolate = (text: string): string => `\u2068${text}\u2069`;
