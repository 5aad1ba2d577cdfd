"use client";
import { ErrorPanel } from "@/lib/features/shell/error-panel";

// Inside the signed-in layout: the header and navigation stay usable when one page fails.
export default function SignedInError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorPanel reset={reset} digest={error.digest} />;
}
