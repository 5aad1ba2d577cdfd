import type { TPillarScores } from "./types";

export type TTrendInput = {
  cycle: string;
  opensAt: Date;
  questionnaireKey: string;
  status: string;
  overall: number | null;
  pillars: TPillarScores | null;
  assessmentId?: string;
};

export type TTrendPoint = TTrendInput & {
  /** Set when this point was scored on another questionnaire edition than the one before it. */
  comparability: { from: string; to: string } | null;
};

/** A country's scores across cycles, oldest first, noting where the questionnaire edition changed. */
export function trendSeries(points: readonly TTrendInput[]): TTrendPoint[] {
  const sorted = [...points].sort((a, b) => a.opensAt.getTime() - b.opensAt.getTime() || a.cycle.localeCompare(b.cycle));
  return sorted.map((p, i) => {
    const before = sorted[i - 1];
    return { ...p, comparability: before && before.questionnaireKey !== p.questionnaireKey ? { from: before.questionnaireKey, to: p.questionnaireKey } : null };
  });
}
