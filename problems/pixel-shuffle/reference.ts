/**
 * Each output channel c gathers the r*r input channels c*r*r .. c*r*r + r*r - 1.
 * Input channel c*r*r + i*r + j supplies offset (i, j) inside every r x r block
 * of the output, so out[c][h*r + i][w*r + j] = tensor[c*r*r + i*r + j][h][w].
 * Every value is moved once: O(C * r^2 * H * W).
 */
export function pixelShuffle(tensor: number[][][], r: number): number[][][] {
  const channels = tensor.length / (r * r);
  const h = tensor[0]!.length;
  const w = tensor[0]![0]!.length;
  const out: number[][][] = [];
  for (let c = 0; c < channels; c++) {
    const plane: number[][] = [];
    for (let y = 0; y < h * r; y++) {
      const row = new Array<number>(w * r);
      const source = c * r * r + (y % r) * r;
      const sy = Math.floor(y / r);
      for (let x = 0; x < w * r; x++) row[x] = tensor[source + (x % r)]![sy]![Math.floor(x / r)]!;
      plane.push(row);
    }
    out.push(plane);
  }
  return out;
}
