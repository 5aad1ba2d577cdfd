import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AutosaveQueue, mergeEdits, type TEdit, type TPayload, type TSave, type TSaveState } from "@/lib/features/assessments/answer-form/autosave-queue";

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function setup(save: TSave, revisions: Record<string, number> = {}, values: Record<string, string> = {}) {
  const states: [string, TSaveState["status"]][] = [];
  const queue = new AutosaveQueue(save, (id, s) => states.push([id, s.status]), revisions, undefined, values);
  return { queue, states, last: () => states.at(-1)?.[1] };
}

describe("autosave", () => {
  it("debounces: quick successive changes send one save with the last value", async () => {
    const save = vi.fn<TSave>(async () => ({ ok: true, data: { revision: 1 } }));
    const { queue, last } = setup(save);
    queue.queue("q", { value: "in-progress" });
    queue.queue("q", { value: "in-place" });
    await vi.advanceTimersByTimeAsync(800);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith("q", { value: "in-place" }, 0);
    expect(last()).toBe("saved");
    expect(queue.unsavedIds).toEqual([]);
  });

  it("retries a save that cannot reach the server until it lands, keeping the value", async () => {
    let online = false;
    const save = vi.fn<TSave>(async () => {
      if (!online) throw new TypeError("Failed to fetch");
      return { ok: true, data: { revision: 4 } };
    });
    const { queue, states, last } = setup(save, { q: 3 });
    queue.queue("q", { value: "yes" });
    await vi.advanceTimersByTimeAsync(800 + 1000 + 2000);
    expect(states.filter(([, s]) => s === "retrying").length).toBeGreaterThanOrEqual(2);
    expect(queue.unsavedIds).toEqual(["q"]);
    online = true;
    queue.retryAll();
    await vi.advanceTimersByTimeAsync(10);
    expect(last()).toBe("saved");
    expect(save).toHaveBeenLastCalledWith("q", { value: "yes" }, 3);
  });

  it("surfaces a conflict; keeping mine saves over their revision", async () => {
    const save = vi
      .fn<TSave>()
      .mockResolvedValueOnce({ ok: false, error: { code: "conflict", message: "stale", details: { current: { value: "no", revision: 5, updatedBy: "Ana" } } } })
      .mockResolvedValueOnce({ ok: true, data: { revision: 6 } });
    const { queue, states, last } = setup(save, { q: 4 });
    queue.queue("q", { value: "yes" });
    await vi.advanceTimersByTimeAsync(800);
    expect(last()).toBe("conflict");
    queue.resolve("q", "mine", { theirs: "no", revision: 5, by: "Ana" });
    await vi.advanceTimersByTimeAsync(10);
    expect(save).toHaveBeenLastCalledWith("q", { value: "yes" }, 5);
    expect(states.at(-1)).toEqual(["q", "saved"]);
  });

  it("a change made while a save is in flight is saved after it, with the new revision", async () => {
    let resolveFirst: (v: { ok: true; data: { revision: number } }) => void = () => {};
    const save = vi
      .fn<TSave>()
      .mockImplementationOnce(() => new Promise((r) => (resolveFirst = r)))
      .mockResolvedValueOnce({ ok: true, data: { revision: 2 } });
    const { queue, last } = setup(save);
    queue.queue("q", { value: "a" });
    await vi.advanceTimersByTimeAsync(800);
    queue.queue("q", { value: "b" });
    await vi.advanceTimersByTimeAsync(800);
    resolveFirst({ ok: true, data: { revision: 1 } });
    await vi.advanceTimersByTimeAsync(10);
    expect(save).toHaveBeenNthCalledWith(2, "q", { value: "b" }, 1);
    expect(last()).toBe("saved");
  });

  it("a refused value is reported and not retried", async () => {
    const save = vi.fn<TSave>(async () => ({ ok: false, error: { code: "invalid", message: "expected a number" } }));
    const { queue, last } = setup(save);
    queue.queue("q", { value: "x" });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(save).toHaveBeenCalledTimes(1);
    expect(last()).toBe("failed");
  });
});

// ---------------------------------------------------------------------------------------------
// One question, its value and its comment: pending edits are merged per question, never dropped.
// Each scenario is a list of steps against a save whose replies the test decides, one call at a time.

type TReply = "ok" | "offline" | "internal" | "conflict" | "refused";
type TStep = { edit: TEdit } | { wait: number } | { reply: TReply } | { resolve: "mine" | "theirs" };
type TScenario = {
  name: string;
  revision?: number;
  stored?: string;
  steps: TStep[];
  /** Every save sent, in order: payload and the revision it was sent over. */
  sent: [TPayload, number][];
  state: TSaveState["status"];
  /** What is still unsaved at the end (undefined: nothing). */
  unsaved?: TPayload;
};

const THEIRS = { value: "no", revision: 5, updatedBy: "Ana" };

function replyFor(reply: TReply, revision: number): Awaited<ReturnType<TSave>> {
  if (reply === "ok") return { ok: true, data: { revision: revision + 1 } };
  if (reply === "internal") return { ok: false, error: { code: "internal", message: "Something went wrong. Nothing was changed." } };
  if (reply === "refused") return { ok: false, error: { code: "conflict", message: "This assessment cannot be edited now (closed)" } };
  return { ok: false, error: { code: "conflict", message: "stale", details: { current: THEIRS } } };
}

const scenarios: TScenario[] = [
  {
    name: "comment then value before the debounce: one save with both",
    steps: [{ edit: { comment: "Law drafted in 2023" } }, { wait: 100 }, { edit: { value: "in-place" } }, { wait: 800 }, { reply: "ok" }],
    sent: [[{ value: "in-place", comment: "Law drafted in 2023" }, 0]],
    state: "saved",
  },
  {
    name: "value then comment before the debounce: one save with both",
    steps: [{ edit: { value: "in-place" } }, { wait: 100 }, { edit: { comment: "Law drafted in 2023" } }, { wait: 800 }, { reply: "ok" }],
    sent: [[{ value: "in-place", comment: "Law drafted in 2023" }, 0]],
    state: "saved",
  },
  {
    name: "a comment-only edit is sent with the stored value, not a stale or empty one",
    revision: 2,
    stored: "in-progress",
    steps: [{ edit: { comment: "Audit planned" } }, { wait: 800 }, { reply: "ok" }],
    sent: [[{ value: "in-progress", comment: "Audit planned" }, 2]],
    state: "saved",
  },
  {
    name: "a later field wins, an absent field keeps the pending one",
    steps: [
      { edit: { value: "no", comment: "first" } },
      { edit: { value: "yes" } },
      { edit: { comment: "second" } },
      { edit: { comment: undefined } },
      { wait: 800 },
      { reply: "ok" },
    ],
    sent: [[{ value: "yes", comment: "second" }, 0]],
    state: "saved",
  },
  {
    name: "comment typed while the value save is in flight: sent after it, with the new revision",
    steps: [{ edit: { value: "in-place" } }, { wait: 800 }, { edit: { comment: "Law drafted in 2023" } }, { wait: 800 }, { reply: "ok" }, { reply: "ok" }],
    sent: [
      [{ value: "in-place" }, 0],
      [{ value: "in-place", comment: "Law drafted in 2023" }, 1],
    ],
    state: "saved",
  },
  {
    name: "comment then an immediate click while the comment save is in flight: both land",
    steps: [{ edit: { comment: "Law drafted in 2023" } }, { wait: 800 }, { edit: { value: "in-place" } }, { reply: "ok" }, { wait: 800 }, { reply: "ok" }],
    sent: [
      [{ value: null, comment: "Law drafted in 2023" }, 0],
      [{ value: "in-place" }, 1],
    ],
    state: "saved",
  },
  {
    name: "retry after a network failure keeps both fields",
    steps: [{ edit: { value: "in-place" } }, { edit: { comment: "c" } }, { wait: 800 }, { reply: "offline" }, { wait: 1000 }, { reply: "ok" }],
    sent: [
      [{ value: "in-place", comment: "c" }, 0],
      [{ value: "in-place", comment: "c" }, 0],
    ],
    state: "saved",
  },
  {
    name: "a value save fails offline while a comment is typed: the retry carries both",
    steps: [{ edit: { value: "in-place" } }, { wait: 800 }, { edit: { comment: "c" } }, { reply: "offline" }, { wait: 1000 }, { reply: "ok" }],
    sent: [
      [{ value: "in-place" }, 0],
      [{ value: "in-place", comment: "c" }, 0],
    ],
    state: "saved",
  },
  {
    name: "a server error (nothing changed) is retried like a lost connection, with every field",
    steps: [{ edit: { comment: "c" } }, { edit: { value: "yes" } }, { wait: 800 }, { reply: "internal" }, { wait: 1000 }, { reply: "ok" }],
    sent: [
      [{ value: "yes", comment: "c" }, 0],
      [{ value: "yes", comment: "c" }, 0],
    ],
    state: "saved",
  },
  {
    name: "conflict keeps the local edit (value and comment) unsaved and visible, and sends nothing more",
    revision: 4,
    steps: [{ edit: { value: "yes" } }, { edit: { comment: "c" } }, { wait: 800 }, { reply: "conflict" }, { edit: { comment: "c2" } }, { wait: 60_000 }],
    sent: [[{ value: "yes", comment: "c" }, 4]],
    state: "conflict",
    unsaved: { value: "yes", comment: "c2" },
  },
  {
    name: "conflict, then keep mine: every local field saved over their revision",
    revision: 4,
    steps: [{ edit: { value: "yes" } }, { wait: 800 }, { edit: { comment: "c" } }, { reply: "conflict" }, { resolve: "mine" }, { wait: 10 }, { reply: "ok" }],
    sent: [
      [{ value: "yes" }, 4],
      [{ value: "yes", comment: "c" }, 5],
    ],
    state: "saved",
  },
  {
    name: "conflict, then use theirs with a newer local comment: their value, my comment",
    revision: 4,
    steps: [{ edit: { value: "yes" } }, { wait: 800 }, { edit: { comment: "c" } }, { reply: "conflict" }, { resolve: "theirs" }, { wait: 10 }, { reply: "ok" }],
    sent: [
      [{ value: "yes" }, 4],
      [{ value: "no", comment: "c" }, 5],
    ],
    state: "saved",
  },
  {
    name: "conflict, then use theirs with only a value edited: nothing left to send",
    revision: 4,
    steps: [{ edit: { value: "yes" } }, { wait: 800 }, { reply: "conflict" }, { resolve: "theirs" }, { wait: 60_000 }],
    sent: [[{ value: "yes" }, 4]],
    state: "saved",
  },
  {
    name: "a refused save stays unsaved; the next edit sends it again with that edit",
    steps: [
      { edit: { value: "yes", comment: "c" } },
      { wait: 800 },
      { reply: "refused" },
      { wait: 60_000 },
      { edit: { value: "no" } },
      { wait: 800 },
      { reply: "ok" },
    ],
    sent: [
      [{ value: "yes", comment: "c" }, 0],
      [{ value: "no", comment: "c" }, 0],
    ],
    state: "saved",
  },
];

describe("autosave merges a question's value and comment edits", () => {
  it.each(scenarios)("$name", async ({ revision = 0, stored, steps, sent, state, unsaved }) => {
    const calls: { payload: TPayload; revision: number; reply: (r: Awaited<ReturnType<TSave>> | "offline") => void }[] = [];
    let replied = 0;
    const save: TSave = (_id, payload, rev) =>
      new Promise((resolve, reject) => {
        calls.push({
          payload: structuredClone(payload),
          revision: rev,
          reply: (r) => (r === "offline" ? reject(new TypeError("Failed to fetch")) : resolve(r)),
        });
      });
    const { queue, last } = setup(save, { q: revision }, stored === undefined ? {} : { q: stored });
    for (const step of steps) {
      if ("edit" in step) queue.queue("q", step.edit);
      else if ("wait" in step) await vi.advanceTimersByTimeAsync(step.wait);
      else if ("resolve" in step) queue.resolve("q", step.resolve, { theirs: THEIRS.value, revision: THEIRS.revision, by: THEIRS.updatedBy });
      else {
        const call = calls[replied++];
        expect(call, `a save to reply "${step.reply}" to`).toBeDefined();
        call!.reply(step.reply === "offline" ? "offline" : replyFor(step.reply, call!.revision));
        await vi.advanceTimersByTimeAsync(0);
      }
    }
    expect(calls.map((c) => [c.payload, c.revision])).toEqual(sent);
    expect(replied, "every save was answered").toBe(calls.length);
    expect(last()).toBe(state);
    expect(queue.unsaved("q")).toEqual(unsaved);
    expect(queue.unsavedIds).toEqual(unsaved ? ["q"] : []);
  });

  it.each([
    { earlier: undefined, later: { comment: "c" }, merged: { comment: "c" } },
    { earlier: { value: "a", comment: "c" }, later: { value: "b" }, merged: { value: "b", comment: "c" } },
    { earlier: { value: "a" }, later: { comment: null }, merged: { value: "a", comment: null } },
    { earlier: { value: "a", comment: "c" }, later: { value: null }, merged: { value: null, comment: "c" } },
  ])("mergeEdits($earlier, $later)", ({ earlier, later, merged }) => {
    expect(mergeEdits(earlier, later)).toEqual(merged);
  });

  it("edits of different questions stay separate", async () => {
    const save = vi.fn<TSave>(async (_id, _p, rev) => ({ ok: true, data: { revision: rev + 1 } }));
    const { queue } = setup(save);
    queue.queue("a", { comment: "for a" });
    queue.queue("b", { value: "yes" });
    await vi.advanceTimersByTimeAsync(800);
    expect(save).toHaveBeenCalledWith("a", { value: null, comment: "for a" }, 0);
    expect(save).toHaveBeenCalledWith("b", { value: "yes" }, 0);
  });
});
