/**
 * WRONG (TLE): keeps the index of the current maximum and rescans the whole window only when
 * that index falls out. Fast on random data, but when the values keep falling the maximum
 * leaves at every step, and it degrades to O(n * k).
 */
export function maxSlidingWindow(nums: number[], k: number): number[] {
  const out: number[] = [];
  let at = -1;
  for (let i = 0; i < nums.length; i++) {
    const start = i - k + 1;
    if (at < start) {
      at = Math.max(start, 0);
      for (let j = at + 1; j <= i; j++) if (nums[j]! >= nums[at]!) at = j;
    } else if (nums[i]! >= nums[at]!) {
      at = i;
    }
    if (start >= 0) out.push(nums[at]!);
  }
  return out;
}
