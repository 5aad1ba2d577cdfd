import "server-only";
import { z } from "zod";
import { ZAssessmentStatus } from "../assessments/assessment-responses";

/** A table export as JSON: the cycle and edition it covers, then one row a country and item. */
export function tableExport<T extends z.ZodRawShape>(row: T) {
  return z.object({
    cycle: z.object({ id: z.string(), name: z.string() }),
    questionnaire: z.string().describe("<id>@<version> of the cycle's questionnaire edition"),
    rows: z.array(z.object({ iso3: z.string(), status: ZAssessmentStatus }).extend(row)),
  });
}
