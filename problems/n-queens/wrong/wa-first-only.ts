// Correct backtracking that respects the placed queens, but it stops at the first full board, as if
// asked whether a completion exists rather than for all of them.
export function solveNQueens(n: number, placed: number[][]): string[][] {
  const fixed = new Map<number, number>(placed.map(([row, col]) => [row!, col!]));
  const cols: number[] = [];
  const safe = (r: number, c: number): boolean => cols.every((cc, rr) => cc !== c && Math.abs(cc - c) !== r - rr);
  const go = (r: number): boolean => {
    if (r === n) return true;
    const only = fixed.get(r);
    for (let c = 0; c < n; c++) {
      if ((only !== undefined && c !== only) || !safe(r, c)) continue;
      cols.push(c);
      if (go(r + 1)) return true;
      cols.pop();
    }
    return false;
  };
  return go(0) ? [cols.map((c) => '.'.repeat(c) + 'Q' + '.'.repeat(n - 1 - c))] : [];
}
