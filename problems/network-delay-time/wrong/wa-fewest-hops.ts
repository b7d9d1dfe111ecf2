/**
 * WRONG (WA): a breadth-first search from k, which finds the route with the fewest edges, and
 * adds up the times along that route. The fewest edges is not the least time: in example 2 the
 * direct edge 1 -> 3 costs 10 while 1 -> 2 -> 3 costs 2.
 */
export function networkDelayTime(times: number[][], n: number, k: number): number {
  const out: [number, number][][] = Array.from({ length: n + 1 }, () => []);
  for (const [from, to, time] of times) out[from!]!.push([to!, time!]);
  const dist = new Array<number>(n + 1).fill(-1);
  dist[k] = 0;
  const queue = [k];
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]!;
    for (const [to, time] of out[v]!) {
      if (dist[to] !== -1) continue;
      dist[to] = dist[v]! + time;
      queue.push(to);
    }
  }
  let latest = 0;
  for (let v = 1; v <= n; v++) {
    if (dist[v] === -1) return -1;
    latest = Math.max(latest, dist[v]!);
  }
  return latest;
}
