/**
 * WRONG (WA): an even total is necessary but not sufficient. [1, 2, 5] has
 * total 8, yet no subset adds up to 4.
 */
export function canPartition(nums: number[]): boolean {
  let total = 0;
  for (const num of nums) total += num;
  return total % 2 === 0;
}
