import { z } from "zod";
import { ZNewPassword } from "../../authz/password-schema";

export const ZSignIn = z.object({
  email: z.email("Enter a valid e-mail address").trim().toLowerCase(),
  password: z.string().min(1, "Enter your password"),
});
export type TSignIn = z.infer<typeof ZSignIn>;

export const ZResetPassword = z
  .object({
    password: ZNewPassword,
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "The two passwords differ" });
export type TResetPassword = z.infer<typeof ZResetPassword>;

export const ZChangePassword = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password").max(128),
    password: ZNewPassword,
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "The two passwords differ" });
export type TChangePassword = z.infer<typeof ZChangePassword>;

export const ZForgotPassword = z.object({ email: z.email("Enter a valid e-mail address").trim().toLowerCase() });
