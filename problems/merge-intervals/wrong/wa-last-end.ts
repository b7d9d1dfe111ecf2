/**
 * WRONG (WA): sorts and sweeps, but a joining interval's end replaces the block's
 * end instead of the larger of the two. An interval inside the block shrinks it:
 * [[1, 10], [2, 3], [4, 5]] gives [[1, 3], [4, 5]].
 */
export function merge(intervals: number[][]): number[][] {
  const sorted = intervals.map(([start, end]) => [start!, end!]).sort((a, b) => a[0]! - b[0]!);
  const merged: number[][] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && start! <= last[1]!) last[1] = end!;
    else merged.push([start!, end!]);
  }
  return merged;
}
