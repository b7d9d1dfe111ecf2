/**
 * WRONG (WA): copies nums2 in, then calls sort() without a comparator.
 * JavaScript's default sort compares values as strings, so 10 comes before 2
 * and -1 before -10.
 */
export function merge(nums1: number[], m: number, nums2: number[], n: number): void {
  for (let j = 0; j < n; j++) nums1[m + j] = nums2[j]!;
  nums1.sort();
}
