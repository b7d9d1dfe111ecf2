import type { Random } from 'kata/random';

/**
 * A random tree on nodes 1..size plus one extra edge, each edge written [smaller, larger].
 * The seed picks the shape:
 * - seed % 3 == 0: random tree (each node hangs from an earlier one), edges shuffled;
 * - seed % 3 == 1: a path 1-2-...-size closed by [1, size] into one long cycle, edges shuffled;
 * - seed % 3 == 2: random tree whose short cycle's edges are listed first and the rest after, so
 *   trying to remove edges from the last one backwards checks almost every edge.
 */
export function generate(random: Random, size: number): { edges: number[][] } {
  const n = Math.max(3, size);
  const mode = random.seed % 3;
  const label = random.shuffle(Array.from({ length: n }, (_, index) => index + 1));
  const edge = (a: number, b: number): number[] => [Math.min(a, b), Math.max(a, b)];

  if (mode === 1) {
    const edges: number[][] = [];
    for (let index = 0; index + 1 < n; index++) edges.push(edge(label[index]!, label[index + 1]!));
    edges.push(edge(label[0]!, label[n - 1]!));
    return { edges: random.shuffle(edges) };
  }

  // parentOf[i] < i: a random tree on positions 0..n-1
  const parentOf = [-1];
  for (let index = 1; index < n; index++) parentOf.push(index === 2 ? 1 : random.int(Math.max(0, index - 50), index - 1));
  const treeEdges = parentOf.slice(1).map((parent, index) => [parent, index + 1] as const);
  // the extra edge joins a node to an ancestor 2..5 levels up (or the root), so the cycle is short
  let child = random.int(n - Math.min(n, 100), n - 1);
  // node 2 hangs from node 1, so it is always at least two levels below the root
  if (child < 2 || parentOf[parentOf[child]!]! < 0) child = 2;
  let ancestor = child;
  const onCycle = new Set<number>();
  const depth = random.int(2, 5);
  for (let step = 0; step < depth && parentOf[ancestor]! >= 0; step++) {
    onCycle.add(ancestor);
    ancestor = parentOf[ancestor]!;
  }
  const extra = edge(label[child]!, label[ancestor]!);
  const labelled = treeEdges.map(([a, b]) => edge(label[a]!, label[b]!));
  if (mode === 0) return { edges: random.shuffle([...labelled, extra]) };
  const cycleEdges = random.shuffle([...treeEdges.filter(([, b]) => onCycle.has(b)).map(([a, b]) => edge(label[a]!, label[b]!)), extra]);
  const rest = random.shuffle(treeEdges.filter(([, b]) => !onCycle.has(b)).map(([a, b]) => edge(label[a]!, label[b]!)));
  return { edges: [...cycleEdges, ...rest] };
}
