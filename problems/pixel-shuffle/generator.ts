import type { Random } from 'kata/random';

/**
 * A random tensor of about `size` values. The factor r is 1 + seed % 4 (so 1 to 4),
 * the output channel count C is 1 to 4, and H x W takes the rest, in a random aspect.
 */
export function generate(random: Random, size: number): { tensor: number[][][]; r: number } {
  const r = 1 + (random.seed % 4);
  const c = random.int(1, 4);
  const cells = Math.max(1, Math.floor(size / (c * r * r)));
  const h = random.int(1, Math.max(1, Math.min(cells, Math.floor(2 * Math.sqrt(cells)))));
  const w = Math.max(1, Math.floor(cells / h));
  const tensor = Array.from({ length: c * r * r }, () =>
    Array.from({ length: h }, () => Array.from({ length: w }, () => random.float(-1000, 1000))),
  );
  return { tensor, r };
}
