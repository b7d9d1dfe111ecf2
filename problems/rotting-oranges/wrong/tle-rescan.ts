/**
 * WRONG (TLE): simulates minute by minute, scanning the whole grid each minute for rotten
 * oranges next to fresh ones. Correct, but a winding path of fresh oranges takes about
 * rows * cols / 2 minutes, and each minute costs rows * cols: about 5 * 10^11 steps on the
 * 1000 x 1000 snake.
 */
export function orangesRotting(grid: number[][]): number {
  const rows = grid.length;
  const cols = rows === 0 ? 0 : grid[0]!.length;
  const state = grid.map((row) => [...row]);
  let minutes = 0;
  for (;;) {
    const newly: [number, number][] = [];
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        if (state[r]![c] !== 2) continue;
        for (const [dr, dc] of [[1, 0], [-1, 0], [0, 1], [0, -1]] as const) {
          const nr = r + dr;
          const nc = c + dc;
          if (nr >= 0 && nr < rows && nc >= 0 && nc < cols && state[nr]![nc] === 1) newly.push([nr, nc]);
        }
      }
    }
    if (newly.length === 0) break;
    for (const [r, c] of newly) state[r]![c] = 2;
    minutes++;
  }
  for (const row of state) if (row.includes(1)) return -1;
  return minutes;
}
