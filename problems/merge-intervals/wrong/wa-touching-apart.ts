/**
 * WRONG (WA): treats intervals that only touch as separate (start < end instead
 * of start <= end), so [1, 2] and [2, 3] stay two intervals.
 */
export function merge(intervals: number[][]): number[][] {
  const sorted = intervals.map(([start, end]) => [start!, end!]).sort((a, b) => a[0]! - b[0]!);
  const merged: number[][] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && start! < last[1]!) last[1] = Math.max(last[1]!, end!);
    else merged.push([start!, end!]);
  }
  return merged;
}
