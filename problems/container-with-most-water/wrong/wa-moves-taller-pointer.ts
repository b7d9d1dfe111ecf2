/**
 * WRONG (WA): the two-pointer walk, but it steps past the taller wall instead of the shorter
 * one. The shorter wall stays and keeps capping every later container, so the best pair is
 * skipped (example 1 gives 10 instead of 20).
 */
export function maxArea(height: number[]): number {
  let left = 0;
  let right = height.length - 1;
  let best = 0;
  while (left < right) {
    const a = height[left]!;
    const b = height[right]!;
    best = Math.max(best, Math.min(a, b) * (right - left));
    if (a > b) left++;
    else right--;
  }
  return best;
}
