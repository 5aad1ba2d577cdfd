"use client";
import { ErrorPanel } from "@/lib/features/shell/error-panel";

// The one error boundary of the pages. A second one inside the signed-in layout (to keep its header)
// cost every first visit a script loaded only after React, and 0.5 s on a 400 kbit/s link before
// the pillar form could be used; the panel links home instead.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="narrow">
      <ErrorPanel reset={reset} digest={error.digest} />
    </main>
  );
}
