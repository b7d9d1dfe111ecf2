/** k is a node, and every edge [u, v, w] joins two different nodes 1..n with a time 0..10^4. */
export function validate(input: { times: number[][]; n: number; k: number }): string | undefined {
  const { times, n, k } = input;
  if (k > n) return `k = ${k} is not a node 1..${n}`;
  for (let i = 0; i < times.length; i++) {
    const [u, v, w] = times[i]! as [number, number, number];
    if (u < 1 || u > n || v < 1 || v > n) return `times[${i}] = [${u}, ${v}, ${w}] names a node outside 1..${n}`;
    if (u === v) return `times[${i}] is a self-loop on node ${u}`;
    if (w > 10_000) return `times[${i}] has time ${w}, above 10^4`;
  }
  return undefined;
}
