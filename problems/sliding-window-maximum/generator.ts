import type { Random } from 'kata/random';

const LIMIT = 1_000_000_000;

/**
 * `size` numbers and a window size k.
 * seed % 4 = 0: uniform values in [-10^9, 10^9], k = n / 2;
 * seed % 4 = 1: strictly decreasing values, k = n / 2, so the maximum leaves every window;
 * seed % 4 = 2: strictly increasing values, k = n / 3;
 * seed % 4 = 3: values in [-3, 3] with many ties, k random in [1, n].
 */
export function generate(random: Random, size: number): { nums: number[]; k: number } {
  const mode = random.seed % 4;
  const nums = Array.from({ length: size }, (_, i) => {
    if (mode === 0) return random.int(-LIMIT, LIMIT);
    if (mode === 1) return LIMIT - i * 10_000 - random.int(0, 9_999);
    if (mode === 2) return -LIMIT + i * 10_000 + random.int(0, 9_999);
    return random.int(-3, 3);
  });
  let k: number;
  if (mode === 0 || mode === 1) k = Math.max(1, Math.floor(size / 2));
  else if (mode === 2) k = Math.max(1, Math.floor(size / 3));
  else k = random.int(1, size);
  return { nums, k };
}
