import type { Random } from 'kata/random';

/**
 * n = m = `size` query and key rows (so the largest case is 512 x 512), head sizes up to 64.
 * seed % 3 = 0: entries in [-1, 1], ordinary softmax weights;
 * seed % 3 = 1: Q and K entries up to 30 in size, so scores reach the thousands and exp() overflows
 *               without the running maximum;
 * seed % 3 = 2: keys whose scores rise along the sequence, so the running maximum changes in
 *               nearly every block and a missing rescale shows.
 * The block size is drawn from a few values, including ones that do not divide m.
 */
export function generate(random: Random, size: number): { Q: number[][]; K: number[][]; V: number[][]; blockSize: number } {
  const kind = random.seed % 3;
  const n = size;
  const m = size;
  const d = size >= 64 ? 64 : random.int(1, 16);
  const dv = size >= 64 ? 64 : random.int(1, 16);
  const span = kind === 0 ? 1 : kind === 1 ? 30 : 3;
  const row = (width: number, low: number, high: number): number[] => Array.from({ length: width }, () => random.float(low, high));
  const Q = Array.from({ length: n }, () => row(d, -span, span));
  const K = Array.from({ length: m }, (_, j) => (kind === 2 ? row(d, 0, 1 + (4 * j) / m) : row(d, -span, span)));
  if (kind === 2) for (const q of Q) for (let t = 0; t < d; t++) q[t] = Math.abs(q[t]!) * 8;
  const V = Array.from({ length: m }, () => row(dv, -100, 100));
  const blockSize = Math.min(m, random.pick([1, 3, 16, 32, 37, 64, 100]));
  return { Q, K, V, blockSize };
}
