import "server-only";
// What GET /api/v1/scores answers as JSON, as zod: the OpenAPI document is generated from it.
import { z } from "zod";
import { ZScoreBasis } from "../assessments/assessment-responses";
import { tableExport } from "../exports/table-export-response";

export const ZScoresExport = tableExport({
  basis: ZScoreBasis,
  demo: z.boolean(),
  level: z.enum(["overall", "pillar", "indicator", "question"]),
  id: z.string().describe("overall, a pillar key, an indicator id or a question id"),
  pillar: z.string().describe("The pillar key; empty for the overall row"),
  score: z.number(),
  maxPoints: z.number(),
});
