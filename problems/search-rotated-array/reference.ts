/**
 * One binary search per target. At every step at least one of the halves [lo, mid] and [mid, hi]
 * is sorted (the pivot lies in at most one of them); compare nums[lo] with nums[mid] to tell which,
 * then check whether the target lies within that sorted half's range. O(log n) per target.
 */
function searchOne(nums: number[], target: number): number {
  let lo = 0;
  let hi = nums.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = nums[mid]!;
    if (m === target) return mid;
    if (nums[lo]! <= m) {
      // [lo, mid] is sorted.
      if (nums[lo]! <= target && target < m) hi = mid - 1;
      else lo = mid + 1;
    } else {
      // [mid, hi] is sorted.
      if (m < target && target <= nums[hi]!) lo = mid + 1;
      else hi = mid - 1;
    }
  }
  return -1;
}

export function searchRotated(nums: number[], targets: number[]): number[] {
  return targets.map((target) => searchOne(nums, target));
}
