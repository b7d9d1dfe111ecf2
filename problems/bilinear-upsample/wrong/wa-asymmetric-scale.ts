/**
 * WRONG (WA): for alignCorners = true it maps d to d * in / out (the plain
 * "asymmetric" scaling some older libraries use) instead of d * (in - 1) / (out - 1).
 * The first row and column still match, but the last ones no longer land on the
 * grid's corners.
 */
export function bilinearUpsample(grid: number[][], outH: number, outW: number, alignCorners: boolean): number[][] {
  const h = grid.length;
  const w = grid[0]!.length;
  const source = (d: number, size: number, outSize: number): number => {
    const raw = alignCorners ? (d * size) / outSize : ((d + 0.5) * size) / outSize - 0.5;
    return Math.min(Math.max(raw, 0), size - 1);
  };
  const out: number[][] = [];
  for (let y = 0; y < outH; y++) {
    const sy = source(y, h, outH);
    const y0 = Math.floor(sy);
    const y1 = Math.min(y0 + 1, h - 1);
    const wy = sy - y0;
    const row: number[] = [];
    for (let x = 0; x < outW; x++) {
      const sx = source(x, w, outW);
      const x0 = Math.floor(sx);
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
