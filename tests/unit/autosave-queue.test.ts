import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AutosaveQueue, type TSave, type TSaveState } from "@/lib/features/assessments/answer-form/autosave-queue";

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function setup(save: TSave, revisions: Record<string, number> = {}) {
  const states: [string, TSaveState["status"]][] = [];
  const queue = new AutosaveQueue(save, (id, s) => states.push([id, s.status]), revisions);
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
