import type { Random } from 'kata/random';

/**
 * `size` values in total, spread over sorted lists. The shape follows the seed:
 * seed % 3 = 0: k = size / 5 lists of exactly 5 values each, values -10^9..10^9
 *               (every list stays non-empty almost to the end);
 * seed % 3 = 1: k = 40000 lists, every value dropped into a random one of the first
 *               half, so the second half and some of the first are empty; values -1000..1000
 *               (many duplicates across lists);
 * seed % 3 = 2: k = 3 long lists of random lengths, values -10^9..10^9.
 */
export function generate(random: Random, size: number): { lists: number[][] } {
  const shape = random.seed % 3;
  let lists: number[][];
  if (shape === 0) {
    const k = Math.max(1, Math.floor(size / 5));
    lists = Array.from({ length: k }, () => random.ints(5, -1_000_000_000, 1_000_000_000));
  } else if (shape === 1) {
    const k = 40_000;
    lists = Array.from({ length: k }, () => [] as number[]);
    for (let i = 0; i < size; i++) lists[random.int(0, k / 2 - 1)]!.push(random.int(-1000, 1000));
  } else {
    lists = [[], [], []];
    for (let i = 0; i < size; i++) lists[random.int(0, 2)]!.push(random.int(-1_000_000_000, 1_000_000_000));
  }
  for (const list of lists) list.sort((a, b) => a - b);
  return { lists };
}
