import type { Random } from 'kata/random';

/**
 * `size` distinct integers (at least 1). seed % 2 = 0: drawn from the whole range [-10^9, 10^9];
 * seed % 2 = 1: drawn from [-10, 10], so small values of both signs and zero are common.
 */
export function generate(random: Random, size: number): { nums: number[] } {
  const n = Math.max(1, size);
  const bound = random.seed % 2 === 0 ? 1_000_000_000 : 10;
  const chosen = new Set<number>();
  while (chosen.size < n) chosen.add(random.int(-bound, bound));
  return { nums: random.shuffle([...chosen]) };
}
