/**
 * WRONG (TLE): tries every pair i < j. Correct, but O(n^2): with n = 10^5 and the pair at
 * the very end it makes about 5 * 10^9 comparisons.
 */
export function twoSum(nums: number[], target: number): number[] {
  for (let i = 0; i < nums.length; i++) {
    for (let j = i + 1; j < nums.length; j++) {
      if (nums[i]! + nums[j]! === target) return [i, j];
    }
  }
  return [];
}
