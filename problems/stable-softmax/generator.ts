import type { Random } from 'kata/random';

/** `size` logits of large magnitude in [-5000, 5000]: exp() of almost any of them overflows or underflows. */
export function generate(random: Random, size: number): { logits: number[] } {
  return { logits: Array.from({ length: size }, () => random.float(-5_000, 5_000)) };
}
