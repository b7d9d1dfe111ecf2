// Flood fill that also steps diagonally: squares touching only at a corner are wrongly merged into one island.
export function numIslands(grid: string[][]): number {
  const rows = grid.length;
  const cols = rows === 0 ? 0 : grid[0]!.length;
  const seen = new Uint8Array(rows * cols);
  let islands = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (seen[r * cols + c] || grid[r]![c] !== '1') continue;
      islands++;
      seen[r * cols + c] = 1;
      const stack = [r * cols + c];
      while (stack.length > 0) {
        const cell = stack.pop()!;
        const cr = Math.floor(cell / cols);
        const cc = cell % cols;
        for (let dr = -1; dr <= 1; dr++) {
          for (let dc = -1; dc <= 1; dc++) {
            const nr = cr + dr;
            const nc = cc + dc;
            if (nr < 0 || nr >= rows || nc < 0 || nc >= cols) continue;
            if (seen[nr * cols + nc] || grid[nr]![nc] !== '1') continue;
            seen[nr * cols + nc] = 1;
            stack.push(nr * cols + nc);
          }
        }
      }
    }
  }
  return islands;
}
