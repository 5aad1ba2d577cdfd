"use client";
import { useEffect, useState } from "react";
import type { TAnswerValue } from "@/lib/questionnaire/model";
import { saveAnswerAction } from "../actions";
import { AutosaveQueue, type TSaveState } from "./autosave-queue";

export type { TConflict, TSaveState } from "./autosave-queue";

/**
 * Saves each answer shortly after it changes, through the AutosaveQueue (one entry per question for
 * its value and its comment); warns before leaving with unsaved edits and sends them at once when
 * the page is hidden or the browser comes back online.
 */
export function useAutosave(assessmentId: string, initial: Record<string, { revision: number; value: TAnswerValue }>) {
  const [states, setStates] = useState<Record<string, TSaveState>>({});
  const [queue] = useState(
    () =>
      new AutosaveQueue(
        (questionId, payload, revision) => saveAnswerAction({ assessmentId, questionId, revision, ...payload }),
        (id, state) => setStates((s) => ({ ...s, [id]: state })),
        Object.fromEntries(Object.entries(initial).map(([id, a]) => [id, a.revision])),
        undefined,
        Object.fromEntries(Object.entries(initial).map(([id, a]) => [id, a.value])),
      ),
  );

  useEffect(() => {
    const retryNow = () => queue.retryAll();
    const sendIfHidden = () => document.visibilityState === "hidden" && queue.retryAll();
    const warn = (e: BeforeUnloadEvent) => {
      if (queue.unsavedIds.length > 0) e.preventDefault();
    };
    window.addEventListener("online", retryNow);
    window.addEventListener("beforeunload", warn);
    document.addEventListener("visibilitychange", sendIfHidden);
    return () => {
      window.removeEventListener("online", retryNow);
      window.removeEventListener("beforeunload", warn);
      document.removeEventListener("visibilitychange", sendIfHidden);
      // Leaving the form inside the app (another pillar): send what is pending now, not after the debounce.
      queue.retryAll();
    };
  }, [queue]);

  const unsaved = Object.values(states).filter((s) => s.status !== "saved").length;
  return { states, queue, unsaved };
}
