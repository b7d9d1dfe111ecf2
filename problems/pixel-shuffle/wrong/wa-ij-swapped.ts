/**
 * WRONG (WA): reads the block offsets in the wrong order, taking channel
 * c*r*r + j*r + i for offset (row i, column j). Each r x r block comes out
 * transposed; only r = 1 or symmetric data hides it.
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
        const i = y % r;
        const j = x % r;
        row.push(tensor[c * r * r + j * r + i]![Math.floor(y / r)]![Math.floor(x / r)]!);
      }
      plane.push(row);
    }
    out.push(plane);
  }
  return out;
}
