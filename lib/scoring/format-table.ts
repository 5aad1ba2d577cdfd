// A score as plain text for terminals: pillars, overall, tier, completion, flags, top next steps.
import type { TLocalizedText } from "@/lib/questionnaire/format-schema";
import type { TLanguage } from "@/lib/questionnaire/constants";
import type { TNormalizedQuestionnaire } from "@/lib/questionnaire/model";
import type { TCompletion, TScoreResult } from "./types";

const text = (t: TLocalizedText, locale: TLanguage) => t[locale] ?? t.en;
const fixed = (x: number) => x.toFixed(2);
const answered = (c: TCompletion) => `${c.answered}/${c.applicable} (${Math.round(c.ratio * 100)}%)`;
const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function formatScoreTable(
  result: TScoreResult,
  version: TNormalizedQuestionnaire,
  options: { country?: string; locale?: TLanguage; nextSteps?: number } = {},
): string {
  const locale = options.locale ?? "en";
  const lines: string[] = [];
  const status = result.preview ? "preview (not validated)" : "validated";
  lines.push([result.questionnaire, options.country, status].filter(Boolean).join(" · "));
  lines.push("");
  lines.push(`${"Pillar".padEnd(24)}${"Score".padStart(8)}${"Max".padStart(8)}   Answered`);
  for (const pillar of version.pillars) {
    const score = result.pillars[pillar.id];
    lines.push(
      `${clip(text(pillar.title, locale), 23).padEnd(24)}${fixed(score.display).padStart(8)}${fixed(score.maxPoints).padStart(8)}   ${answered(result.completion.pillars[pillar.id])}`,
    );
  }
  lines.push(
    `${"Overall".padEnd(24)}${fixed(result.overall.display).padStart(8)}${fixed(result.overall.maxPoints).padStart(8)}   ${answered(result.completion)}`,
  );
  lines.push(`Tier ${result.tier.tier}: ${text(result.tier.label, locale)} (from ${result.tier.min})`);

  lines.push("", `Flags (${result.flags.length})`);
  if (result.flags.length === 0) lines.push("  none");
  for (const flag of result.flags) {
    lines.push(`  ${flag.severity.padEnd(9)}${flag.id}: ${text(flag.message, locale)} → ${text(flag.action, locale)} [${flag.reference}]`);
    if (flag.triggeredBy.length > 0) lines.push(`  ${"".padEnd(9)}triggered by ${flag.triggeredBy.join(", ")}`);
  }

  const limit = options.nextSteps ?? 10;
  const steps = result.nextSteps.overall.slice(0, limit);
  lines.push("", `Next steps (top ${Math.min(limit, result.nextSteps.overall.length)} of ${result.nextSteps.overall.length}, by overall gain)`);
  if (steps.length === 0) lines.push("  none: every applicable question is at its best answer");
  steps.forEach((step, i) => {
    const question = version.questionById[step.question];
    const label = question ? clip(text(question.text, locale), 60) : step.question;
    const now = step.answered ? `now credit ${step.credit}` : "unanswered";
    lines.push(`  ${String(i + 1).padStart(2)}. +${fixed(step.display).padStart(5)}  ${step.question} → ${JSON.stringify(step.bestAnswer)} (${now})`);
    lines.push(`      ${label}`);
  });
  return lines.join("\n");
}
