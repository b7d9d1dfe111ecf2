/**
 * WRONG (WA): builds the merged result in a new array and returns it. The task
 * is judged on nums1 after the call, and nums1 is never touched, so only cases
 * with n = 0 pass.
 *
 * Typed through a void function type (which accepts any return value) so that it
 * still matches the problem's signature and is judged on its answers.
 */
export const merge: (nums1: number[], m: number, nums2: number[], n: number) => void = (nums1, m, nums2, n) => {
  const merged: number[] = [];
  let i = 0;
  let j = 0;
  while (i < m || j < n) {
    if (j >= n || (i < m && nums1[i]! <= nums2[j]!)) merged.push(nums1[i++]!);
    else merged.push(nums2[j++]!);
  }
  return merged;
};
