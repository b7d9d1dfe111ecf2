/**
 * Dijkstra's algorithm with a binary heap of (distance, node) entries, over an adjacency list
 * stored as flat arrays. Stale heap entries (a node already settled with a shorter distance)
 * are skipped when popped. The answer is the largest settled distance, or -1 if some node is
 * never settled. O((n + E) log E) time.
 */
export function networkDelayTime(times: number[][], n: number, k: number): number {
  const edges = times.length;
  const start = new Int32Array(n + 2);
  for (const [from] of times) start[from!]!++;
  for (let v = 1; v <= n + 1; v++) start[v]! += start[v - 1]!;
  const target = new Int32Array(edges);
  const weight = new Int32Array(edges);
  for (const [from, to, time] of times) {
    const slot = --start[from!]!;
    target[slot] = to!;
    weight[slot] = time!;
  }
  // Now node v's edges are in slots start[v] .. start[v + 1] - 1.

  const dist = new Float64Array(n + 1).fill(Infinity);
  const done = new Uint8Array(n + 1);
  const heapDist: number[] = [];
  const heapNode: number[] = [];
  const push = (d: number, v: number): void => {
    let i = heapDist.length;
    heapDist.push(d);
    heapNode.push(v);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (heapDist[parent]! <= d) break;
      heapDist[i] = heapDist[parent]!;
      heapNode[i] = heapNode[parent]!;
      i = parent;
    }
    heapDist[i] = d;
    heapNode[i] = v;
  };
  const pop = (): void => {
    const lastDist = heapDist.pop()!;
    const lastNode = heapNode.pop()!;
    const size = heapDist.length;
    if (size === 0) return;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= size) break;
      if (child + 1 < size && heapDist[child + 1]! < heapDist[child]!) child++;
      if (heapDist[child]! >= lastDist) break;
      heapDist[i] = heapDist[child]!;
      heapNode[i] = heapNode[child]!;
      i = child;
    }
    heapDist[i] = lastDist;
    heapNode[i] = lastNode;
  };

  dist[k] = 0;
  push(0, k);
  let settled = 0;
  let latest = 0;
  while (heapDist.length > 0) {
    const d = heapDist[0]!;
    const v = heapNode[0]!;
    pop();
    if (done[v] === 1) continue;
    done[v] = 1;
    settled++;
    latest = d;
    for (let e = start[v]!; e < start[v + 1]!; e++) {
      const to = target[e]!;
      const candidate = d + weight[e]!;
      if (candidate < dist[to]!) {
        dist[to] = candidate;
        push(candidate, to);
      }
    }
  }
  return settled === n ? latest : -1;
}
