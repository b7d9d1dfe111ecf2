// Gives each land square its own label, then sweeps the whole grid again and again, letting each square take
// the smallest label among itself and its neighbours, until a sweep changes nothing. Correct, but on a long
// winding island a label moves only a few squares per sweep: O((rows * cols)^2) on a serpentine map.
export function numIslands(grid: string[][]): number {
  const rows = grid.length;
  const cols = rows === 0 ? 0 : grid[0]!.length;
  const label = new Int32Array(rows * cols).fill(-1);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) if (grid[r]![c] === '1') label[r * cols + c] = r * cols + c;
  let changed = true;
  while (changed) {
    changed = false;
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const cell = r * cols + c;
        if (label[cell] === -1) continue;
        let best = label[cell]!;
        if (r > 0 && label[cell - cols] !== -1 && label[cell - cols]! < best) best = label[cell - cols]!;
        if (r + 1 < rows && label[cell + cols] !== -1 && label[cell + cols]! < best) best = label[cell + cols]!;
        if (c > 0 && label[cell - 1] !== -1 && label[cell - 1]! < best) best = label[cell - 1]!;
        if (c + 1 < cols && label[cell + 1] !== -1 && label[cell + 1]! < best) best = label[cell + 1]!;
        if (best !== label[cell]) { label[cell] = best; changed = true; }
      }
    }
  }
  let islands = 0;
  for (let cell = 0; cell < rows * cols; cell++) if (label[cell] === cell) islands++;
  return islands;
}
