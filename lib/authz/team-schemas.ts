import { z } from "zod";
import { PILLAR_IDS } from "../questionnaire/constants";

const pillars = z.array(z.enum(PILLAR_IDS)).min(1, "Choose at least one pillar");

/** A focal point invites a colleague as a contributor for chosen pillars. */
export const ZInviteContributor = z.object({
  email: z.email("Enter a valid e-mail address").trim().toLowerCase(),
  name: z.string().trim().min(1, "Enter a name").max(120),
  pillars,
});
export type TInviteContributor = z.input<typeof ZInviteContributor>;

export const ZSetContributorPillars = z.object({ grantId: z.string().min(1), pillars });
export const ZRemoveContributor = z.object({ grantId: z.string().min(1) });
