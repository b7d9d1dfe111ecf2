// Right answers: enumerates all n! assignments of distinct columns to the rows (Heap's algorithm)
// and only checks, once a board is complete, that it keeps the placed queens and has no diagonal
// attack. With nothing placed on a 12 × 12 board that is 12! = 4.8 * 10^8 boards, far too many.
export function solveNQueens(n: number, placed: number[][]): string[][] {
  const out: string[][] = [];
  const p = Array.from({ length: n }, (_, i) => i);
  const check = (): void => {
    for (const [row, col] of placed) if (p[row!] !== col) return;
    for (let a = 0; a < n; a++) for (let b = a + 1; b < n; b++) if (Math.abs(p[a]! - p[b]!) === b - a) return;
    out.push(p.map((c) => '.'.repeat(c) + 'Q' + '.'.repeat(n - 1 - c)));
  };
  const heap = (k: number): void => {
    if (k <= 1) {
      check();
      return;
    }
    for (let i = 0; i < k; i++) {
      heap(k - 1);
      const j = k % 2 === 0 ? i : 0;
      const t = p[j]!;
      p[j] = p[k - 1]!;
      p[k - 1] = t;
    }
  };
  heap(n);
  return out;
}
