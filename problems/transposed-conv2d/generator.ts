import type { Random } from 'kata/random';

/**
 * A `size` x `size` input (the largest case is 200 x 200) with entries in [-100, 100].
 * The kernel is kH x kW with kH, kW in [1, 5]; stride in [1, 3]; padding in [0, min(kH, kW) - 1],
 * kept small enough that the output is not empty.
 * seed 1 is fixed at the usual 2x upsampling layer: 4 x 4 kernel, stride 2, padding 1.
 */
export function generate(random: Random, size: number): { input: number[][]; kernel: number[][]; stride: number; padding: number } {
  const fixed = random.seed === 1;
  const kH = fixed ? 4 : random.int(1, 5);
  const kW = fixed ? 4 : random.int(1, 5);
  const stride = fixed ? 2 : random.int(1, 3);
  // Keep at least one output row and column: (size-1)*stride + k - 2*padding >= 1.
  const roomy = Math.floor(((size - 1) * stride + Math.min(kH, kW) - 1) / 2);
  const padding = fixed ? 1 : random.int(0, Math.min(kH - 1, kW - 1, roomy));
  const input = Array.from({ length: size }, () => Array.from({ length: size }, () => random.float(-100, 100)));
  const kernel = Array.from({ length: kH }, () => Array.from({ length: kW }, () => random.float(-1, 1)));
  return { input, kernel, stride, padding };
}
