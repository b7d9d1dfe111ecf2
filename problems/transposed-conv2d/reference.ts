/**
 * Scatter form: input pixel (i, j) stamps kernel * input[i][j] onto the full output with its
 * top-left corner at (i * stride, j * stride). The full output is (H-1)*stride + kH tall; the
 * answer drops `padding` rows and columns from each side of it. O(H * W * kH * kW).
 */
export function convTranspose2d(input: number[][], kernel: number[][], stride: number, padding: number): number[][] {
  const H = input.length;
  const W = input[0]!.length;
  const kH = kernel.length;
  const kW = kernel[0]!.length;
  const outH = (H - 1) * stride - 2 * padding + kH;
  const outW = (W - 1) * stride - 2 * padding + kW;
  const out: number[][] = Array.from({ length: outH }, () => new Array<number>(outW).fill(0));
  for (let i = 0; i < H; i++) {
    const row = input[i]!;
    for (let j = 0; j < W; j++) {
      const x = row[j]!;
      if (x === 0) continue;
      for (let a = 0; a < kH; a++) {
        const y = i * stride + a - padding;
        if (y < 0 || y >= outH) continue;
        const target = out[y]!;
        const krow = kernel[a]!;
        for (let b = 0; b < kW; b++) {
          const z = j * stride + b - padding;
          if (z < 0 || z >= outW) continue;
          target[z] = target[z]! + x * krow[b]!;
        }
      }
    }
  }
  return out;
}
