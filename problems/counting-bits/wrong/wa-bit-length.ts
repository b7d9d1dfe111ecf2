/**
 * WRONG (WA): counts how many binary digits i has (its bit length) instead of how many of
 * them are 1. It agrees for 0, 1 and 3, but 2 = 10 has length 2 and a single 1 bit.
 */
export function countBits(n: number): number[] {
  const bits: number[] = [];
  for (let i = 0; i <= n; i++) bits.push(i === 0 ? 0 : Math.floor(Math.log2(i)) + 1);
  return bits;
}
