// Inputs of user and role management: one schema each, shared by forms, server actions and the CLI.
import { z } from "zod";
import { ROLES } from "./policy";
import { PILLAR_IDS } from "../questionnaire/constants";
import { ZNewPassword } from "./password-schema";

const iso3 = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, "Use the three-letter ISO code, e.g. KEN");

export const ZGrantInput = z.object({
  role: z.enum(ROLES),
  countryIso3: iso3.optional(),
  pillars: z.array(z.enum(PILLAR_IDS)).default([]),
});

export const ZCreateUser = ZGrantInput.extend({
  email: z.email("Enter a valid e-mail address").trim().toLowerCase(),
  name: z.string().trim().min(1, "Enter a name").max(120),
  /** Left empty, a one-time password is generated and shown once. */
  password: ZNewPassword.optional(),
});
export type TCreateUser = z.input<typeof ZCreateUser>;

export const ZGrantRole = ZGrantInput.extend({ userId: z.string().min(1) });
export type TGrantRole = z.input<typeof ZGrantRole>;

export const ZRevokeRole = z.object({ grantId: z.string().min(1) });
export const ZUserRef = z.object({ userId: z.string().min(1) });

export const ZCreateToken = z.object({
  name: z.string().trim().min(1, "Name the token, e.g. the integration that uses it").max(80),
  expiresInDays: z.coerce.number().int().min(1).max(366).optional(),
});
export type TCreateToken = z.input<typeof ZCreateToken>;

export const ZRevokeToken = z.object({ tokenId: z.string().min(1) });
