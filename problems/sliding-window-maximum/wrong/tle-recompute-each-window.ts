/**
 * WRONG (TLE): scans every window from scratch. Correct, but O((n - k + 1) * k): with
 * n = 2 * 10^5 and k = n / 2 that is 10^10 comparisons.
 */
export function maxSlidingWindow(nums: number[], k: number): number[] {
  const out: number[] = [];
  for (let start = 0; start + k <= nums.length; start++) {
    let best = nums[start]!;
    for (let i = start + 1; i < start + k; i++) if (nums[i]! > best) best = nums[i]!;
    out.push(best);
  }
  return out;
}
