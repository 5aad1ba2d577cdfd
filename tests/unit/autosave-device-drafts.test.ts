// Edits kept on the device: the queue's journal always equals what the server has not acknowledged,
// and a reopened form puts drafts back over the revision they were made on.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AutosaveQueue, type TEdit, type TJournal, type TSave, type TSaveState } from "@/lib/features/assessments/answer-form/autosave-queue";
import { planRestore, type TDraft } from "@/lib/features/assessments/answer-form/device-drafts";

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** A journal held in memory, as IndexedDB would hold it. */
function memoryJournal() {
  const kept = new Map<string, { edit: TEdit; revision: number }>();
  const journal: TJournal = { write: (id, edit, revision) => kept.set(id, { edit: { ...edit }, revision }), clear: (id) => kept.delete(id) };
  return { kept, journal };
}

function setup(save: TSave, revisions: Record<string, number> = {}) {
  const { kept, journal } = memoryJournal();
  const states: [string, TSaveState["status"]][] = [];
  const queue = new AutosaveQueue(save, (id, s) => states.push([id, s.status]), revisions, undefined, {}, journal);
  return { queue, kept, last: (id: string) => states.filter(([q]) => q === id).at(-1)?.[1] };
}

const offline: TSave = async () => {
  throw new TypeError("Failed to fetch");
};

describe("the device journal", () => {
  it("keeps an edit from the moment it is typed until the server acknowledges it", async () => {
    let online = false;
    const save = vi.fn<TSave>(async () => {
      if (!online) throw new TypeError("Failed to fetch");
      return { ok: true, data: { revision: 5 } };
    });
    const { queue, kept } = setup(save, { q: 4 });
    queue.queue("q", { value: "in-place" });
    expect(kept.get("q")).toEqual({ edit: { value: "in-place" }, revision: 4 });
    await vi.advanceTimersByTimeAsync(800 + 1000);
    expect(save).toHaveBeenCalled();
    expect(kept.get("q")).toEqual({ edit: { value: "in-place" }, revision: 4 }); // the failed save kept it
    online = true;
    queue.retryAll();
    await vi.advanceTimersByTimeAsync(10);
    expect(kept.has("q")).toBe(false);
  });

  it("holds the value and the comment of one question together, the latest of each", async () => {
    const { queue, kept } = setup(offline, { q: 1 });
    queue.queue("q", { value: "in-progress" });
    queue.queue("q", { comment: "Decree signed in March" });
    queue.queue("q", { value: "in-place" });
    expect(kept.get("q")).toEqual({ edit: { value: "in-place", comment: "Decree signed in March" }, revision: 1 });
  });

  it("still holds an edit made while a save is in flight after that save lands, over the new revision", async () => {
    let finish: (r: Awaited<ReturnType<TSave>>) => void = () => {};
    const save = vi.fn<TSave>(() => new Promise((r) => (finish = r)));
    const { queue, kept } = setup(save, { q: 2 });
    queue.queue("q", { value: "in-progress" });
    await vi.advanceTimersByTimeAsync(800);
    queue.queue("q", { comment: "Draft law before Parliament" });
    expect(kept.get("q")).toEqual({ edit: { value: "in-progress", comment: "Draft law before Parliament" }, revision: 2 });
    finish({ ok: true, data: { revision: 3 } });
    await vi.advanceTimersByTimeAsync(0);
    expect(kept.get("q")?.revision).toBe(3);
    expect(kept.get("q")?.edit.comment).toBe("Draft law before Parliament");
  });

  it("drops the value of a conflict resolved as 'theirs', keeping only a comment still to send", async () => {
    const save = vi.fn<TSave>(async () => ({
      ok: false,
      error: { code: "conflict", message: "changed", details: { current: { value: "not-in-place", revision: 7, updatedBy: "Amina" } } },
    }));
    const { queue, kept } = setup(save, { q: 6 });
    queue.queue("q", { value: "in-place" });
    await vi.advanceTimersByTimeAsync(800);
    expect(kept.get("q")).toEqual({ edit: { value: "in-place" }, revision: 6 });
    queue.resolve("q", "theirs", { theirs: "not-in-place", revision: 7, by: "Amina" });
    expect(kept.has("q")).toBe(false);
  });
});

describe("restoring drafts", () => {
  it("sends a restored draft over the revision it was made on, so a newer answer is a conflict, not overwritten", async () => {
    const save = vi.fn<TSave>(async (_id, _payload, revision) =>
      revision === 9
        ? { ok: true, data: { revision: 10 } }
        : { ok: false, error: { code: "conflict", message: "changed", details: { current: { value: "yes", revision: 9, updatedBy: "Otieno" } } } },
    );
    const { queue, last } = setup(save, { q: 9 });
    queue.restore([{ questionId: "q", edit: { value: "no" }, revision: 8 }]);
    await vi.advanceTimersByTimeAsync(10);
    expect(save).toHaveBeenCalledWith("q", { value: "no" }, 8);
    expect(last("q")).toBe("conflict");
  });

  it("leaves alone a question already edited on this page (that edit is newer)", async () => {
    const save = vi.fn<TSave>(async () => ({ ok: true, data: { revision: 2 } }));
    const { queue } = setup(save, { q: 1 });
    queue.queue("q", { value: "in-place" });
    queue.restore([{ questionId: "q", edit: { value: "not-in-place" }, revision: 0 }]);
    await vi.advanceTimersByTimeAsync(800);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith("q", { value: "in-place" }, 1);
  });
});

describe("planRestore", () => {
  const draft = (questionId: string, edit: TEdit, revision: number): TDraft => ({ questionId, edit, revision, savedAt: "2026-12-03T08:00:00.000Z" });
  const cases: { name: string; draft: TDraft; server?: { value: unknown; revision: number; comment: string | null }; expected: "resend" | "landed" }[] = [
    { name: "never saved: no answer on the server", draft: draft("q", { value: "yes" }, 0), expected: "resend" },
    {
      name: "the server is at the draft's revision (the save never arrived)",
      draft: draft("q", { value: "yes" }, 3),
      server: { value: "no", revision: 3, comment: null },
      expected: "resend",
    },
    {
      name: "the save landed, the tab closed before it heard",
      draft: draft("q", { value: "yes" }, 3),
      server: { value: "yes", revision: 4, comment: null },
      expected: "landed",
    },
    {
      name: "someone else saved another value since",
      draft: draft("q", { value: "yes" }, 3),
      server: { value: "no", revision: 4, comment: null },
      expected: "resend",
    },
    {
      name: "the value landed but the comment did not",
      draft: draft("q", { value: "yes", comment: "Act No. 5" }, 3),
      server: { value: "yes", revision: 4, comment: null },
      expected: "resend",
    },
    {
      name: "a comment-only draft that landed",
      draft: draft("q", { comment: "Act No. 5" }, 3),
      server: { value: "yes", revision: 4, comment: "Act No. 5" },
      expected: "landed",
    },
    {
      name: "a list answer, the same items",
      draft: draft("q", { value: ["a", "b"] }, 1),
      server: { value: ["a", "b"], revision: 2, comment: null },
      expected: "landed",
    },
    { name: "a cleared answer that landed", draft: draft("q", { value: null }, 1), server: { value: null, revision: 2, comment: null }, expected: "landed" },
  ];
  it.each(cases)("$name: $expected", ({ draft: d, server, expected }) => {
    const plan = planRestore([d], server ? { q: server as never } : {});
    expect(expected === "landed" ? plan.landed : plan.resend.map((r) => r.questionId)).toEqual(["q"]);
  });
});
