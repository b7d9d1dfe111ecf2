/**
 * WRONG (WA): fills the map with every value first and then looks each partner up, without
 * checking that the partner is a different element. When target is twice some value, that
 * element pairs with itself (nums = [5, 3, 7], target = 10 gives [0, 0]).
 */
export function twoSum(nums: number[], target: number): number[] {
  const where = new Map<number, number>();
  nums.forEach((value, index) => where.set(value, index));
  for (let i = 0; i < nums.length; i++) {
    const j = where.get(target - nums[i]!);
    if (j !== undefined) return [Math.min(i, j), Math.max(i, j)];
  }
  return [];
}
