/**
 * WRONG (WA): finds the cycle correctly (by peeling off leaves until only the
 * cycle is left) but returns the cycle edge that appears first in the input
 * instead of the last one.
 */
export function findRedundantConnection(edges: number[][]): number[] {
  const n = edges.length;
  const degree = new Array<number>(n + 1).fill(0);
  const neighbours: number[][] = Array.from({ length: n + 1 }, () => []);
  for (const [a, b] of edges) {
    degree[a!]!++;
    degree[b!]!++;
    neighbours[a!]!.push(b!);
    neighbours[b!]!.push(a!);
  }
  const removed = new Array<boolean>(n + 1).fill(false);
  const leaves: number[] = [];
  for (let node = 1; node <= n; node++) if (degree[node] === 1) leaves.push(node);
  while (leaves.length > 0) {
    const leaf = leaves.pop()!;
    removed[leaf] = true;
    for (const next of neighbours[leaf]!) {
      if (!removed[next] && --degree[next]! === 1) leaves.push(next);
    }
  }
  for (const [a, b] of edges) {
    if (!removed[a!] && !removed[b!]) return [a!, b!];
  }
  return [];
}
