"use server";
import { headers } from "next/headers";
import { isAPIError } from "better-auth/api";
import { defineAction } from "@/lib/server/entry/define-action";
import { AppError } from "@/lib/server/errors";
import { auth } from "@/lib/server/auth";
import { ZChangePassword } from "../auth/schemas";

/**
 * Changes the signed-in person's password through better-auth (which checks the current one). Every
 * other session ends at once (lib/server/auth.ts); this one goes on.
 */
export const changePasswordAction = defineAction({
  schema: ZChangePassword,
  authorize: () => undefined, // one's own password
  run: async (_actor, input) => {
    try {
      await auth().api.changePassword({ headers: await headers(), body: { currentPassword: input.currentPassword, newPassword: input.password } });
    } catch (error) {
      if (isAPIError(error) && error.body?.code === "INVALID_PASSWORD")
        throw new AppError("invalid", "The current password is not correct", { currentPassword: "The current password is not correct" });
      if (isAPIError(error) && error.body?.code === "WEAK_PASSWORD")
        throw new AppError("invalid", error.body.message ?? "Weak password", { password: error.body.message ?? "" });
      throw error;
    }
    return null;
  },
});
