import "server-only";
import { scoreOfRecord, type TAdjustment, type TScoreOfRecord } from "../../assessments/score-of-record";
import { scoreColumns } from "../../assessments/stored-score";
import type { TAnswers, TNormalizedQuestionnaire } from "../../questionnaire/model";
import type { TDb } from "../../db/create-client";

type TTx = Pick<TDb, "assessment" | "answer" | "answerReview">;

type TReviewRow = { questionId: string; state: string; adjustedValue: string | null; reason: string | null };

export function answersOf(rows: readonly { questionId: string; value: string }[]): TAnswers {
  const answers: TAnswers = {};
  for (const r of rows) answers[r.questionId] = JSON.parse(r.value);
  return answers;
}

export function adjustmentsFrom(reviews: readonly TReviewRow[]): TAdjustment[] {
  return reviews
    .filter((r) => r.state === "adjusted")
    .map((r) => ({ questionId: r.questionId, value: JSON.parse(r.adjustedValue ?? "null"), reason: r.reason }));
}

/** What the score of record needs of the reviewers' verdicts (every reader selects this). */
export const reviewSelect = { questionId: true, state: true, adjustedValue: true, reason: true } as const;

type TRecordOptions = {
  /** The answers as this transaction holds them, when the caller has read them already. */
  answers?: TAnswers;
  /** False when the assessment was never submitted: no reviewer can have given a verdict yet. */
  mayHaveReviews?: boolean;
  /** More columns to write with the score (e.g. the score as submitted). */
  extra?: (record: TScoreOfRecord) => Record<string, unknown>;
};

/** The score of record of one assessment from what `client` sees (a transaction, or the database). */
export async function loadScoreOfRecord(
  client: TTx,
  assessmentId: string,
  version: TNormalizedQuestionnaire,
  status: string,
  options: Omit<TRecordOptions, "extra"> = {},
): Promise<TScoreOfRecord> {
  const answers = options.answers ?? answersOf(await client.answer.findMany({ where: { assessmentId }, select: { questionId: true, value: true } }));
  const reviews = options.mayHaveReviews === false ? [] : await client.answerReview.findMany({ where: { assessmentId }, select: reviewSelect });
  return scoreOfRecord(version, answers, adjustmentsFrom(reviews), { status, reviewed: reviews.length > 0 });
}

/**
 * Recomputes and stores the score of record inside the transaction that changed its inputs (an
 * answer, a verdict, a transition), from what that transaction sees, after it locked the
 * assessment row, so concurrent changes of one assessment cannot store a score of stale answers.
 */
export async function recordScore(
  tx: TTx,
  assessmentId: string,
  version: TNormalizedQuestionnaire,
  status: string,
  options: TRecordOptions = {},
): Promise<TScoreOfRecord> {
  const record = await loadScoreOfRecord(tx, assessmentId, version, status, options);
  // updateMany: the row is not read back (a plain update returns every column, score JSON included).
  await tx.assessment.updateMany({ where: { id: assessmentId }, data: { ...scoreColumns(record), ...options.extra?.(record) } });
  return record;
}
