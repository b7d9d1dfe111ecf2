/**
 * WRONG (WA): largest number first, each into whichever group is lighter so far,
 * then compare the two sums. A sensible heuristic, but it commits early:
 * [3, 3, 2, 2, 2] ends as 3+2+2 against 3+2 and answers false.
 */
export function canPartition(nums: number[]): boolean {
  const sorted = [...nums].sort((a, b) => b - a);
  let left = 0;
  let right = 0;
  for (const num of sorted) {
    if (left <= right) left += num;
    else right += num;
  }
  return left === right;
}
