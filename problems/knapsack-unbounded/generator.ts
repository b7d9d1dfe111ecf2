import type { Random } from 'kata/random';

/**
 * `size` item kinds and a capacity of 10^5. The shape follows the seed:
 * seed % 3 = 0: weights 1..10^5, values 0..10^9, unrelated to the weights;
 * seed % 3 = 1: weights 20..400, value = weight * 1000 + 0..999 (nearly equal ratios, so the mix matters);
 * seed % 3 = 2: weights 1000..40000, value = weight + 0..100 (few copies fit; leftover room decides).
 */
export function generate(random: Random, size: number): { weights: number[]; values: number[]; capacity: number } {
  const shape = random.seed % 3;
  const weights: number[] = [];
  const values: number[] = [];
  for (let i = 0; i < size; i++) {
    if (shape === 0) {
      weights.push(random.int(1, 100_000));
      values.push(random.int(0, 1_000_000_000));
    } else if (shape === 1) {
      const weight = random.int(20, 400);
      weights.push(weight);
      values.push(weight * 1000 + random.int(0, 999));
    } else {
      const weight = random.int(1000, 40_000);
      weights.push(weight);
      values.push(weight + random.int(0, 100));
    }
  }
  return { weights, values, capacity: 100_000 };
}
