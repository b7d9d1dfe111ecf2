import type { Random } from 'kata/random';

const MAX_HEIGHT = 10_000;

/**
 * `size` wall heights in [0, 10^4].
 * seed % 4 = 0: uniform random heights;
 * seed % 4 = 1: rising heights with noise, so the best pair is not simply the two ends;
 * seed % 4 = 2: mostly low walls with a few tall ones at random places;
 * seed % 4 = 3: a tall plateau in the middle, low walls near the ends.
 */
export function generate(random: Random, size: number): { height: number[] } {
  const mode = random.seed % 4;
  const height = Array.from({ length: size }, (_, i) => {
    if (mode === 0) return random.int(0, MAX_HEIGHT);
    if (mode === 1) return Math.min(MAX_HEIGHT, Math.floor((MAX_HEIGHT * i) / size) + random.int(0, 500));
    if (mode === 2) return random.bool(0.001) ? random.int(5_000, MAX_HEIGHT) : random.int(0, 100);
    const middle = Math.abs(i - size / 2) < size / 6;
    return middle ? random.int(8_000, MAX_HEIGHT) : random.int(0, 3_000);
  });
  return { height };
}
