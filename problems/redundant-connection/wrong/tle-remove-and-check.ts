/**
 * WRONG (TLE): correct, but tries the edges from the last one backwards, and for
 * each rebuilds the graph without it and checks that it is still connected. Each
 * check is O(n); when the cycle's edges come first in the list, nearly every
 * edge is tried, which is O(n^2).
 */
export function findRedundantConnection(edges: number[][]): number[] {
  const n = edges.length;
  for (let skip = n - 1; skip >= 0; skip--) {
    const parent = Array.from({ length: n + 1 }, (_, node) => node);
    const find = (node: number): number => {
      while (parent[node] !== node) {
        parent[node] = parent[parent[node]!]!;
        node = parent[node]!;
      }
      return node;
    };
    let components = n;
    for (let index = 0; index < n; index++) {
      if (index === skip) continue;
      const a = find(edges[index]![0]!);
      const b = find(edges[index]![1]!);
      if (a !== b) {
        parent[a] = b;
        components--;
      }
    }
    if (components === 1) return [edges[skip]![0]!, edges[skip]![1]!];
  }
  return [];
}
