// Edits waiting on this device: what the autosave queue keeps in IndexedDB until the server has
// them, so a reload, a closed tab or a restarted browser loses nothing typed offline. Pure: the
// planner decides what a reopened form does with each draft; device-store.ts does the storage.
import type { TAnswerValue } from "@/lib/questionnaire/model";
import type { TEdit } from "./autosave-queue";

/** One question's unsaved edit, and the revision it was made over (what the server checks). */
export type TDraft = { questionId: string; edit: TEdit; revision: number; savedAt: string };

/** What the server sent with the page, per question. */
export type TServerAnswer = { value: TAnswerValue; revision: number; comment: string | null };

export type TRestorePlan = {
  /** Drafts to put back in the form and send (a newer server revision makes them a conflict to decide). */
  resend: TDraft[];
  /** Drafts the server already holds (the save landed but the tab closed before it heard so): dropped. */
  landed: string[];
};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** A draft whose every field is what the server now stores has landed; any other is sent again. */
export function planRestore(drafts: readonly TDraft[], server: Readonly<Record<string, TServerAnswer | undefined>>): TRestorePlan {
  const plan: TRestorePlan = { resend: [], landed: [] };
  for (const draft of drafts) {
    const stored = server[draft.questionId];
    const valueThere = draft.edit.value === undefined || (stored !== undefined && same(stored.value, draft.edit.value));
    const commentThere = draft.edit.comment === undefined || (stored !== undefined && (stored.comment ?? "") === (draft.edit.comment ?? ""));
    if (stored && stored.revision > draft.revision && valueThere && commentThere) plan.landed.push(draft.questionId);
    else plan.resend.push(draft);
  }
  return plan;
}
