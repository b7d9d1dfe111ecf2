/**
 * WRONG (WA): reuses the count of i >> 1 but forgets to add the bit the shift dropped
 * (i & 1). Every entry ends up copying the base case bits[1] = 1, so 3 = 11 gets 1, not 2.
 */
export function countBits(n: number): number[] {
  const bits = new Array<number>(n + 1).fill(0);
  if (n >= 1) bits[1] = 1;
  for (let i = 2; i <= n; i++) bits[i] = bits[i >> 1]!;
  return bits;
}
