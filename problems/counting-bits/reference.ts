/**
 * i >> 1 drops the lowest bit of i, and that smaller number's count is already known:
 * bits(i) = bits(i >> 1) + (i & 1). O(n) time, one pass.
 */
export function countBits(n: number): number[] {
  const bits = new Array<number>(n + 1);
  bits[0] = 0;
  for (let i = 1; i <= n; i++) bits[i] = bits[i >> 1]! + (i & 1);
  return bits;
}
