// An ordinary binary search that ignores the rotation: right whenever the target and the middle
// element happen to lie on the same side of the pivot, wrong otherwise.
function searchOne(nums: number[], target: number): number {
  let lo = 0;
  let hi = nums.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = nums[mid]!;
    if (m === target) return mid;
    if (m < target) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

export function searchRotated(nums: number[], targets: number[]): number[] {
  return targets.map((target) => searchOne(nums, target));
}
