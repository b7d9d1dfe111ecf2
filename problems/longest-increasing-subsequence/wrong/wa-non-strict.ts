/**
 * WRONG (WA): the patience-sorting method with an upper bound (first tail > value)
 * instead of a lower bound. Equal values then extend the sequence, so this finds
 * the longest non-decreasing subsequence: [2, 2, 2] gives 3 instead of 1.
 */
export function lengthOfLIS(nums: number[]): number {
  const tails: number[] = [];
  for (const value of nums) {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (tails[middle]! <= value) low = middle + 1;
      else high = middle;
    }
    tails[low] = value;
  }
  return tails.length;
}
