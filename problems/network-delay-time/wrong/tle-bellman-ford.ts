/**
 * WRONG (TLE): Bellman-Ford. Relaxes every edge, round after round, until a round changes
 * nothing. Correct, but each round can push the signal only one edge further along a path
 * whose edges are listed back to front: a chain of 10^5 nodes needs 10^5 rounds over
 * 2 * 10^5 edges, about 2 * 10^10 relaxations.
 */
export function networkDelayTime(times: number[][], n: number, k: number): number {
  const dist = new Array<number>(n + 1).fill(Infinity);
  dist[k] = 0;
  for (let round = 1; round < n; round++) {
    let changed = false;
    for (const [from, to, time] of times) {
      const candidate = dist[from!]! + time!;
      if (candidate < dist[to!]!) {
        dist[to!] = candidate;
        changed = true;
      }
    }
    if (!changed) break;
  }
  let latest = 0;
  for (let v = 1; v <= n; v++) latest = Math.max(latest, dist[v]!);
  return latest === Infinity ? -1 : latest;
}
