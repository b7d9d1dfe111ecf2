// Finds the pivot (index of the smallest value) first, then binary-searches the half that can hold the
// target, but compares the target with the last element using < instead of <=, so a target equal to
// nums[n - 1] is searched for in the wrong half.
function searchRange(nums: number[], lo: number, hi: number, target: number): number {
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = nums[mid]!;
    if (m === target) return mid;
    if (m < target) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

function searchOne(nums: number[], target: number): number {
  const n = nums.length;
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (nums[mid]! > nums[hi]!) lo = mid + 1;
    else hi = mid;
  }
  const pivot = lo;
  if (pivot === 0) return searchRange(nums, 0, n - 1, target);
  if (target < nums[n - 1]!) return searchRange(nums, pivot, n - 1, target);
  return searchRange(nums, 0, pivot - 1, target);
}

export function searchRotated(nums: number[], targets: number[]): number[] {
  return targets.map((target) => searchOne(nums, target));
}
