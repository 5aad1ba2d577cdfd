"use client";
import { useEffect, useState } from "react";
import { saveAnswerAction } from "../actions";
import { AutosaveQueue, type TSaveState } from "./autosave-queue";

export type { TConflict, TSaveState } from "./autosave-queue";

/** Saves each answer shortly after it changes, through the AutosaveQueue; warns before leaving with unsaved answers. */
export function useAutosave(assessmentId: string, initialRevisions: Record<string, number>) {
  const [states, setStates] = useState<Record<string, TSaveState>>({});
  const [queue] = useState(
    () =>
      new AutosaveQueue(
        (questionId, payload, revision) => saveAnswerAction({ assessmentId, questionId, revision, ...payload }),
        (id, state) => setStates((s) => ({ ...s, [id]: state })),
        { ...initialRevisions },
      ),
  );

  useEffect(() => {
    const retryNow = () => queue.retryAll();
    const warn = (e: BeforeUnloadEvent) => {
      if (queue.unsavedIds.length > 0) e.preventDefault();
    };
    window.addEventListener("online", retryNow);
    window.addEventListener("beforeunload", warn);
    return () => {
      window.removeEventListener("online", retryNow);
      window.removeEventListener("beforeunload", warn);
    };
  }, [queue]);

  const unsaved = Object.values(states).filter((s) => s.status !== "saved").length;
  return { states, queue, unsaved };
}
