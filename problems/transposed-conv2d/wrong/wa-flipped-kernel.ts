// Rotates the kernel by 180 degrees before stamping it, as when a convolution is written with the
// textbook flip: that is the transpose of a true convolution, not of the cross-correlation that
// deep-learning layers compute.
export function convTranspose2d(input: number[][], kernel: number[][], stride: number, padding: number): number[][] {
  const kH = kernel.length;
  const kW = kernel[0]!.length;
  const outH = (input.length - 1) * stride - 2 * padding + kH;
  const outW = (input[0]!.length - 1) * stride - 2 * padding + kW;
  const out = Array.from({ length: outH }, () => new Array<number>(outW).fill(0));
  input.forEach((row, i) => row.forEach((x, j) => {
    for (let a = 0; a < kH; a++) for (let b = 0; b < kW; b++) {
      const y = i * stride + a - padding;
      const z = j * stride + b - padding;
      if (y >= 0 && y < outH && z >= 0 && z < outW) out[y]![z]! += x * kernel[kH - 1 - a]![kW - 1 - b]!;
    }
  }));
  return out;
}
