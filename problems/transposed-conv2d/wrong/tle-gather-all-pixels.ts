// Right answers, output-side: for each output cell, scan every input pixel and keep those whose
// kernel offset lands inside the kernel. O(outH * outW * H * W): about 6 * 10^9 steps at 200 x 200.
export function convTranspose2d(input: number[][], kernel: number[][], stride: number, padding: number): number[][] {
  const H = input.length;
  const W = input[0]!.length;
  const kH = kernel.length;
  const kW = kernel[0]!.length;
  const outH = (H - 1) * stride - 2 * padding + kH;
  const outW = (W - 1) * stride - 2 * padding + kW;
  const out: number[][] = [];
  for (let y = 0; y < outH; y++) {
    const row: number[] = [];
    for (let z = 0; z < outW; z++) {
      let sum = 0;
      for (let i = 0; i < H; i++) {
        for (let j = 0; j < W; j++) {
          const a = y + padding - i * stride;
          const b = z + padding - j * stride;
          if (a >= 0 && a < kH && b >= 0 && b < kW) sum += input[i]![j]! * kernel[a]![b]!;
        }
      }
      row.push(sum);
    }
    out.push(row);
  }
  return out;
}
