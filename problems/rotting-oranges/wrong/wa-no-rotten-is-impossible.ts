/**
 * WRONG (WA): gives up with -1 whenever the grid starts without a rotten orange, even when
 * there is no fresh orange either. With nothing fresh the answer is 0 minutes ([[0]] gives -1).
 */
export function orangesRotting(grid: number[][]): number {
  const rows = grid.length;
  const cols = rows === 0 ? 0 : grid[0]!.length;
  const state = grid.map((row) => [...row]);
  let frontier: [number, number][] = [];
  let fresh = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (state[r]![c] === 2) frontier.push([r, c]);
      else if (state[r]![c] === 1) fresh++;
    }
  }
  if (frontier.length === 0) return -1;
  let minutes = 0;
  while (fresh > 0 && frontier.length > 0) {
    const next: [number, number][] = [];
    for (const [r, c] of frontier) {
      for (const [dr, dc] of [[1, 0], [-1, 0], [0, 1], [0, -1]] as const) {
        const nr = r + dr;
        const nc = c + dc;
        if (nr >= 0 && nr < rows && nc >= 0 && nc < cols && state[nr]![nc] === 1) {
          state[nr]![nc] = 2;
          fresh--;
          next.push([nr, nc]);
        }
      }
    }
    if (next.length > 0) minutes++;
    frontier = next;
  }
  return fresh > 0 ? -1 : minutes;
}
