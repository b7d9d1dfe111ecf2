/**
 * WRONG (WA): copies nums2 over the placeholders and stops there. Right only
 * when every nums2 value is at least as large as every real value of nums1.
 */
export function merge(nums1: number[], m: number, nums2: number[], n: number): void {
  for (let j = 0; j < n; j++) nums1[m + j] = nums2[j]!;
}
