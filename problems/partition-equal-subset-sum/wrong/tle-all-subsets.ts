/**
 * WRONG (TLE): correct, but tries subsets one by one: each number is either in
 * the first group or not. It rejects odd totals, stops as soon as a subset hits
 * half, and abandons a branch that overshoots, yet when no split exists (all
 * even values with an odd half, say) it still has to explore about 2^n branches.
 */
export function canPartition(nums: number[]): boolean {
  let total = 0;
  for (const num of nums) total += num;
  if (total % 2 !== 0) return false;
  const half = total / 2;
  const search = (index: number, sum: number): boolean => {
    if (sum === half) return true;
    if (sum > half || index === nums.length) return false;
    return search(index + 1, sum + nums[index]!) || search(index + 1, sum);
  };
  return search(0, 0);
}
