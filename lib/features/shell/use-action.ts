"use client";
import { useState, useTransition } from "react";
import type { z } from "zod";
import type { TActionResult } from "@/lib/api/action-result";
import { useRouter } from "@/lib/i18n/navigation";

type TSend = () => Promise<TActionResult<unknown>>;

/**
 * One way for a button to run a server action: pending while it runs, the refusal's message kept
 * for <ActionError>, and on success the page's server data read again, so what it shows is what
 * the server now holds.
 */
export function useAction() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const run = (send: TSend, onDone?: () => void) =>
    start(async () => {
      setError(null);
      const res = await send();
      if (!res.ok) return setError(res.error.message);
      onDone?.();
      router.refresh();
    });
  /** The same, with the input checked by the action's own schema first: bad input never leaves the page. */
  const runParsed = <T>(schema: z.ZodType<T>, input: unknown, send: (data: T) => Promise<TActionResult<unknown>>) =>
    run(async () => {
      const parsed = schema.safeParse(input);
      if (parsed.success) return send(parsed.data);
      return { ok: false, error: { code: "invalid", message: parsed.error.issues[0]?.message ?? "" } };
    });
  return { run, runParsed, pending, error };
}
