/**
 * WRONG (TLE): the textbook O(n^2) DP, best[i] = 1 + max best[j] over j < i with
 * nums[j] < nums[i]. Correct, but 10^5 numbers make 5 * 10^9 comparisons.
 */
export function lengthOfLIS(nums: number[]): number {
  const best = new Int32Array(nums.length);
  let answer = 0;
  for (let i = 0; i < nums.length; i++) {
    let longest = 1;
    const value = nums[i]!;
    for (let j = 0; j < i; j++) {
      if (nums[j]! < value && best[j]! + 1 > longest) longest = best[j]! + 1;
    }
    best[i] = longest;
    if (longest > answer) answer = longest;
  }
  return answer;
}
