/**
 * Row-by-row backtracking. Queen r goes in row r; bitmasks of the occupied columns and of the two
 * diagonal directions (r + c and r - c + n - 1) make each placement test O(1), and a branch is cut
 * as soon as a row has no free square. The work is proportional to the partial placements that
 * survive, far fewer than n! or n^n.
 */
export function solveNQueens(n: number): string[][] {
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
