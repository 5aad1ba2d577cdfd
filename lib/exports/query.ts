import { z } from "zod";

/** The query of every open-data export (scores, answers): one cycle, one format. */
export const ZExportQuery = z.object({
  cycle: z.string().trim().min(1, "cycle is required").max(100),
  format: z.enum(["json", "csv", "xlsx"]).default("json"),
});
