import type { Random } from 'kata/random';

/** `size` logits spread over [-10^4, 10^4], so the largest dominates and most outputs underflow towards 0. */
export function generate(random: Random, size: number): { logits: number[] } {
  return { logits: Array.from({ length: size }, () => random.float(-10_000, 10_000)) };
}
