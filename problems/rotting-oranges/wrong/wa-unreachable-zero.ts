/**
 * WRONG (WA): a correct breadth-first search, but it returns the last minute reached without
 * checking whether every fresh orange was reached. A walled-in fresh orange should give -1;
 * here it is silently ignored ([[2, 0, 1]] gives 0).
 */
export function orangesRotting(grid: number[][]): number {
  const rows = grid.length;
  const cols = rows === 0 ? 0 : grid[0]!.length;
  const state = grid.map((row) => [...row]);
  let frontier: [number, number][] = [];
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) if (state[r]![c] === 2) frontier.push([r, c]);
  let minutes = 0;
  for (;;) {
    const next: [number, number][] = [];
    for (const [r, c] of frontier) {
      for (const [dr, dc] of [[1, 0], [-1, 0], [0, 1], [0, -1]] as const) {
        const nr = r + dr;
        const nc = c + dc;
        if (nr >= 0 && nr < rows && nc >= 0 && nc < cols && state[nr]![nc] === 1) {
          state[nr]![nc] = 2;
          next.push([nr, nc]);
        }
      }
    }
    if (next.length === 0) return minutes;
    frontier = next;
    minutes++;
  }
}
