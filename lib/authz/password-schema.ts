// The one rule for a new password, shared by every form and the server (account change, reset,
// account creation by admins and the CLI, the seed). Validate with parseAsync: the strength
// estimator is loaded on first use.
import { z } from "zod";

export const PASSWORD_REASONS = ["repeat", "sequence", "keyboard", "date", "common", "word", "name", "personal", "guessable"] as const;
export type TPasswordReason = (typeof PASSWORD_REASONS)[number];

/** English messages (server, CLI, API); forms show the catalogue's passwordRules.<key> instead. */
export const PASSWORD_MESSAGES = {
  tooShort: "At least 12 characters",
  tooLong: "At most 128 characters",
  repeat: 'Too easy to guess: avoid repeated characters or words such as "aaa" or "abcabc"',
  sequence: 'Too easy to guess: avoid sequences such as "abc" or "123"',
  keyboard: 'Too easy to guess: avoid keyboard patterns such as "qwerty"',
  date: "Too easy to guess: avoid dates and recent years",
  common: "Too easy to guess: this is, or is close to, a commonly used or breached password",
  word: "Too easy to guess: a single word is not enough; add more uncommon words",
  name: "Too easy to guess: names alone are easy to guess; add more uncommon words",
  personal: "Too easy to guess: do not use your name or e-mail address",
  guessable: "Too easy to guess: add more uncommon words, or make it longer",
} as const satisfies Record<"tooShort" | "tooLong" | TPasswordReason, string>;
export type TPasswordMessageKey = keyof typeof PASSWORD_MESSAGES;

/** The catalogue key for one of the messages above (forms translate field errors with it). */
export function passwordMessageKey(message: string | undefined): TPasswordMessageKey | null {
  const entry = Object.entries(PASSWORD_MESSAGES).find(([, text]) => text === message);
  return entry ? (entry[0] as TPasswordMessageKey) : null;
}

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;

export const ZNewPassword = z
  .string()
  .min(MIN_PASSWORD_LENGTH, PASSWORD_MESSAGES.tooShort)
  .max(MAX_PASSWORD_LENGTH, PASSWORD_MESSAGES.tooLong)
  .superRefine(async (password, ctx) => {
    if (password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH) return;
    const { passwordWeakness } = await import("./password-strength");
    const weakness = passwordWeakness(password);
    if (weakness) ctx.addIssue({ code: "custom", message: PASSWORD_MESSAGES[weakness.reason], params: { reason: weakness.reason } });
  });

/** The first problem with a new password, or null (server code that is not parsing a whole form). */
export async function passwordProblem(password: string): Promise<string | null> {
  const result = await ZNewPassword.safeParseAsync(password);
  return result.success ? null : (result.error.issues[0]?.message ?? PASSWORD_MESSAGES.guessable);
}
