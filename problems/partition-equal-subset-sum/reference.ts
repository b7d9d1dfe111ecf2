/**
 * Subset-sum DP. The two groups must each add up to half the total, so the
 * question is whether some subset reaches exactly total / 2. reachable[s] says
 * whether a subset of the numbers seen so far sums to s; the sum loop runs
 * downwards so each number is used at most once. O(n * total / 2).
 */
export function canPartition(nums: number[]): boolean {
  let total = 0;
  for (const num of nums) total += num;
  if (total % 2 !== 0) return false;
  const half = total / 2;
  const reachable = new Uint8Array(half + 1);
  reachable[0] = 1;
  for (const num of nums) {
    for (let sum = half; sum >= num; sum--) {
      if (reachable[sum - num] === 1) reachable[sum] = 1;
    }
    if (reachable[half] === 1) return true;
  }
  return reachable[half] === 1;
}
