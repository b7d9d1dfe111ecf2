/**
 * What bounds cannot say: every node is at most n = edges.length, and the links connect all n nodes
 * (n distinct links on n nodes that connect them are a tree plus one extra link).
 */
export function validate(input: { edges: number[][] }): string | undefined {
  const n = input.edges.length;
  const parent = Array.from({ length: n + 1 }, (_, node) => node);
  const find = (node: number): number => {
    while (parent[node] !== node) node = parent[node] = parent[parent[node]!]!;
    return node;
  };
  let components = n;
  for (const [i, edge] of input.edges.entries()) {
    const [a, b] = edge as [number, number];
    if (b > n) return `edges[${i}] = [${a}, ${b}] names node ${b}, but there are only n = ${n} nodes`;
    const x = find(a);
    const y = find(b);
    if (x !== y) {
      parent[x] = y;
      components--;
    }
  }
  if (components !== 1) return `the links split the ${n} nodes into ${components} parts, but the graph must be connected`;
  return undefined;
}
