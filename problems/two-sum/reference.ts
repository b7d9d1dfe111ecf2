/**
 * One pass with a map from value to the index where it was seen. When nums[j] arrives,
 * its partner target - nums[j] is either already in the map (at some i < j) or not yet seen.
 * Checking before inserting keeps an element from pairing with itself. O(n) time and memory.
 */
export function twoSum(nums: number[], target: number): number[] {
  const seen = new Map<number, number>();
  for (let j = 0; j < nums.length; j++) {
    const value = nums[j]!;
    const i = seen.get(target - value);
    if (i !== undefined) return [i, j];
    if (!seen.has(value)) seen.set(value, j);
  }
  return [];
}
