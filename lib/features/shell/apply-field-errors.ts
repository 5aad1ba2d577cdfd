import type { FieldValues, Path, UseFormSetError } from "react-hook-form";

/** Puts server field errors (keyed by field path) on their fields; never guesses from message text. */
export function applyFieldErrors<T extends FieldValues>(setError: UseFormSetError<T>, fields: Record<string, string> | undefined) {
  for (const [name, message] of Object.entries(fields ?? {})) {
    if (name !== "_") setError(name as Path<T>, { type: "server", message });
  }
}
