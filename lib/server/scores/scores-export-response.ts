import "server-only";
// What GET /api/v1/scores answers as JSON, as zod: the OpenAPI document is generated from it.
import { z } from "zod";
import { ZAssessmentStatus, ZScoreBasis } from "../assessments/assessment-responses";

export const ZScoresExport = z.object({
  cycle: z.object({ id: z.string(), name: z.string() }),
  questionnaire: z.string().describe("<id>@<version> of the cycle's questionnaire edition"),
  rows: z.array(
    z.object({
      iso3: z.string(),
      status: ZAssessmentStatus,
      basis: ZScoreBasis,
      demo: z.boolean(),
      level: z.enum(["overall", "pillar", "indicator", "question"]),
      id: z.string().describe("overall, a pillar key, an indicator id or a question id"),
      pillar: z.string().describe("The pillar key; empty for the overall row"),
      score: z.number(),
      maxPoints: z.number(),
    }),
  ),
});
