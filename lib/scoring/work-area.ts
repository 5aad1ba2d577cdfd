// Per-version buffers for the answer state, the tally (points, completion, step candidates) and
// the shown cents. Typed arrays of 88 live outside the JS heap and cost more to allocate than a
// whole score, so scoring reuses one set per version. An answer getter could call scoring again
// while a set is in use (re-entry): that call gets fresh buffers, so no set serves two scores.
import { newAnswerState, type TAnswerState } from "./applicability";
import type { TCompiledVersion } from "./compile";
import type { TShownCents } from "./explanation";
import { newTally, type TTally } from "./tally";

export type TWorkArea = {
  busy: boolean;
  state: TAnswerState;
  tally: TTally;
  shown: TShownCents;
  /** Per question, the variant of its shared result parts in this score (level-by-level path of detail.ts). */
  variants: Int32Array;
};

const areas = new WeakMap<TCompiledVersion, TWorkArea>();

function newWorkArea(compiled: TCompiledVersion): TWorkArea {
  const nq = compiled.questions.length;
  const ni = compiled.indicators.length;
  const np = compiled.pillars.length;
  return {
    busy: true,
    state: newAnswerState(nq),
    tally: newTally(compiled),
    shown: { overall: 0, questions: new Float64Array(nq), indicators: new Float64Array(ni), pillars: new Float64Array(np) },
    variants: new Int32Array(nq),
  };
}

/** Buffers for one score; give them back with releaseWorkArea (in a `finally`). */
export function acquireWorkArea(compiled: TCompiledVersion): TWorkArea {
  const area = areas.get(compiled);
  if (area && !area.busy) {
    area.busy = true;
    return area;
  }
  const fresh = newWorkArea(compiled);
  if (!area) areas.set(compiled, fresh);
  return fresh;
}

export function releaseWorkArea(area: TWorkArea): void {
  // Drop the caller's answer values: a cached buffer must not keep them alive.
  area.state.values.fill(undefined);
  area.busy = false;
}
