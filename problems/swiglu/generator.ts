import type { Random } from 'kata/random';

/**
 * `size` values (size is rounded down to an even number, at least 2). Most lie in [-10, 10];
 * one in five is drawn from the whole range [-1000, 1000], where exp overflows without care.
 */
export function generate(random: Random, size: number): { x: number[] } {
  const length = Math.max(2, size - (size % 2));
  return { x: Array.from({ length }, () => (random.bool(0.2) ? random.float(-1000, 1000) : random.float(-10, 10))) };
}
