/**
 * Sort by start, then sweep: an interval that starts at or before the end of the
 * current merged block extends it (to the larger of the two ends); otherwise it
 * starts a new block. O(n log n).
 *
 * The sort packs (start + 10^9) * 2^17 + index into one double (below 2^48, so
 * exact) and sorts a Float64Array numerically, which is much faster than sorting
 * arrays of pairs with a comparator.
 */
export function merge(intervals: number[][]): number[][] {
  const n = intervals.length;
  const SHIFT = 131072; // 2^17 > 10^5 indices
  const keys = new Float64Array(n);
  for (let index = 0; index < n; index++) keys[index] = (intervals[index]![0]! + 1_000_000_000) * SHIFT + index;
  keys.sort();
  const merged: number[][] = [];
  let start = 0;
  let end = 0;
  for (let k = 0; k < n; k++) {
    const interval = intervals[keys[k]! % SHIFT]!;
    if (k > 0 && interval[0]! <= end) {
      if (interval[1]! > end) end = interval[1]!;
    } else {
      if (k > 0) merged.push([start, end]);
      start = interval[0]!;
      end = interval[1]!;
    }
  }
  merged.push([start, end]);
  return merged;
}
