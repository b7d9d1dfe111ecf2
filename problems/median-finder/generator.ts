import type { Random } from 'kata/random';

/**
 * `size` operations after the constructor; the first is always an add. seed % 5 chooses the stream:
 * 0: random values over [-10^9, 10^9];  1: increasing;  2: decreasing;
 * 3: few distinct values (many duplicates);  4: alternating between very small and very large values.
 * seed % 10 < 5: about half the calls are queries; otherwise about one in ten.
 */
export function generate(random: Random, size: number): { operations: string[]; arguments: number[][] } {
  const mode = random.seed % 5;
  const queryProbability = random.seed % 10 < 5 ? 0.5 : 0.1;
  const max = 1_000_000_000;
  const operations = ['MedianFinder'];
  const args: number[][] = [[]];
  let added = 0;
  let last = mode === 1 ? -max : max;
  const step = Math.max(1, Math.floor((2 * max) / Math.max(1, size)));
  for (let i = 0; i < size; i++) {
    if (added > 0 && random.bool(queryProbability)) {
      operations.push('findMedian');
      args.push([]);
      continue;
    }
    let num: number;
    if (mode === 0) num = random.int(-max, max);
    else if (mode === 1) num = last = Math.min(max, last + random.int(0, step));
    else if (mode === 2) num = last = Math.max(-max, last - random.int(0, step));
    else if (mode === 3) num = random.int(-2, 2) * 7;
    else num = added % 2 === 0 ? random.int(-max, -max + 100) : random.int(max - 100, max);
    operations.push('addNum');
    args.push([num]);
    added++;
  }
  return { operations, arguments: args };
}
