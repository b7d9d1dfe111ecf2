/**
 * Iterative flood fill with an explicit stack over a flat visited array: every
 * land cell not yet seen starts a new island, and the fill marks everything
 * reachable from it through up/down/left/right steps. O(rows * cols) time and
 * memory, and no recursion, so a snake-shaped island of 5 * 10^5 cells is fine.
 */
export function numIslands(grid: string[][]): number {
  const rows = grid.length;
  if (rows === 0) return 0;
  const cols = grid[0]!.length;
  const seen = new Uint8Array(rows * cols);
  const stack = new Int32Array(rows * cols);
  let islands = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const start = r * cols + c;
      if (seen[start] || grid[r]![c] !== '1') continue;
      islands++;
      seen[start] = 1;
      let top = 0;
      stack[top++] = start;
      while (top > 0) {
        const cell = stack[--top]!;
        const cr = (cell / cols) | 0;
        const cc = cell - cr * cols;
        if (cr > 0 && !seen[cell - cols] && grid[cr - 1]![cc] === '1') { seen[cell - cols] = 1; stack[top++] = cell - cols; }
        if (cr + 1 < rows && !seen[cell + cols] && grid[cr + 1]![cc] === '1') { seen[cell + cols] = 1; stack[top++] = cell + cols; }
        if (cc > 0 && !seen[cell - 1] && grid[cr]![cc - 1] === '1') { seen[cell - 1] = 1; stack[top++] = cell - 1; }
        if (cc + 1 < cols && !seen[cell + 1] && grid[cr]![cc + 1] === '1') { seen[cell + 1] = 1; stack[top++] = cell + 1; }
      }
    }
  }
  return islands;
}
