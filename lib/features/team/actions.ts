"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/server/entry/define-action";
import { inviteContributor } from "@/lib/server/team/invite-contributor";
import { removeContributor } from "@/lib/server/team/remove-contributor";
import { setContributorPillars } from "@/lib/server/team/set-contributor-pillars";
import { ZInviteContributor, ZRemoveContributor, ZSetContributorPillars } from "../../authz/team-schemas";

// The operations decide: only the focal point, only their own country.
const byOperation = () => undefined;
const refresh = () => revalidatePath("/[locale]/team", "page");

export const inviteContributorAction = defineAction({
  schema: ZInviteContributor,
  authorize: byOperation,
  run: async (actor, input) => {
    const created = await inviteContributor(actor, input);
    refresh();
    return created;
  },
});

export const setContributorPillarsAction = defineAction({
  schema: ZSetContributorPillars,
  authorize: byOperation,
  run: async (actor, input) => {
    await setContributorPillars(actor, input);
    refresh();
    return null;
  },
});

export const removeContributorAction = defineAction({
  schema: ZRemoveContributor,
  authorize: byOperation,
  run: async (actor, input) => {
    await removeContributor(actor, input);
    refresh();
    return null;
  },
});
