// Backtracks row by row, keeps each placed queen in its row, and checks columns and the "\"
// diagonals (row - col), but forgets the "/" diagonals (row + col): it returns boards where two
// queens attack each other that way, and accepts placed queens that do.
export function solveNQueens(n: number, placed: number[][]): string[][] {
  const fixed = new Map<number, number>(placed.map(([row, col]) => [row!, col!]));
  const out: string[][] = [];
  const cols: number[] = [];
  const usedCol = new Set<number>();
  const usedDiag = new Set<number>();
  const go = (r: number): void => {
    if (r === n) {
      out.push(cols.map((c) => '.'.repeat(c) + 'Q' + '.'.repeat(n - 1 - c)));
      return;
    }
    const only = fixed.get(r);
    for (let c = 0; c < n; c++) {
      if (only !== undefined && c !== only) continue;
      if (usedCol.has(c) || usedDiag.has(r - c)) continue;
      usedCol.add(c);
      usedDiag.add(r - c);
      cols.push(c);
      go(r + 1);
      cols.pop();
      usedCol.delete(c);
      usedDiag.delete(r - c);
    }
  };
  go(0);
  return out;
}
