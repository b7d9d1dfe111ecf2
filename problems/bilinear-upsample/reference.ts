/**
 * Separable bilinear interpolation. Each output row index maps to a source row
 * coordinate, and each output column index to a source column coordinate, by
 * the chosen convention; the coordinate's integer part picks two neighbouring
 * source rows (columns) and its fractional part weights them. The tables are
 * computed once per axis, so the work is O(outH * outW) after O(outH + outW).
 */
export function bilinearUpsample(grid: number[][], outH: number, outW: number, alignCorners: boolean): number[][] {
  const rows = axis(grid.length, outH, alignCorners);
  const cols = axis(grid[0]!.length, outW, alignCorners);
  const out: number[][] = [];
  for (let y = 0; y < outH; y++) {
    const top = grid[rows.low[y]!]!;
    const bottom = grid[rows.high[y]!]!;
    const wy = rows.weight[y]!;
    const row = new Array<number>(outW);
    for (let x = 0; x < outW; x++) {
      const lo = cols.low[x]!;
      const hi = cols.high[x]!;
      const wx = cols.weight[x]!;
      const upper = top[lo]! * (1 - wx) + top[hi]! * wx;
      const lower = bottom[lo]! * (1 - wx) + bottom[hi]! * wx;
      row[x] = upper * (1 - wy) + lower * wy;
    }
    out.push(row);
  }
  return out;
}

/** For each output index along one axis: the two source indices and the weight of the second. */
function axis(size: number, outSize: number, alignCorners: boolean): { low: number[]; high: number[]; weight: number[] } {
  const low: number[] = [];
  const high: number[] = [];
  const weight: number[] = [];
  for (let d = 0; d < outSize; d++) {
    let src: number;
    if (alignCorners) src = outSize > 1 ? (d * (size - 1)) / (outSize - 1) : 0;
    else src = ((d + 0.5) * size) / outSize - 0.5;
    src = Math.min(Math.max(src, 0), size - 1);
    const i0 = Math.floor(src);
    low.push(i0);
    high.push(Math.min(i0 + 1, size - 1));
    weight.push(src - i0);
  }
  return { low, high, weight };
}
