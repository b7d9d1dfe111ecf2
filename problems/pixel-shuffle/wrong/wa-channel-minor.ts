/**
 * WRONG (WA): uses the channel order of the channels-last depth-to-space
 * operation, where the block offset varies slowest: input channel
 * (i*r + j) * C + c instead of c*r*r + i*r + j. Same when C = 1, wrong otherwise.
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
        row.push(tensor[((y % r) * r + (x % r)) * channels + c]![Math.floor(y / r)]![Math.floor(x / r)]!);
      }
      plane.push(row);
    }
    out.push(plane);
  }
  return out;
}
