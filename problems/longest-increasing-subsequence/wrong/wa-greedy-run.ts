/**
 * WRONG (WA): keeps the first element and greedily takes every later element that
 * is larger than the last one taken. Starting low and never skipping a tempting
 * element misses better subsequences: [10, 1, 2, 3] gives 1 instead of 3.
 */
export function lengthOfLIS(nums: number[]): number {
  if (nums.length === 0) return 0;
  let length = 1;
  let last = nums[0]!;
  for (const value of nums) {
    if (value > last) {
      length++;
      last = value;
    }
  }
  return length;
}
