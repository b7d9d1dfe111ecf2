/**
 * WRONG (TLE): Dijkstra's algorithm without a heap: each step scans all n nodes for the
 * closest unsettled one. Correct, but O(n^2): 10^10 steps when n = 10^5.
 */
export function networkDelayTime(times: number[][], n: number, k: number): number {
  const out: [number, number][][] = Array.from({ length: n + 1 }, () => []);
  for (const [from, to, time] of times) out[from!]!.push([to!, time!]);
  const dist = new Array<number>(n + 1).fill(Infinity);
  const done = new Array<boolean>(n + 1).fill(false);
  dist[k] = 0;
  let latest = 0;
  for (let step = 0; step < n; step++) {
    let best = -1;
    for (let v = 1; v <= n; v++) if (!done[v] && (best === -1 || dist[v]! < dist[best]!)) best = v;
    if (best === -1 || dist[best] === Infinity) return -1;
    done[best] = true;
    latest = dist[best]!;
    for (const [to, time] of out[best]!) if (dist[best]! + time < dist[to]!) dist[to] = dist[best]! + time;
  }
  return latest;
}
