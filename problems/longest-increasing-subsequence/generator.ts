import type { Random } from 'kata/random';

/**
 * `size` integers. The seed picks the shape:
 * - seed % 3 == 0: uniform over [-10^9, 10^9];
 * - seed % 3 == 1: few distinct values in [0, 50], so equal neighbours are everywhere;
 * - seed % 3 == 2: a rising trend with noise, so the answer is long (thousands).
 */
export function generate(random: Random, size: number): { nums: number[] } {
  const mode = random.seed % 3;
  if (mode === 1) return { nums: random.ints(size, 0, 50) };
  if (mode === 2) {
    const step = Math.floor(1_000_000_000 / Math.max(1, size));
    return { nums: Array.from({ length: size }, (_, index) => -1_000_000_000 + index * step + random.int(0, 50 * step)).map((value) => Math.min(value, 1_000_000_000)) };
  }
  return { nums: random.ints(size, -1_000_000_000, 1_000_000_000) };
}
