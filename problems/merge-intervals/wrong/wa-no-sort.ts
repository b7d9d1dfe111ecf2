/**
 * WRONG (WA): the right sweep, but over the intervals in the order they are
 * given. Without sorting, an interval can overlap a block that was closed long
 * ago, and the output is not sorted by start.
 */
export function merge(intervals: number[][]): number[][] {
  const merged: number[][] = [];
  for (const [start, end] of intervals) {
    const last = merged[merged.length - 1];
    if (last !== undefined && start! <= last[1]! && end! >= last[0]!) {
      last[0] = Math.min(last[0]!, start!);
      last[1] = Math.max(last[1]!, end!);
    } else {
      merged.push([start!, end!]);
    }
  }
  return merged;
}
