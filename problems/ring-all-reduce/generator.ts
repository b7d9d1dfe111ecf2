import type { Random } from 'kata/random';

/**
 * `size` is the total number of values N * L. N is between 1 and 100 (at most `size`), and L is the
 * largest multiple of N with N * L <= size. Values lie in [-1000, 1000].
 */
export function generate(random: Random, size: number): { buffers: number[][] } {
  const n = random.int(1, Math.max(1, Math.min(100, Math.floor(Math.sqrt(size)))));
  const chunk = Math.max(1, Math.floor(size / (n * n)));
  const length = chunk * n;
  return { buffers: Array.from({ length: n }, () => Array.from({ length }, () => random.float(-1000, 1000))) };
}
