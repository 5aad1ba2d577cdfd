"use client";
import { useEffect, useState } from "react";
import { saveAnswerAction } from "../actions";
import { AutosaveQueue, type TSaveState } from "./autosave-queue";
import { planRestore, type TDraft, type TServerAnswer } from "./device-drafts";
import { deviceJournal, deviceStoreAvailable, dropDrafts, loadDrafts } from "./device-store";

export type { TConflict, TSaveState } from "./autosave-queue";

type TOptions = {
  assessmentId: string;
  userId: string;
  initial: Record<string, TServerAnswer>;
  /** The questions of this page: drafts of other pillars wait until their page is opened. */
  questionIds: readonly string[];
  /** False when the person may not edit (closed cycle, submitted): drafts stay on the device, unsent. */
  editable: boolean;
  /** Called with the drafts put back (already queued over their revisions), so the form can show them. */
  onRestore: (drafts: TDraft[]) => void;
};

/**
 * Saves each answer shortly after it changes, through the AutosaveQueue (one entry per question for
 * its value and its comment). Every unsaved edit is also kept in IndexedDB until the server has it,
 * and put back when the form is opened again (after a reload, a closed tab, a restarted browser).
 * Warns before leaving with unsaved edits and sends them at once when the page is hidden or the
 * browser comes back online.
 */
export function useAutosave({ assessmentId, userId, initial, questionIds, editable, onRestore }: TOptions) {
  const [states, setStates] = useState<Record<string, TSaveState>>({});
  const [deviceError, setDeviceError] = useState(false);
  const [restored, setRestored] = useState(0);
  const [queue] = useState(
    () =>
      new AutosaveQueue(
        (questionId, payload, revision) => saveAnswerAction({ assessmentId, questionId, revision, ...payload }),
        (id, state) => setStates((s) => ({ ...s, [id]: state })),
        Object.fromEntries(Object.entries(initial).map(([id, a]) => [id, a.revision])),
        undefined,
        Object.fromEntries(Object.entries(initial).map(([id, a]) => [id, a.value])),
        deviceJournal(userId, assessmentId, () => setDeviceError(true)),
      ),
  );

  useEffect(() => {
    if (!deviceStoreAvailable()) return setDeviceError(true);
    if (!editable) return;
    let cancelled = false;
    const mine = new Set(questionIds);
    loadDrafts(userId, assessmentId).then(
      async (drafts) => {
        if (cancelled) return;
        const plan = planRestore(
          drafts.filter((d) => mine.has(d.questionId)),
          initial,
        );
        await dropDrafts(userId, assessmentId, plan.landed);
        if (cancelled || plan.resend.length === 0) return;
        // The queue first, so it sends over the drafts' revisions; the form's echo of them only merges in.
        queue.restore(plan.resend);
        onRestore(plan.resend);
        setRestored(plan.resend.length);
      },
      () => setDeviceError(true),
    );
    return () => {
      cancelled = true;
    };
    // Once per page: the drafts are read when the form opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [queue]);

  useEffect(() => {
    const retryNow = () => queue.retryAll();
    const sendIfHidden = () => document.visibilityState === "hidden" && queue.retryAll();
    const warn = (e: BeforeUnloadEvent) => {
      // Kept on this device an edit survives leaving, but whoever leaves may not come back to this browser.
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
  return { states, queue, unsaved, restored, keptOnDevice: !deviceError };
}
