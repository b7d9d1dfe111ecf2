import type { Random } from 'kata/random';

/**
 * `size` is the total number of values N * L. N is between 1 and 100 (at most `size`), and L is the
 * largest multiple of N with N * L <= size. Values lie in [-1000, 1000].
 * Seeds from 100 on fix N at an extreme: even seeds as many workers as allowed (100 once
 * size >= 10^4), odd seeds a single worker holding all `size` values.
 */
export function generate(random: Random, size: number): { buffers: number[][] } {
  const most = Math.max(1, Math.min(100, Math.floor(Math.sqrt(size))));
  const n = random.seed < 100 ? random.int(1, most) : random.seed % 2 === 0 ? most : 1;
  const chunk = Math.max(1, Math.floor(size / (n * n)));
  const length = chunk * n;
  return { buffers: Array.from({ length: n }, () => Array.from({ length }, () => random.float(-1000, 1000))) };
}
