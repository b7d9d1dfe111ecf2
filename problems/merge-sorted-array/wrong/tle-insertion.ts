/**
 * WRONG (TLE): inserts the values of nums2 one by one, shifting larger values of
 * nums1 one slot right each time, as insertion sort does. Correct, but O(m * n):
 * about 5 * 10^9 moves when m = n = 10^5.
 */
export function merge(nums1: number[], m: number, nums2: number[], n: number): void {
  let filled = m;
  for (let j = 0; j < n; j++) {
    const value = nums2[j]!;
    let at = filled;
    while (at > 0 && nums1[at - 1]! > value) {
      nums1[at] = nums1[at - 1]!;
      at--;
    }
    nums1[at] = value;
    filled++;
  }
}
