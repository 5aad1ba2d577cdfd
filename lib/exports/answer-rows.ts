// Answers as open data: one row per country and question of the version, answered or not, with the
// credit and points the scoring gives it and a summary of its evidence. Pure: the server loads the
// assessments the caller may see in full and hands them here.
import type { TAnswers, TAnswerValue, TNormalizedQuestionnaire } from "../questionnaire/model";
import { round2 } from "../scoring/rounding";
import { scoreAssessment } from "../scoring/score";
import type { TCsvCell } from "./csv";

export type TAnswerSource = {
  iso3: string;
  status: string;
  isDemo: boolean;
  answers: TAnswers;
  comments: Record<string, string | null | undefined>;
  /** Per answered question: who gave the value, and the public source of a desk-research answer. */
  origins?: Record<string, TAnswerOrigin | undefined>;
  evidence: readonly { questionId: string; kind: string; url: string | null; fileName: string | null }[];
};

export type TAnswerOrigin = { provenance: string; confirmed: boolean; sourceUrl: string | null; sourceTitle: string | null; sourceAccessedOn: string | null };

export type TAnswerRow = {
  iso3: string;
  status: string;
  demo: boolean;
  pillar: string;
  indicator: string;
  question: string;
  type: string;
  /** As stored: null when unanswered. */
  value: TAnswerValue;
  /** Whether the country answered: an empty choice ("none of these") is an answer, and its cell is as empty as an unanswered one's. */
  answered: boolean;
  /** False when skip logic hides the question for this country's answers. */
  applicable: boolean;
  credit: number | null;
  /** Both at the 2 decimals shown; points add up to the indicator's shown score. */
  points: number;
  maxPoints: number;
  comment: string | null;
  /** country | desk-research (drafted by ITU from a public source); empty when unanswered. */
  provenance: string;
  /** A desk-research answer the country confirmed as it stands. */
  countryConfirmed: boolean;
  sourceUrl: string | null;
  sourceTitle: string | null;
  sourceAccessedOn: string | null;
  links: string[];
  files: string[];
};

export const ANSWER_COLUMNS = [
  "iso3",
  "status",
  "demo",
  "pillar",
  "indicator",
  "question",
  "type",
  "value",
  "answered",
  "applicable",
  "credit",
  "points",
  "maxPoints",
  "comment",
  "provenance",
  "countryConfirmed",
  "sourceUrl",
  "sourceTitle",
  "sourceAccessedOn",
  "links",
  "files",
] as const;

export function answerRows(version: TNormalizedQuestionnaire, sources: readonly TAnswerSource[]): TAnswerRow[] {
  const rows: TAnswerRow[] = [];
  for (const source of sources) {
    const score = scoreAssessment(version, source.answers);
    const links = new Map<string, string[]>();
    const files = new Map<string, string[]>();
    for (const e of source.evidence) {
      const into = e.kind === "link" ? links : files;
      const text = e.kind === "link" ? e.url : e.fileName;
      if (text) into.set(e.questionId, [...(into.get(e.questionId) ?? []), text]);
    }
    version.questions.forEach((q, i) => {
      const scored = score.questions[i]!;
      const value = source.answers[q.id];
      const origin = value === undefined ? undefined : source.origins?.[q.id];
      rows.push({
        iso3: source.iso3,
        status: source.status,
        demo: source.isDemo,
        pillar: scored.pillar,
        indicator: q.indicator,
        question: q.id,
        type: q.type,
        value: value === undefined ? null : value,
        answered: value !== undefined && value !== null,
        applicable: scored.applicable,
        credit: scored.credit,
        points: scored.display,
        maxPoints: round2(q.points),
        comment: source.comments[q.id] ?? null,
        provenance: value === undefined ? "" : (origin?.provenance ?? "country"),
        countryConfirmed: origin?.confirmed ?? false,
        sourceUrl: origin?.sourceUrl ?? null,
        sourceTitle: origin?.sourceTitle ?? null,
        sourceAccessedOn: origin?.sourceAccessedOn ?? null,
        links: links.get(q.id) ?? [],
        files: files.get(q.id) ?? [],
      });
    });
  }
  return rows;
}

/** A value as one spreadsheet cell: choices joined with "; ", yes/no as true/false. */
export function answerCell(value: TAnswerValue): TCsvCell {
  return Array.isArray(value) ? value.join("; ") : value;
}

/** A row in ANSWER_COLUMNS order, for CSV and XLSX. */
export function answerRowCells(row: TAnswerRow): TCsvCell[] {
  return ANSWER_COLUMNS.map((c) => (c === "value" ? answerCell(row.value) : c === "links" || c === "files" ? row[c].join("; ") : row[c]));
}
