import type { Random } from 'kata/random';

/**
 * A random grid upsampled to an output of about size x size. The input sides are
 * random between 1 and the output sides, so ratios are mostly not integers.
 * alignCorners is true for even seeds and false for odd ones.
 */
export function generate(random: Random, size: number): { grid: number[][]; outH: number; outW: number; alignCorners: boolean } {
  const outH = Math.max(1, size);
  const outW = Math.max(1, size - random.int(0, Math.floor(size / 5)));
  const h = random.int(1, outH);
  const w = random.int(1, outW);
  const grid = Array.from({ length: h }, () => Array.from({ length: w }, () => random.float(-1000, 1000)));
  return { grid, outH, outW, alignCorners: random.seed % 2 === 0 };
}
