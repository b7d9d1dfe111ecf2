/**
 * Two pointers from the back: the largest remaining value goes into the last
 * free slot. Writes never overtake unread values of nums1, because the write
 * index stays ahead of the nums1 read index by the count of nums2 values left.
 * O(m + n) time, O(1) extra space.
 */
export function merge(nums1: number[], m: number, nums2: number[], n: number): void {
  let i = m - 1;
  let j = n - 1;
  for (let write = m + n - 1; j >= 0; write--) {
    if (i >= 0 && nums1[i]! > nums2[j]!) {
      nums1[write] = nums1[i--]!;
    } else {
      nums1[write] = nums2[j--]!;
    }
  }
}
