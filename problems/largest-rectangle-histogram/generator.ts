import type { Random } from 'kata/random';

/**
 * `size` bar heights. seed % 6 chooses the shape:
 * 0: random in [0, 10^9];  1: all equal;  2: increasing;  3: decreasing;
 * 4: few distinct heights (0..3, scaled), long runs of equal bars;  5: a hill, rising to the middle then falling.
 */
export function generate(random: Random, size: number): { heights: number[] } {
  const mode = random.seed % 6;
  const max = 1_000_000_000;
  const heights: number[] = [];
  if (mode === 0) {
    for (let i = 0; i < size; i++) heights.push(random.int(0, max));
  } else if (mode === 1) {
    const h = random.int(1, max);
    for (let i = 0; i < size; i++) heights.push(h);
  } else if (mode === 2 || mode === 3) {
    // Non-strictly monotone with small random steps, so that heights stay within [0, 10^9].
    const step = Math.max(1, Math.floor(max / Math.max(1, size)));
    let h = random.int(0, step);
    for (let i = 0; i < size; i++) {
      heights.push(h);
      h = Math.min(max, h + random.int(0, step));
    }
    if (mode === 3) heights.reverse();
  } else if (mode === 4) {
    const scale = random.int(1, Math.floor(max / 3));
    for (let i = 0; i < size; i++) heights.push(random.int(0, 3) * scale);
  } else {
    const half = Math.floor(size / 2);
    for (let i = 0; i < size; i++) {
      const d = Math.abs(i - half) / Math.max(1, half);
      heights.push(Math.min(max, Math.floor((1 - d) * (max - 10)) + random.int(0, 10)));
    }
  }
  return { heights };
}
