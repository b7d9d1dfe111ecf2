import type { Random } from 'kata/random';

/**
 * A `size` x `size` grid. The layout follows the seed:
 * seed % 3 = 0: a snake: even rows full of fresh oranges, odd rows empty except one cell at
 *               alternating ends, one rotten orange in the top-left corner. The rot needs about
 *               size^2 / 2 minutes to walk the whole path;
 * seed % 3 = 1: no empty cells, fresh everywhere except a handful of random rotten oranges
 *               (every orange is reached);
 * seed % 3 = 2: 30% empty, a few rotten, the rest fresh (some fresh oranges are usually walled in).
 */
export function generate(random: Random, size: number): { grid: number[][] } {
  const n = Math.max(1, size);
  const shape = random.seed % 3;
  if (shape === 0) {
    const grid: number[][] = [];
    for (let r = 0; r < n; r++) {
      if (r % 2 === 0) grid.push(new Array<number>(n).fill(1));
      else {
        const row = new Array<number>(n).fill(0);
        row[r % 4 === 1 ? n - 1 : 0] = 1;
        grid.push(row);
      }
    }
    grid[0]![0] = 2;
    return { grid };
  }
  const empty = shape === 1 ? 0 : 0.3;
  const rotten = random.int(1, 5);
  const grid: number[][] = Array.from({ length: n }, () => Array.from({ length: n }, () => (random.bool(empty) ? 0 : 1)));
  for (let i = 0; i < rotten; i++) grid[random.int(0, n - 1)]![random.int(0, n - 1)] = 2;
  return { grid };
}
