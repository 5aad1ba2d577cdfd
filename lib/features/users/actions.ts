"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { isAdmin } from "@/lib/authz/policy";
import { defineAction } from "@/lib/server/entry/define-action";
import { forbidden } from "@/lib/server/errors";
import { createApiToken } from "@/lib/server/tokens/create-api-token";
import { revokeApiToken } from "@/lib/server/tokens/revoke-api-token";
import { createUser } from "@/lib/server/users/create-user";
import { disableUser, enableUser } from "@/lib/server/users/disable-user";
import { grantRole, revokeRole } from "@/lib/server/users/grant-role";
import { issueResetLink } from "@/lib/server/users/issue-reset-link";
import { ZCreateToken, ZCreateUser, ZGrantRole, ZRevokeRole, ZRevokeToken, ZUserRef } from "../../authz/user-schemas";

const adminOnly = (actor: Parameters<typeof isAdmin>[0]) => {
  if (!isAdmin(actor)) throw forbidden();
};

export const createUserAction = defineAction({
  schema: ZCreateUser,
  authorize: adminOnly,
  run: async (actor, input) => {
    const created = await createUser(actor, input);
    revalidatePath("/[locale]/admin/users", "page");
    return created;
  },
});

export const grantRoleAction = defineAction({
  schema: ZGrantRole,
  authorize: adminOnly,
  run: async (actor, input) => {
    const result = await grantRole(actor, input);
    revalidatePath("/[locale]/admin/users", "page");
    return result;
  },
});

export const revokeRoleAction = defineAction({
  schema: ZRevokeRole,
  authorize: adminOnly,
  run: async (actor, input) => {
    await revokeRole(actor, input);
    revalidatePath("/[locale]/admin/users", "page");
    return null;
  },
});

/** Disabling ends the person's sessions at once and stops their tokens; enabling lets them sign in again. */
export const setUserDisabledAction = defineAction({
  schema: ZUserRef.extend({ disabled: z.boolean() }),
  authorize: adminOnly,
  run: async (actor, input) => {
    await (input.disabled ? disableUser(actor, input) : enableUser(actor, input));
    revalidatePath("/[locale]/admin/users", "page");
    return null;
  },
});

export const issueResetLinkAction = defineAction({
  schema: ZUserRef.extend({ locale: z.string().max(5).default("en") }),
  authorize: adminOnly,
  run: async (actor, input) => issueResetLink(actor, input, input.locale),
});

export const createTokenAction = defineAction({
  schema: ZCreateToken,
  authorize: () => undefined, // every signed-in person may hold personal tokens
  run: async (actor, input) => {
    const token = await createApiToken(actor, input);
    revalidatePath("/[locale]/account", "page");
    return token;
  },
});

export const revokeTokenAction = defineAction({
  schema: ZRevokeToken,
  authorize: () => undefined, // scoped to the owner inside revokeApiToken
  run: async (actor, input) => {
    await revokeApiToken(actor, input);
    revalidatePath("/[locale]/account", "page");
    return null;
  },
});
