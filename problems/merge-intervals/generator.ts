import type { Random } from 'kata/random';

/**
 * `size` closed intervals. The seed picks the shape:
 * - seed % 3 == 0: short intervals (length up to 1000) spread over [-10^9, 10^9]: most stay apart;
 * - seed % 3 == 1: long intervals (up to 10^7) over [-10^9, 10^9] that chain into a few big blocks;
 * - seed % 3 == 2: small coordinates in [0, 2 * size]: many touching ends, duplicates and nested intervals.
 */
export function generate(random: Random, size: number): { intervals: number[][] } {
  const mode = random.seed % 3;
  const intervals: number[][] = [];
  for (let index = 0; index < size; index++) {
    if (mode === 2) {
      const start = random.int(0, 2 * size);
      intervals.push([start, Math.min(2 * size, start + random.int(0, 3))]);
    } else {
      const longest = mode === 0 ? 1000 : 10_000_000;
      const start = random.int(-1_000_000_000, 1_000_000_000 - longest);
      intervals.push([start, start + random.int(0, longest)]);
    }
  }
  return { intervals };
}
