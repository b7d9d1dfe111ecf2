// Correct backtracking, but it stops at the first full board, as if asked whether a placement exists.
export function solveNQueens(n: number): string[][] {
  const cols: number[] = [];
  const safe = (r: number, c: number): boolean => cols.every((cc, rr) => cc !== c && Math.abs(cc - c) !== r - rr);
  const go = (r: number): boolean => {
    if (r === n) return true;
    for (let c = 0; c < n; c++) {
      if (!safe(r, c)) continue;
      cols.push(c);
      if (go(r + 1)) return true;
      cols.pop();
    }
    return false;
  };
  return go(0) ? [cols.map((c) => '.'.repeat(c) + 'Q' + '.'.repeat(n - 1 - c))] : [];
}
