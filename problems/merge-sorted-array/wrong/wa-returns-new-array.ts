/**
 * WRONG (WA): builds the merged result in a new array and returns it. The task
 * is judged on nums1 after the call, and nums1 is never touched, so only cases
 * with n = 0 pass.
 */
export function merge(nums1: number[], m: number, nums2: number[], n: number): number[] {
  const merged: number[] = [];
  let i = 0;
  let j = 0;
  while (i < m || j < n) {
    if (j >= n || (i < m && nums1[i]! <= nums2[j]!)) merged.push(nums1[i++]!);
    else merged.push(nums2[j++]!);
  }
  return merged;
}
