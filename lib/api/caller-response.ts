// What GET /api/v1/me answers (built in its route from the caller), as zod.
import { z } from "zod";
import { ROLES } from "../authz/policy";
import { PILLAR_IDS } from "../questionnaire/constants";

export const ZCaller = z.object({
  user: z.object({ id: z.string(), email: z.string(), name: z.string() }),
  grants: z.array(
    z.object({
      role: z.enum(ROLES),
      countryIso3: z.string().nullable().describe("The country of a focal point or contributor; null for reviewers and admins"),
      pillars: z.array(z.enum(PILLAR_IDS)).describe("A contributor's pillars; empty for everyone else"),
    }),
  ),
  via: z.enum(["session", "token", "system"]).describe("How the caller authenticated"),
});
