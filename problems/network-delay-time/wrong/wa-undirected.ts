/**
 * WRONG (WA): treats every edge as a two-way link. The edges are one-way: a node that can only
 * send towards k, never receive from it, is unreachable (example 3 must give -1).
 */
export function networkDelayTime(times: number[][], n: number, k: number): number {
  const both: number[][] = [];
  for (const [from, to, time] of times) both.push([from!, to!, time!], [to!, from!, time!]);
  const dist = new Array<number>(n + 1).fill(Infinity);
  const done = new Array<boolean>(n + 1).fill(false);
  dist[k] = 0;
  for (;;) {
    let best = -1;
    for (let v = 1; v <= n; v++) if (!done[v] && dist[v]! < Infinity && (best === -1 || dist[v]! < dist[best]!)) best = v;
    if (best === -1) break;
    done[best] = true;
    for (const [from, to, time] of both) if (from === best && dist[best]! + time! < dist[to!]!) dist[to!] = dist[best]! + time!;
  }
  let latest = 0;
  for (let v = 1; v <= n; v++) latest = Math.max(latest, dist[v]!);
  return latest === Infinity ? -1 : latest;
}
