// Next steps ranked as the original comparator ranks them, without calling a comparator:
//   (a, b) => |gain(b) - gain(a)| > EPSILON ? gain(b) - gain(a) : a - b
// Gains fall in clusters (equal up to float noise, clusters far apart). When every cluster spans at
// most EPSILON and clusters are more than EPSILON apart, that comparator is a strict total order
// (cluster, then file order), so any correct sort gives its one result. Here: the exact order
// (gain, then file order) from the ranks precomputed per lookup answer (slot-tables.ts), merged
// with the few other questions' gains, then file order inside each cluster. A chain of near-equal
// gains wider than EPSILON (never seen in practice) makes the comparator intransitive: then the
// comparator sort itself runs, as before.
import { STEP_EPSILON } from "./slot-tables";
import type { TStepCandidates } from "./tally";

const EPSILON = STEP_EPSILON;

/** Candidate positions (0..count-1, file order) in next-step order. */
export function rankByGain(s: TStepCandidates): ArrayLike<number> {
  const { gains, dynamic, words, sorted, order } = s;
  const n = s.count;
  const d = s.dynamicCount;
  // Marked ranks in increasing order: exact gain order, ties in file order.
  let m = 0;
  for (let w = 0; w < words.length; w++) {
    let bits = words[w]!;
    while (bits !== 0) {
      sorted[m++] = s.positionOfRank[(w << 5) + 31 - Math.clz32(bits & -bits)]!;
      bits &= bits - 1;
    }
  }
  for (let k = 0; k < d; k++) if (!(gains[dynamic[k]!]! >= 0 && gains[dynamic[k]!]! < Infinity)) return rankWithComparator(s);
  // The others (a few): insertion sort by gain; positions arrive in file order, so ties stay in it.
  for (let k = 1; k < d; k++) {
    const x = dynamic[k]!;
    let j = k - 1;
    while (j >= 0 && gains[dynamic[j]!]! < gains[x]!) {
      dynamic[j + 1] = dynamic[j]!;
      j--;
    }
    dynamic[j + 1] = x;
  }
  // Merge both exact orders (gain, then file order).
  let a = 0;
  let b = 0;
  for (let k = 0; k < n; k++) {
    const takeSorted = b >= d || (a < m && (gains[sorted[a]!]! > gains[dynamic[b]!]! || (gains[sorted[a]!]! === gains[dynamic[b]!]! && sorted[a]! < dynamic[b]!)));
    order[k] = takeSorted ? sorted[a++]! : dynamic[b++]!;
  }
  // Clusters: file order inside each; a cluster wider than EPSILON means the comparator must decide.
  for (let start = 0; start < n; ) {
    let end = start + 1;
    while (end < n && !(gains[order[end - 1]!]! - gains[order[end]!]! > EPSILON)) end++;
    if (!(gains[order[start]!]! - gains[order[end - 1]!]! <= EPSILON)) return rankWithComparator(s);
    for (let k = start + 1; k < end; k++) {
      const x = order[k]!;
      let j = k - 1;
      while (j >= start && order[j]! > x) {
        order[j + 1] = order[j]!;
        j--;
      }
      order[j + 1] = x;
    }
    start = end;
  }
  return order;
}

/** The comparator sort itself, over candidate question indices as before; returns positions. */
function rankWithComparator(s: TStepCandidates): number[] {
  const gainOf = new Map<number, number>();
  const positionOf = new Map<number, number>();
  const indices: number[] = [];
  for (let k = 0; k < s.count; k++) {
    gainOf.set(s.questions[k]!, s.gains[k]!);
    positionOf.set(s.questions[k]!, k);
    indices.push(s.questions[k]!);
  }
  const gain = (i: number) => gainOf.get(i)!;
  indices.sort((a, b) => (Math.abs(gain(b) - gain(a)) > EPSILON ? gain(b) - gain(a) : a - b));
  return indices.map((i) => positionOf.get(i)!);
}
