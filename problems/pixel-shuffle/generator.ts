import type { Random } from 'kata/random';

/**
 * A random tensor of about `size` values. The factor r is 1 + seed % 4 (so 1 to 4),
 * the output channel count C is 1 to 4, and H x W takes the rest, in a random aspect.
 * Seeds from 100 on give extreme shapes of exactly `size` values instead:
 * seed % 3 = 0: all channels, H = W = 1, with the largest r <= 8 whose r * r divides size;
 * seed % 3 = 1: one tall channel, H = size, W = 1, r = 1;
 * seed % 3 = 2: one wide channel, H = 1, W = size, r = 1.
 */
export function generate(random: Random, size: number): { tensor: number[][][]; r: number } {
  if (random.seed >= 100) return extreme(random, Math.max(1, size));
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

function extreme(random: Random, size: number): { tensor: number[][][]; r: number } {
  const value = (): number => random.float(-1_000_000, 1_000_000);
  const mode = random.seed % 3;
  if (mode === 1) return { tensor: [Array.from({ length: size }, () => [value()])], r: 1 };
  if (mode === 2) return { tensor: [[Array.from({ length: size }, value)]], r: 1 };
  let r = 8;
  while (size % (r * r) !== 0) r--;
  return { tensor: Array.from({ length: size }, () => [[value()]]), r };
}
