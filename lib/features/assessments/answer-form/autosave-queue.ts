// The autosave engine, free of React so it can be unit-tested: debounce, one save in flight per
// answer, retries with backoff until the server answers, conflicts surfaced, never a dropped edit.
//
// Each question has one entry. Its edits (a value, a comment, or both) are merged field by field
// into the pending edit (a later field wins, an absent field keeps the pending one), whether or not
// a save of that question is in flight. A save that does not land (no network, server error,
// conflict, refusal) puts its fields back under the newer pending ones, so nothing typed is lost.
import type { TAnswerValue } from "@/lib/questionnaire/model";

export type TConflict = { theirs: TAnswerValue; revision: number; by: string | null };
export type TSaveState =
  | { status: "pending" | "saving" | "saved" }
  | { status: "retrying"; attempt: number }
  | { status: "failed"; message: string }
  | { status: "conflict"; conflict: TConflict };
/** What is sent: the value always; comment undefined keeps the stored comment. */
export type TPayload = { value: TAnswerValue; comment?: string | null };
/** What one edit changes: an absent (undefined) field is left as it is. */
export type TEdit = { value?: TAnswerValue; comment?: string | null };

type TResult = { ok: true; data: { revision: number } } | { ok: false; error: { code: string; message: string; details?: unknown } };
export type TSave = (questionId: string, payload: TPayload, revision: number) => Promise<TResult>;

/** Where unsaved edits are kept beyond this page (IndexedDB): written on every change, cleared once saved. */
export type TJournal = { write: (id: string, edit: TEdit, revision: number) => void; clear: (id: string) => void };

type TTimers = { set: (fn: () => void, ms: number) => unknown; clear: (handle: unknown) => void };
const realTimers: TTimers = { set: (fn, ms) => setTimeout(fn, ms), clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) };

export const DEBOUNCE_MS = 700;
export const retryDelay = (attempt: number) => Math.min(30_000, 1000 * 2 ** attempt);
/** Server answers that say "nothing was changed, try again later": retried like a lost connection. */
const TRANSIENT = new Set(["internal", "rate-limited"]);

/** Field by field, the later edit wins; a field it leaves undefined keeps the earlier one. */
export function mergeEdits(earlier: TEdit | undefined, later: TEdit | undefined): TEdit {
  const merged: TEdit = { ...earlier };
  if (later?.value !== undefined) merged.value = later.value;
  if (later?.comment !== undefined) merged.comment = later.comment;
  return merged;
}

export class AutosaveQueue {
  /** Edits not sent yet, or sent and not acknowledged (put back after a failed save). */
  private readonly pending = new Map<string, TEdit>();
  /** The payload of the save in flight, one per question at most. */
  private readonly sending = new Map<string, TPayload>();
  private readonly timers = new Map<string, unknown>();
  /** Questions waiting for the user: a conflict (until resolve) or a refusal (until the next edit or retryAll). */
  private readonly held = new Map<string, TSaveState>();

  constructor(
    private readonly save: TSave,
    private readonly onState: (id: string, state: TSaveState) => void,
    private readonly revisions: Record<string, number> = {},
    private readonly timers_: TTimers = realTimers,
    /** The latest value of each question known here (stored, or edited locally): sent with a comment-only edit. */
    private readonly values: Record<string, TAnswerValue> = {},
    private readonly journal?: TJournal,
  ) {}

  /** Keeps the journal equal to what has not reached the server: the fields in flight and pending. */
  private record(id: string): void {
    if (!this.journal) return;
    const sending = this.sending.get(id);
    const pending = this.pending.get(id);
    if (!sending && !pending) return this.journal.clear(id);
    this.journal.write(id, mergeEdits(sending, pending), this.revisions[id] ?? 0);
  }

  /**
   * Puts back edits kept on this device from an earlier visit, over the revision they were made on,
   * and sends them: the server's revision check turns one overtaken since into a conflict to decide.
   */
  restore(drafts: readonly { questionId: string; edit: TEdit; revision: number }[]): void {
    for (const { questionId: id, edit, revision } of drafts) {
      if (this.pending.has(id) || this.sending.has(id)) continue; // edited here already: that edit is newer
      this.revisions[id] = revision;
      this.queue(id, edit);
      this.schedule(id, 0, 0);
    }
  }

  /** Answers with an edit that has not reached the server yet (pending, in flight, or held). */
  get unsavedIds(): string[] {
    return [...new Set([...this.pending.keys(), ...this.sending.keys()])];
  }

  /** What the next save of this question would send (in-flight fields included), if anything is unsaved. */
  unsaved(id: string): TPayload | undefined {
    const sending = this.sending.get(id);
    const pending = this.pending.get(id);
    if (!sending && !pending) return undefined;
    return this.payloadOf(id, mergeEdits(sending, pending));
  }

  queue(id: string, edit: TEdit): void {
    if (edit.value !== undefined) this.values[id] = edit.value;
    this.pending.set(id, mergeEdits(this.pending.get(id), edit));
    this.record(id);
    const held = this.held.get(id);
    // A conflict waits for the user's choice; the edit joins what "keep mine" will send.
    if (held?.status === "conflict") return this.onState(id, held);
    this.held.delete(id);
    this.schedule(id, DEBOUNCE_MS, 0);
    this.onState(id, { status: "pending" });
  }

  /** Try every unsaved answer now (the browser came back online, or the page is being hidden). Conflicts wait for the user. */
  retryAll(): void {
    for (const id of this.pending.keys()) {
      if (this.held.get(id)?.status === "conflict") continue;
      this.held.delete(id);
      this.schedule(id, 0, 0);
    }
  }

  /**
   * "mine" saves every unsaved field over their revision. "theirs" adopts their revision and value:
   * the local value is dropped (the user chose so), but a comment edited locally is still saved.
   */
  resolve(id: string, choice: "mine" | "theirs", conflict: TConflict): void {
    this.revisions[id] = conflict.revision;
    this.held.delete(id);
    if (choice === "theirs") {
      this.values[id] = conflict.theirs;
      const pending = this.pending.get(id);
      if (pending?.value !== undefined) delete pending.value;
      if (pending?.comment === undefined && !this.sending.has(id)) {
        this.pending.delete(id);
        this.timers_.clear(this.timers.get(id));
        this.timers.delete(id);
        this.record(id);
        return this.onState(id, { status: "saved" });
      }
    }
    this.record(id);
    this.schedule(id, 0, 0);
  }

  private payloadOf(id: string, edit: TEdit): TPayload {
    const payload: TPayload = { value: edit.value !== undefined ? edit.value : (this.values[id] ?? null) };
    if (edit.comment !== undefined) payload.comment = edit.comment;
    return payload;
  }

  private schedule(id: string, ms: number, attempt: number): void {
    this.timers_.clear(this.timers.get(id));
    this.timers.set(
      id,
      this.timers_.set(() => {
        this.timers.delete(id);
        void this.flush(id, attempt);
      }, ms),
    );
  }

  /** Puts a save's fields back under the edits made since, so the next save carries all of them. */
  private putBack(id: string, payload: TPayload): void {
    this.pending.set(id, mergeEdits(payload, this.pending.get(id)));
  }

  async flush(id: string, attempt: number): Promise<void> {
    if (this.sending.has(id) || this.held.has(id)) return; // sent after the save in flight / waits for the user
    const edit = this.pending.get(id);
    if (!edit) return;
    const payload = this.payloadOf(id, edit);
    this.pending.delete(id);
    this.sending.set(id, payload);
    this.onState(id, { status: "saving" });
    let result: TResult | undefined;
    try {
      result = await this.save(id, payload, this.revisions[id] ?? 0);
    } catch {
      result = undefined; // the server could not be reached: keep the edit and try again
    }
    this.sending.delete(id);
    if (!result || (!result.ok && TRANSIENT.has(result.error.code))) {
      this.putBack(id, payload);
      this.onState(id, { status: "retrying", attempt: attempt + 1 });
      return this.schedule(id, retryDelay(attempt), attempt + 1);
    }
    if (result.ok) {
      this.revisions[id] = result.data.revision;
      this.record(id);
      if (!this.pending.has(id)) return this.onState(id, { status: "saved" });
      // Edited during the flight: send now with the new revision, unless a debounce is still running.
      if (!this.timers.has(id)) return this.flush(id, 0);
      return this.onState(id, { status: "pending" });
    }
    this.putBack(id, payload);
    const current = (result.error.details as { current?: { value: TAnswerValue; revision: number; updatedBy: string | null } } | undefined)?.current;
    const state: TSaveState =
      result.error.code === "conflict" && current
        ? { status: "conflict", conflict: { theirs: current.value, revision: current.revision, by: current.updatedBy } }
        : { status: "failed", message: result.error.message };
    this.timers_.clear(this.timers.get(id));
    this.timers.delete(id);
    this.held.set(id, state);
    this.onState(id, state);
  }
}
