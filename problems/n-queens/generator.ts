import type { Random } from 'kata/random';

/** One placement of n non-attacking queens as the column of each row, found by backtracking in a random column order; null when none exists (n = 2, 3). */
function randomSolution(random: Random, n: number): number[] | null {
  const cols: number[] = [];
  const go = (row: number): boolean => {
    if (row === n) return true;
    for (const c of random.shuffle(Array.from({ length: n }, (_, i) => i))) {
      if (cols.some((cc, rr) => cc === c || Math.abs(cc - c) === row - rr)) continue;
      cols.push(c);
      if (go(row + 1)) return true;
      cols.pop();
    }
    return false;
  };
  return go(0) ? cols : null;
}

/**
 * The board is size × size (size is n, 1..12). The placed queens are, by a random choice of kind:
 * none; some rows of a random real solution (a completion exists); all its rows; some rows of a real
 * solution with one of them moved to another column (often no completion, sometimes an attack);
 * or a random column in each of some random rows (usually queens that attack each other).
 */
export function generate(random: Random, size: number): { n: number; placed: number[][] } {
  const n = size;
  const kind = random.int(0, 4);
  if (kind === 0) return { n, placed: [] };
  const solution = randomSolution(random, n);
  const rows = random.shuffle(Array.from({ length: n }, (_, i) => i));
  if (kind === 4 || solution === null) {
    const count = random.int(1, n);
    return { n, placed: rows.slice(0, count).map((row) => [row, random.int(0, n - 1)]) };
  }
  const count = kind === 3 ? n : random.int(1, Math.max(1, Math.floor(n / 2)));
  const placed = rows.slice(0, count).map((row) => [row, solution[row]!]);
  if (kind === 2 && n > 1) {
    const moved = placed[random.int(0, placed.length - 1)]!;
    moved[1] = (moved[1]! + random.int(1, n - 1)) % n;
  }
  return { n, placed };
}
