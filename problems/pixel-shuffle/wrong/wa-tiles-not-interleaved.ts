/**
 * WRONG (WA): lays each of the r*r input channels down as a whole H x W tile,
 * out[c][i*H + h][j*W + w], instead of interleaving them pixel by pixel.
 * Same when H = W = 1, wrong on any larger map.
 */
export function pixelShuffle(tensor: number[][][], r: number): number[][][] {
  const channels = tensor.length / (r * r);
  const h = tensor[0]!.length;
  const w = tensor[0]![0]!.length;
  const out: number[][][] = [];
  for (let c = 0; c < channels; c++) {
    const plane: number[][] = [];
    for (let y = 0; y < h * r; y++) {
      const row: number[] = [];
      for (let x = 0; x < w * r; x++) {
        const i = Math.floor(y / h);
        const j = Math.floor(x / w);
        row.push(tensor[c * r * r + i * r + j]![y % h]![x % w]!);
      }
      plane.push(row);
    }
    out.push(plane);
  }
  return out;
}
