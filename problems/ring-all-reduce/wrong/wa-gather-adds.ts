// All-gather adds the received chunk instead of overwriting, so finished sums are counted again.
export function ringAllReduce(buffers: number[][]): { afterReduceScatter: number[][]; final: number[][] } {
  const n = buffers.length;
  const length = buffers[0]!.length;
  const size = length / n;
  const work = buffers.map((buffer) => buffer.slice());
  const mod = (value: number) => ((value % n) + n) % n;
  // In one step, worker i sends a chunk that worker i + 1 neither sends nor receives in that step,
  // so applying the transfers one after another equals applying them simultaneously.
  for (let step = 0; step < n - 1; step++) {
    for (let i = 0; i < n; i++) {
      const chunk = mod(i - step);
      const from = work[i]!;
      const to = work[mod(i + 1)]!;
      for (let k = chunk * size; k < (chunk + 1) * size; k++) to[k] = to[k]! + from[k]!;
    }
  }
  const afterReduceScatter = work.map((buffer) => buffer.slice());
  for (let step = 0; step < n - 1; step++) {
    for (let i = 0; i < n; i++) {
      const chunk = mod(i + 1 - step);
      const from = work[i]!;
      const to = work[mod(i + 1)]!;
      for (let k = chunk * size; k < (chunk + 1) * size; k++) to[k] = to[k]! + from[k]!;
    }
  }
  return { afterReduceScatter, final: work };
}
