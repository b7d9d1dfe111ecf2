/**
 * Union-find over the nodes, adding the edges in input order. The first edge whose
 * ends are already connected closes the only cycle; every other cycle edge came
 * before it, so it is the last removable edge in input order. O(n α(n)).
 */
export function findRedundantConnection(edges: number[][]): number[] {
  const parent = Int32Array.from({ length: edges.length + 1 }, (_, node) => node);
  const size = new Int32Array(edges.length + 1).fill(1);
  const find = (node: number): number => {
    let root = node;
    while (parent[root] !== root) root = parent[root]!;
    while (parent[node] !== root) {
      const up = parent[node]!;
      parent[node] = root;
      node = up;
    }
    return root;
  };
  for (const edge of edges) {
    let a = find(edge[0]!);
    let b = find(edge[1]!);
    if (a === b) return [edge[0]!, edge[1]!];
    if (size[a]! < size[b]!) [a, b] = [b, a];
    parent[b] = a;
    size[a]! += size[b]!;
  }
  return [];
}
