/**
 * WRONG (WA): sorts the numbers and closes in with two pointers, which finds the right
 * values, but then returns their positions in the sorted array instead of in nums.
 */
export function twoSum(nums: number[], target: number): number[] {
  const sorted = [...nums].sort((a, b) => a - b);
  let low = 0;
  let high = sorted.length - 1;
  while (low < high) {
    const sum = sorted[low]! + sorted[high]!;
    if (sum === target) return [low, high];
    if (sum < target) low++;
    else high--;
  }
  return [];
}
