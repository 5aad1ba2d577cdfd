import "server-only";
import { z } from "zod";
import type { TActor } from "../../authz/policy";
import { currentActor } from "../current-actor";
import { AppError } from "../errors";
import { findMalformedText } from "./clean-text";
import type { TActionResult } from "../../api/action-result";
import { toActionError } from "./to-action-error";

type TActionSpec<S extends z.core.$ZodType, R> = {
  schema: S;
  /** Throws AppError (forbidden / not-found) when the actor may not do this with this input. */
  authorize: (actor: TActor, input: z.core.output<S>) => void | Promise<void>;
  run: (actor: TActor, input: z.core.output<S>) => Promise<R>;
};

/**
 * The one wrapper for server actions: authenticate, validate, authorize, run, and map errors.
 * Operations also check their own rules, so a missing check here never opens a hole.
 */
export function defineAction<S extends z.core.$ZodType, R>(spec: TActionSpec<S, R>) {
  return async (raw: z.core.input<S>): Promise<TActionResult<R>> => {
    try {
      // React decodes the arguments; text no database can store (lone surrogates, NUL) stops here.
      const malformed = findMalformedText(raw);
      if (malformed) throw new AppError("bad-request", `The input ${malformed}`);
      const actor = await currentActor();
      if (!actor) throw new AppError("unauthenticated", "Please sign in again");
      // Async: some schemas refine with a lazily loaded checker (password strength).
      const input = await z.parseAsync(spec.schema, raw);
      await spec.authorize(actor, input);
      return { ok: true, data: await spec.run(actor, input) };
    } catch (error) {
      const { status: _status, ...rest } = toActionError(error);
      return { ok: false, error: rest };
    }
  };
}
