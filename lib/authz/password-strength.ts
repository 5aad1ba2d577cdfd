// Password strength with zxcvbn-ts (the maintained port of Dropbox's estimator): common and breached
// passwords, repeats, sequences, keyboard walks, dates and names all score low. Loaded on demand
// (the dictionaries are large), so forms import it lazily through the password schema.
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as en from "@zxcvbn-ts/language-en";
import type { TPasswordReason } from "./password-schema";

/** 3 of 4: "safely unguessable" (about 10^10 guesses) in zxcvbn's terms; ASVS asks for no less. */
export const MIN_PASSWORD_SCORE = 3;

// Translations that return the key, so the warning is a stable code we translate ourselves.
const keyed = <T extends Record<string, unknown>>(group: string, table: T) => Object.fromEntries(Object.keys(table).map((k) => [k, `${group}.${k}`]));

let factory: ZxcvbnFactory | undefined;
function estimator(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    graphs: common.adjacencyGraphs,
    dictionary: { ...common.dictionary, ...en.dictionary },
    translations: {
      ...en.translations,
      warnings: keyed("warnings", en.translations.warnings),
      suggestions: keyed("suggestions", en.translations.suggestions),
    } as typeof en.translations,
  });
  return factory;
}

const REASON_OF_WARNING: Record<string, TPasswordReason> = {
  simpleRepeat: "repeat",
  extendedRepeat: "repeat",
  sequences: "sequence",
  straightRow: "keyboard",
  keyPattern: "keyboard",
  recentYears: "date",
  dates: "date",
  topTen: "common",
  topHundred: "common",
  common: "common",
  similarToCommon: "common",
  pwned: "common",
  wordByItself: "word",
  namesByThemselves: "name",
  commonNames: "name",
  userInputs: "personal",
};

/** null when strong enough; otherwise why not (a reason code) and the estimator's score (0-4). */
export function passwordWeakness(password: string, userInputs: string[] = []): { reason: TPasswordReason; score: number } | null {
  const result = estimator().check(password, userInputs);
  if (result.score >= MIN_PASSWORD_SCORE) return null;
  const warning = result.feedback.warning?.replace(/^warnings\./, "") ?? "";
  return { reason: REASON_OF_WARNING[warning] ?? "guessable", score: result.score };
}
