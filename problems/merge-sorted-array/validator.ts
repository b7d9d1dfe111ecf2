/** What bounds cannot say: the lengths match m and n, nums1's first m values are sorted, and the rest are 0. */
export function validate(input: { nums1: number[]; m: number; nums2: number[]; n: number }): string | undefined {
  const { nums1, m, nums2, n } = input;
  if (nums1.length !== m + n) return `nums1 has length ${nums1.length}, but m + n = ${m + n}`;
  if (nums2.length !== n) return `nums2 has length ${nums2.length}, but n = ${n}`;
  for (let i = 1; i < m; i++) if (nums1[i]! < nums1[i - 1]!) return `nums1[${i}] = ${nums1[i]} is below nums1[${i - 1}] = ${nums1[i - 1]}: the first m values must be non-decreasing`;
  for (let i = m; i < m + n; i++) if (nums1[i] !== 0) return `nums1[${i}] = ${nums1[i]} is a placeholder and must be 0`;
  return undefined;
}
