import type { Random } from 'kata/random';

/**
 * A `size` x `size` grid (at least 1 x 1). The shape follows the seed:
 * seed % 5 = 0: random land with probability 0.45, near the percolation threshold, so
 *   islands of every size appear;
 * seed % 5 = 1: one serpentine island: full rows of land joined alternately at the
 *   right and left ends, a single path through about half the cells;
 * seed % 5 = 2: all land, one island;
 * seed % 5 = 3: a checkerboard: every land cell is its own island (diagonal neighbours
 *   do not join);
 * seed % 5 = 4: sparse random land (probability 0.2), with the odd full column of water.
 */
export function generate(random: Random, size: number): { grid: string[][] } {
  const n = Math.max(1, size);
  const shape = random.seed % 5;
  const grid: string[][] = [];
  for (let r = 0; r < n; r++) {
    const row: string[] = [];
    for (let c = 0; c < n; c++) {
      let land: boolean;
      if (shape === 0) land = random.bool(0.45);
      else if (shape === 1) land = r % 2 === 0 || (r % 4 === 1 ? c === n - 1 : c === 0);
      else if (shape === 2) land = true;
      else if (shape === 3) land = (r + c) % 2 === 0;
      else land = c % 97 !== 0 && random.bool(0.2);
      row.push(land ? '1' : '0');
    }
    grid.push(row);
  }
  return { grid };
}
