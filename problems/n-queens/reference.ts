/**
 * Row-by-row backtracking with bitmasks. Row r gets its queen in the one column the placed list
 * fixes, or in any free column when the row is open. Bitmasks of the occupied columns and of the
 * two diagonal directions, shifted to the current row, make each test O(1). A placed queen that is
 * attacked by a queen of an earlier row (placed or not) leaves its row with no free square, so the
 * branch dies: placed queens that attack each other, or that no completion fits, give [].
 */
export function solveNQueens(n: number, placed: number[][]): string[][] {
  const fixed = new Array<number>(n).fill(-1);
  for (const [row, col] of placed) fixed[row!] = col!;
  const boards: string[][] = [];
  const colOf = new Array<number>(n).fill(0);
  const rowText = Array.from({ length: n }, (_, c) => '.'.repeat(c) + 'Q' + '.'.repeat(n - 1 - c));
  const full = (1 << n) - 1;
  const place = (row: number, cols: number, down: number, up: number): void => {
    if (row === n) {
      boards.push(colOf.map((c) => rowText[c]!));
      return;
    }
    // down: squares attacked along "\" diagonals, up: along "/" diagonals, both shifted to this row.
    let free = full & ~(cols | down | up);
    const only = fixed[row]!;
    if (only >= 0) free &= 1 << only;
    while (free !== 0) {
      const bit = free & -free;
      free ^= bit;
      colOf[row] = 31 - Math.clz32(bit);
      place(row + 1, cols | bit, ((down | bit) << 1) & full, (up | bit) >> 1);
    }
  };
  place(0, 0, 0, 0);
  return boards;
}
