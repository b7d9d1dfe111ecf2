/** What bounds cannot say: the tree is a binary search tree with distinct values, and p and q are nodes of it. */
export function validate(input: { root: (number | null)[]; p: number; q: number }): string | undefined {
  const { root, p, q } = input;
  // Level order: each non-null entry, in turn, takes the next two entries as its left and right child.
  const left: (number | null)[] = [];
  const right: (number | null)[] = [];
  let next = 1;
  for (let node = 0; node < root.length && next < root.length; node++) {
    if (root[node] === null) continue;
    left[node] = root[next] === null ? null : next;
    right[node] = next + 1 < root.length && root[next + 1] !== null ? next + 1 : null;
    next += 2;
  }
  // In-order walk without recursion (the tree can be a chain of 10^5 nodes): values must increase strictly.
  const stack: number[] = [];
  let at: number | null = root.length > 0 && root[0] !== null ? 0 : null;
  let previous: number | null = null;
  while (at !== null || stack.length > 0) {
    while (at !== null) {
      stack.push(at);
      at = left[at] ?? null;
    }
    const node = stack.pop()!;
    const value = root[node]!;
    if (previous !== null && value <= previous) return `not a binary search tree with distinct values: ${value} comes after ${previous} in order`;
    previous = value;
    at = right[node] ?? null;
  }
  const values = new Set(root);
  if (!values.has(p)) return `p = ${p} is not a node of the tree`;
  if (!values.has(q)) return `q = ${q} is not a node of the tree`;
  return undefined;
}
