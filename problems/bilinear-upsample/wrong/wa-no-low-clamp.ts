/**
 * WRONG (WA): in the half-pixel convention it keeps the indices inside the grid
 * but not the coordinate itself. Near the top and left borders the coordinate is
 * negative, so the weight of the second neighbour is negative and the output
 * extrapolates beyond the edge value instead of repeating it.
 */
export function bilinearUpsample(grid: number[][], outH: number, outW: number, alignCorners: boolean): number[][] {
  const h = grid.length;
  const w = grid[0]!.length;
  const source = (d: number, size: number, outSize: number): number => {
    if (alignCorners) return outSize > 1 ? (d * (size - 1)) / (outSize - 1) : 0;
    return Math.min(((d + 0.5) * size) / outSize - 0.5, size - 1);
  };
  const out: number[][] = [];
  for (let y = 0; y < outH; y++) {
    const sy = source(y, h, outH);
    const y0 = Math.max(Math.floor(sy), 0);
    const y1 = Math.min(y0 + 1, h - 1);
    const wy = sy - y0;
    const row: number[] = [];
    for (let x = 0; x < outW; x++) {
      const sx = source(x, w, outW);
      const x0 = Math.max(Math.floor(sx), 0);
      const x1 = Math.min(x0 + 1, w - 1);
      const wx = sx - x0;
      const upper = grid[y0]![x0]! * (1 - wx) + grid[y0]![x1]! * wx;
      const lower = grid[y1]![x0]! * (1 - wx) + grid[y1]![x1]! * wx;
      row.push(upper * (1 - wy) + lower * wy);
    }
    out.push(row);
  }
  return out;
}
