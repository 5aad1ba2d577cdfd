"use client";
import { lazy, Suspense, type ComponentProps } from "react";
import type { DeskResearchForm as TForm } from "./desk-research-form";

// The drafting form (react-hook-form, zod and the source schema) loads only where a reviewer drafts
// desk research: the focal point's pillar form, on a slow line, never downloads it.
const DeskResearchForm = lazy(() => import("./desk-research-form").then((m) => ({ default: m.DeskResearchForm })));

export function DeskResearchSlot(props: ComponentProps<typeof TForm>) {
  return (
    <Suspense fallback={<p className="muted small">…</p>}>
      <DeskResearchForm {...props} />
    </Suspense>
  );
}
