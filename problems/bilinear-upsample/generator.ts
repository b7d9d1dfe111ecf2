import type { Random } from 'kata/random';

/**
 * A random grid upsampled to an output of about size x size. The input sides are
 * random between 1 and the output sides, so ratios are mostly not integers.
 * alignCorners is true for even seeds and false for odd ones.
 * Seeds from 100 on make the input as large as the output: H = outH = size, and for
 * seeds from 200 on also W = outW = size (the identity); between them W stays random.
 */
export function generate(random: Random, size: number): { grid: number[][]; outH: number; outW: number; alignCorners: boolean } {
  const tall = random.seed >= 100;
  const square = random.seed >= 200;
  const outH = Math.max(1, size);
  const outW = square ? outH : Math.max(1, size - random.int(0, Math.floor(size / 5)));
  const h = tall ? outH : random.int(1, outH);
  const w = square ? outW : random.int(1, outW);
  const grid = Array.from({ length: h }, () => Array.from({ length: w }, () => random.float(-1000, 1000)));
  return { grid, outH, outW, alignCorners: random.seed % 2 === 0 };
}
