/**
 * WRONG (TLE): correct, but merges without sorting by comparing every pair of
 * intervals, restarting whenever two merge, until a full pass changes nothing.
 * A single pass over 10^5 intervals is already 5 * 10^9 pair checks.
 */
export function merge(intervals: number[][]): number[][] {
  const blocks = intervals.map(([start, end]) => [start!, end!]);
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 0; i < blocks.length && !changed; i++) {
      for (let j = i + 1; j < blocks.length; j++) {
        const a = blocks[i]!;
        const b = blocks[j]!;
        if (a[0]! <= b[1]! && b[0]! <= a[1]!) {
          a[0] = Math.min(a[0]!, b[0]!);
          a[1] = Math.max(a[1]!, b[1]!);
          blocks.splice(j, 1);
          changed = true;
          break;
        }
      }
    }
  }
  return blocks.sort((a, b) => a[0]! - b[0]!);
}
