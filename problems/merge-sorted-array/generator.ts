import type { Random } from 'kata/random';

/**
 * Large arrays for the performance cases. The shape follows the seed:
 * seed % 3 = 0: m = n = size / 2, random values with many duplicates;
 * seed % 3 = 1: m = n = size / 2, every nums2 value below every nums1 value;
 * seed % 3 = 2: m = 0, n = size: everything comes from nums2.
 */
export function generate(random: Random, size: number): { nums1: number[]; m: number; nums2: number[]; n: number } {
  const shape = random.seed % 3;
  const m = shape === 2 ? 0 : Math.floor(size / 2);
  const n = size - m;
  const low = shape === 1 ? 0 : -1000;
  const first = sorted(random.ints(m, shape === 1 ? 1_000_001 : -1000, shape === 1 ? 1_000_000_000 : 1000));
  const second = sorted(random.ints(n, low, shape === 1 ? 1_000_000 : 1000));
  return { nums1: [...first, ...new Array<number>(n).fill(0)], m, nums2: second, n };
}

function sorted(values: number[]): number[] {
  return values.sort((a, b) => a - b);
}
