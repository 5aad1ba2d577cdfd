// What an assessment row keeps of its score of record, and the one typed parser that reads it back.
// Every reader of stored score JSON (lists, dashboards, gaps, peers in reports, home) goes through
// parseStoredScore; a row written by an older format parses as null and is recomputed at start-up.
import { z } from "zod";
import { MATURITY_STAGES, PILLAR_IDS, type TPillarId } from "@/lib/questionnaire/constants";
import type { TScoreResult } from "@/lib/scoring";
import type { TScoreOfRecord } from "./score-of-record";

// 3: the maturity stage of each indicator, and the fingerprint of the stage definitions.
// 4: pillars keyed by their ids ("capacity-development", as in files, URLs and exports), not camelCase.
export const STORED_SCORE_FORMAT = 4;

const ZPillars = z.object(Object.fromEntries(PILLAR_IDS.map((k) => [k, z.number()])) as Record<TPillarId, z.ZodNumber>);

const ZCount = z.object({ answered: z.number().int(), applicable: z.number().int() });

export const ZScoreSummary = z.object({
  overall: z.number(),
  pillars: ZPillars,
  tier: z.number().int(),
  flags: z.array(z.object({ id: z.string(), severity: z.enum(["critical", "high", "medium"]) })),
  completion: z.object({
    answered: z.number().int(),
    applicable: z.number().int(),
    ratio: z.number(),
    pillars: z.object(Object.fromEntries(PILLAR_IDS.map((k) => [k, ZCount])) as Record<TPillarId, typeof ZCount>),
  }),
});
export type TScoreSummary = z.infer<typeof ZScoreSummary>;

export const ZStoredScore = z.object({
  format: z.literal(STORED_SCORE_FORMAT),
  questionnaireHash: z.string(),
  rulesVersion: z.string(),
  basis: z.enum(["self-reported", "validated"]),
  selfReported: ZScoreSummary,
  validated: ZScoreSummary.nullable(),
  /** Stage per indicator id, of the answers the basis names (null: no answer yet). */
  maturity: z.record(z.string(), z.enum(MATURITY_STAGES).nullable()),
  stagesFingerprint: z.string(),
});
export type TStoredScore = z.infer<typeof ZStoredScore>;

/** `keepFlag` drops flags the reader may not see (their questions lie in pillars not assigned to them). */
export function summarize(score: TScoreResult, keepFlag: (flag: TScoreResult["flags"][number]) => boolean = () => true): TScoreSummary {
  return {
    overall: score.overall.display,
    pillars: Object.fromEntries(PILLAR_IDS.map((k) => [k, score.pillars[k].display])) as Record<TPillarId, number>,
    tier: score.tier.tier,
    flags: score.flags.filter(keepFlag).map((f) => ({ id: f.id, severity: f.severity })),
    completion: {
      answered: score.completion.answered,
      applicable: score.completion.applicable,
      ratio: score.completion.ratio,
      pillars: Object.fromEntries(
        PILLAR_IDS.map((k) => [k, { answered: score.completion.pillars[k].answered, applicable: score.completion.pillars[k].applicable }]),
      ) as Record<TPillarId, { answered: number; applicable: number }>,
    },
  };
}

export function toStoredScore(record: TScoreOfRecord): TStoredScore {
  return {
    format: STORED_SCORE_FORMAT,
    questionnaireHash: record.selfReported.questionnaireHash,
    rulesVersion: record.selfReported.rulesVersion,
    basis: record.basis,
    selfReported: summarize(record.selfReported),
    validated: record.validated ? summarize(record.validated) : null,
    maturity: Object.fromEntries(record.maturity.map((m) => [m.indicator, m.stage])),
    stagesFingerprint: record.stagesFingerprint,
  };
}

/** The summary a single-number view shows: the validated one when the basis says so. */
export function headlineOf(stored: TStoredScore): TScoreSummary {
  return stored.basis === "validated" && stored.validated ? stored.validated : stored.selfReported;
}

/** Null when absent, malformed or of an older format (such rows are recomputed, never guessed at). */
export function parseStoredScore(json: string | null | undefined): TStoredScore | null {
  if (!json) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return null;
  }
  const parsed = ZStoredScore.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** The assessment columns that carry the score of record; always written together. */
export function scoreColumns(record: TScoreOfRecord) {
  const stored = toStoredScore(record);
  const headline = headlineOf(stored);
  return {
    overallScore: headline.overall,
    tier: headline.tier,
    scoredHash: stored.questionnaireHash,
    rulesVersion: stored.rulesVersion,
    scoreJson: JSON.stringify(stored),
  };
}
