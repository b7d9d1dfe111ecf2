/**
 * WRONG (WA): computes every node's arrival time correctly (Dijkstra), then answers with their
 * sum. The signals travel at the same time, so the network is done when the last one arrives:
 * the answer is the largest arrival time, not the total.
 */
export function networkDelayTime(times: number[][], n: number, k: number): number {
  const out: [number, number][][] = Array.from({ length: n + 1 }, () => []);
  for (const [from, to, time] of times) out[from!]!.push([to!, time!]);
  const dist = new Array<number>(n + 1).fill(Infinity);
  dist[k] = 0;
  const heap: [number, number][] = [[0, k]];
  while (heap.length > 0) {
    const [d, v] = popMin(heap);
    if (d > dist[v]!) continue;
    for (const [to, time] of out[v]!) {
      if (d + time < dist[to]!) {
        dist[to] = d + time;
        pushEntry(heap, [d + time, to]);
      }
    }
  }
  let total = 0;
  for (let v = 1; v <= n; v++) {
    if (dist[v] === Infinity) return -1;
    total += dist[v]!;
  }
  return total;
}

function pushEntry(heap: [number, number][], entry: [number, number]): void {
  heap.push(entry);
  let i = heap.length - 1;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (heap[parent]![0] <= heap[i]![0]) break;
    [heap[parent], heap[i]] = [heap[i]!, heap[parent]!];
    i = parent;
  }
}

function popMin(heap: [number, number][]): [number, number] {
  const top = heap[0]!;
  const last = heap.pop()!;
  if (heap.length > 0) {
    heap[0] = last;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      let smallest = i;
      if (left < heap.length && heap[left]![0] < heap[smallest]![0]) smallest = left;
      if (left + 1 < heap.length && heap[left + 1]![0] < heap[smallest]![0]) smallest = left + 1;
      if (smallest === i) break;
      [heap[smallest], heap[i]] = [heap[i]!, heap[smallest]!];
      i = smallest;
    }
  }
  return top;
}
