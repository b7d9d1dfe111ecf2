/**
 * Patience sorting, O(n log n): tails[k] is the smallest value that can end a strictly
 * increasing subsequence of length k + 1. Each number replaces the first tail that is
 * >= it (a lower bound), or extends tails when it beats them all.
 */
export function lengthOfLIS(nums: number[]): number {
  const tails: number[] = [];
  for (const value of nums) {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (tails[middle]! < value) low = middle + 1;
      else high = middle;
    }
    tails[low] = value;
  }
  return tails.length;
}
