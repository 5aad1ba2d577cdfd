"use client";
import { ErrorPanel } from "@/lib/features/shell/error-panel";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="narrow">
      <ErrorPanel reset={reset} digest={error.digest} />
    </main>
  );
}
