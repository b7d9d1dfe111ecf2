// Builds the full grid but never removes the padding: right whenever padding = 0, and the wrong
// size otherwise.
export function convTranspose2d(input: number[][], kernel: number[][], stride: number, padding: number): number[][] {
  void padding;
  const kH = kernel.length;
  const kW = kernel[0]!.length;
  const out = Array.from({ length: (input.length - 1) * stride + kH }, () => new Array<number>((input[0]!.length - 1) * stride + kW).fill(0));
  input.forEach((row, i) => row.forEach((x, j) => {
    for (let a = 0; a < kH; a++) for (let b = 0; b < kW; b++) out[i * stride + a]![j * stride + b]! += x * kernel[a]![b]!;
  }));
  return out;
}
