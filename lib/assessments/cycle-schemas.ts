import { z } from "zod";
import { ITU_REGIONS } from "../countries/countries";

const day = z.iso.date("Use a date like 2026-12-31");

/** Opening an assessment cycle: one schema for the admin form and the server. */
export const ZOpenCycleFields = z.object({
  name: z.string().trim().min(3, "Name the cycle, e.g. 2026 self-assessment").max(120),
  questionnaireKey: z.string().regex(/^[a-z0-9-]+@[0-9A-Za-z.-]+$/, "Choose a questionnaire version"),
  opensOn: day,
  closesOn: day,
  scope: z.enum(["all", "region", "list"]),
  region: z.enum(ITU_REGIONS).optional(),
  /** ISO3 codes, for scope "list": comma, space or line separated in the form. */
  countries: z
    .array(
      z
        .string()
        .trim()
        .toUpperCase()
        .regex(/^[A-Z]{3}$/, "Use three-letter ISO codes"),
    )
    .default([]),
});

export const ZOpenCycle = ZOpenCycleFields.refine((v) => v.closesOn > v.opensOn, {
  path: ["closesOn"],
  message: "The cycle must close after it opens",
})
  .refine((v) => v.scope !== "region" || v.region, { path: ["region"], message: "Choose a region" })
  .refine((v) => v.scope !== "list" || v.countries.length > 0, { path: ["countries"], message: "List at least one country" });
export type TOpenCycleInput = z.input<typeof ZOpenCycle>;

/** The last day a country may confirm or correct desk research (end of that day, UTC); null removes it. */
export const ZValidationDeadline = z.object({ deadline: day.nullable() });
export type TValidationDeadline = z.infer<typeof ZValidationDeadline>;
