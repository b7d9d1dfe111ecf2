// Gets the output size right but removes all 2 * padding rows and columns from the bottom and the
// right, instead of padding from each side: the picture comes out shifted.
export function convTranspose2d(input: number[][], kernel: number[][], stride: number, padding: number): number[][] {
  const kH = kernel.length;
  const kW = kernel[0]!.length;
  const outH = (input.length - 1) * stride - 2 * padding + kH;
  const outW = (input[0]!.length - 1) * stride - 2 * padding + kW;
  const out = Array.from({ length: outH }, () => new Array<number>(outW).fill(0));
  input.forEach((row, i) => row.forEach((x, j) => {
    for (let a = 0; a < kH; a++) for (let b = 0; b < kW; b++) {
      const y = i * stride + a;
      const z = j * stride + b;
      if (y < outH && z < outW) out[y]![z]! += x * kernel[a]![b]!;
    }
  }));
  return out;
}
