/**
 * WRONG (WA): assumes an edge can go whenever neither end would be left alone,
 * and returns the last edge whose two ends both have degree at least 2. A bridge
 * between two inner nodes passes that test but disconnects the graph.
 */
export function findRedundantConnection(edges: number[][]): number[] {
  const degree = new Array<number>(edges.length + 1).fill(0);
  for (const [a, b] of edges) {
    degree[a!]!++;
    degree[b!]!++;
  }
  for (let index = edges.length - 1; index >= 0; index--) {
    const [a, b] = edges[index]!;
    if (degree[a!]! >= 2 && degree[b!]! >= 2) return [a!, b!];
  }
  return [];
}
