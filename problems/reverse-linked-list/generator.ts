import type { Random } from 'kata/random';

/**
 * A list of `size` values. The values follow the seed:
 * seed % 3 = 0: random values over the whole range [-10^9, 10^9];
 * seed % 3 = 1: values from a tiny range [-3, 3], so many neighbours are equal;
 * seed % 3 = 2: 1, 2, ..., size (sorted, so a reversed answer is easy to eyeball).
 */
export function generate(random: Random, size: number): { head: number[] } {
  const shape = random.seed % 3;
  if (shape === 0) return { head: random.ints(size, -1_000_000_000, 1_000_000_000) };
  if (shape === 1) return { head: random.ints(size, -3, 3) };
  return { head: Array.from({ length: size }, (_, i) => i + 1) };
}
