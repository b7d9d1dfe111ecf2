import type { Random } from 'kata/random';

/**
 * `size` distinct sorted values in [-10^9, 10^9], rotated at a random point (seed % 3 = 0: not rotated
 * at all, seed % 3 = 1: rotated by one, so the pivot sits at an end), then `size` targets:
 * about a quarter present, the rest absent (between two values, beyond the ends, or random).
 */
export function generate(random: Random, size: number): { nums: number[]; targets: number[] } {
  const seen = new Set<number>();
  while (seen.size < size) seen.add(random.int(-1_000_000_000, 1_000_000_000));
  const sorted = [...seen].sort((a, b) => a - b);
  const k = random.seed % 3 === 0 ? 0 : random.seed % 3 === 1 ? Math.min(1, size) : random.int(0, Math.max(0, size - 1));
  const nums = [...sorted.slice(k), ...sorted.slice(0, k)];
  const targets: number[] = [];
  for (let i = 0; i < size; i++) {
    const kind = random.int(0, 7);
    if (kind <= 1 && size > 0) {
      targets.push(random.pick(sorted));
    } else if (kind <= 5 && size > 1) {
      // Strictly between two neighbours when there is a gap, otherwise just below the smallest.
      const j = random.int(0, size - 2);
      const a = sorted[j]!;
      const b = sorted[j + 1]!;
      targets.push(b - a > 1 ? random.int(a + 1, b - 1) : sorted[0]! - 1);
    } else if (kind === 6) {
      targets.push(random.bool() ? 1_000_000_000 : -1_000_000_000);
    } else {
      targets.push(random.int(-1_000_000_000, 1_000_000_000));
    }
  }
  // sorted[0] - 1 can fall just below -10^9: keep every target inside the stated range.
  return { nums, targets: targets.map((t) => Math.max(-1_000_000_000, t)) };
}
