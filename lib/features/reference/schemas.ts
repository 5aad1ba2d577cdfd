import { z } from "zod";

export const ZImportReference = z.object({
  csv: z.string().min(1, "Choose a CSV file").max(2_000_000, "The file is too large"),
  edition: z.coerce.number().int().min(2000, "Enter a year, e.g. 2024").max(2100, "Enter a year, e.g. 2024"),
  fileName: z.string().max(200).default("upload.csv"),
});
export type TImportReference = z.infer<typeof ZImportReference>;
