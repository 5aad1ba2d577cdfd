// The autosave engine, free of React so it can be unit-tested: debounce, one save in flight per
// answer, retries with backoff until the server answers, conflicts surfaced, never a dropped value.
import type { TAnswerValue } from "@/lib/questionnaire/model";

export type TConflict = { theirs: TAnswerValue; revision: number; by: string | null };
export type TSaveState =
  | { status: "pending" | "saving" | "saved" }
  | { status: "retrying"; attempt: number }
  | { status: "failed"; message: string }
  | { status: "conflict"; conflict: TConflict };
export type TPayload = { value: TAnswerValue; comment?: string | null };

type TResult = { ok: true; data: { revision: number } } | { ok: false; error: { code: string; message: string; details?: unknown } };
export type TSave = (questionId: string, payload: TPayload, revision: number) => Promise<TResult>;

type TTimers = { set: (fn: () => void, ms: number) => unknown; clear: (handle: unknown) => void };
const realTimers: TTimers = { set: (fn, ms) => setTimeout(fn, ms), clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) };

export const DEBOUNCE_MS = 700;
export const retryDelay = (attempt: number) => Math.min(30_000, 1000 * 2 ** attempt);

export class AutosaveQueue {
  private readonly latest = new Map<string, TPayload>();
  private readonly timers = new Map<string, unknown>();
  private readonly inFlight = new Set<string>();
  private readonly dirty = new Set<string>();

  constructor(
    private readonly save: TSave,
    private readonly onState: (id: string, state: TSaveState) => void,
    private readonly revisions: Record<string, number> = {},
    private readonly timers_: TTimers = realTimers,
  ) {}

  /** Answers whose latest value has not reached the server yet. */
  get unsavedIds(): string[] {
    return [...this.latest.keys()];
  }

  queue(id: string, payload: TPayload): void {
    this.latest.set(id, payload);
    this.schedule(id, DEBOUNCE_MS, 0);
    this.onState(id, { status: "pending" });
  }

  /** Try every unsaved answer now (the browser came back online). */
  retryAll(): void {
    for (const id of this.latest.keys()) this.schedule(id, 0, 0);
  }

  /** "mine" saves over their revision; "theirs" adopts their revision and drops the local value. */
  resolve(id: string, choice: "mine" | "theirs", conflict: TConflict): void {
    this.revisions[id] = conflict.revision;
    if (choice === "mine") return void this.flush(id, 0);
    this.latest.delete(id);
    this.onState(id, { status: "saved" });
  }

  private schedule(id: string, ms: number, attempt: number): void {
    this.timers_.clear(this.timers.get(id));
    this.timers.set(id, this.timers_.set(() => void this.flush(id, attempt), ms));
  }

  async flush(id: string, attempt: number): Promise<void> {
    if (this.inFlight.has(id)) return void this.dirty.add(id);
    const payload = this.latest.get(id);
    if (!payload) return;
    this.inFlight.add(id);
    this.onState(id, { status: "saving" });
    let result: TResult | undefined;
    try {
      result = await this.save(id, payload, this.revisions[id] ?? 0);
    } catch {
      result = undefined; // the server could not be reached: keep the value and try again
    }
    this.inFlight.delete(id);
    if (!result) {
      this.onState(id, { status: "retrying", attempt: attempt + 1 });
      return this.schedule(id, retryDelay(attempt), attempt + 1);
    }
    if (result.ok) {
      this.revisions[id] = result.data.revision;
      if (this.dirty.delete(id) || this.latest.get(id) !== payload) return this.flush(id, 0);
      this.latest.delete(id);
      return this.onState(id, { status: "saved" });
    }
    const current = (result.error.details as { current?: { value: TAnswerValue; revision: number; updatedBy: string | null } } | undefined)?.current;
    if (result.error.code === "conflict" && current) {
      this.onState(id, { status: "conflict", conflict: { theirs: current.value, revision: current.revision, by: current.updatedBy } });
    } else this.onState(id, { status: "failed", message: result.error.message });
  }
}
