import type { Random } from 'kata/random';

/**
 * The single input n, from the case's size.
 * seed % 2 = 0: n = size exactly;
 * seed % 2 = 1: n drawn from [size / 2, size], so it rarely lands on a power of two.
 */
export function generate(random: Random, size: number): { n: number } {
  if (random.seed % 2 === 0) return { n: size };
  return { n: random.int(Math.floor(size / 2), size) };
}
