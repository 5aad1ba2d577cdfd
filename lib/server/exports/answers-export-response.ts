import "server-only";
// What GET /api/v1/answers answers as JSON, as zod: the OpenAPI document is generated from it.
import { z } from "zod";
import { ZAnswerValue } from "../assessments/assessment-responses";
import { tableExport } from "./table-export-response";

export const ZAnswersExport = tableExport({
  demo: z.boolean(),
  pillar: z.string().describe("The pillar key"),
  indicator: z.string(),
  question: z.string(),
  type: z.string().describe("The question type: yes-no, scale, single-choice, multiple-choice, number, text, date"),
  value: ZAnswerValue.describe("As stored: null when unanswered"),
  answered: z.boolean().describe('Whether the country answered: an empty choice ("none of these") is an answer; an unanswered question is not'),
  applicable: z.boolean().describe("False when skip logic hides the question for this country's answers"),
  credit: z.number().nullable(),
  points: z.number(),
  maxPoints: z.number(),
  comment: z.string().nullable(),
  provenance: z
    .enum(["", "country", "desk-research"])
    .describe("Who gave the value: the country, or ITU's desk research from a public source; empty when unanswered"),
  countryConfirmed: z.boolean().describe("A desk-research answer the country confirmed as it stands"),
  sourceUrl: z.string().nullable(),
  sourceTitle: z.string().nullable(),
  sourceAccessedOn: z.string().nullable().describe("The day the source was read, YYYY-MM-DD"),
  links: z.array(z.string()),
  files: z.array(z.string()),
});
