import { z } from "zod";

export const ZSignIn = z.object({
  email: z.email("Enter a valid e-mail address").trim().toLowerCase(),
  password: z.string().min(1, "Enter your password"),
});
export type TSignIn = z.infer<typeof ZSignIn>;

export const ZResetPassword = z
  .object({
    password: z.string().min(12, "At least 12 characters").max(128),
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "The two passwords differ" });
export type TResetPassword = z.infer<typeof ZResetPassword>;

export const ZForgotPassword = z.object({ email: z.email("Enter a valid e-mail address").trim().toLowerCase() });
