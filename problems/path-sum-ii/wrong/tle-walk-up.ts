import { TreeNode } from 'kata/structures';

// Records each node's parent, then for every leaf walks back up to the root to add up its path.
// Correct and light on memory, but O(leaves * depth): about 10^9 steps on a caterpillar of 10^5 nodes
// (a long spine with a leaf hanging off every spine node).
export function pathSum(root: TreeNode | null, targetSum: number): number[][] {
  if (root === null) return [];
  const parent = new Map<TreeNode, TreeNode | null>([[root, null]]);
  const leaves: TreeNode[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.left === null && node.right === null) leaves.push(node);
    for (const child of [node.left, node.right]) {
      if (child === null) continue;
      parent.set(child, node);
      stack.push(child);
    }
  }
  const out: number[][] = [];
  for (const leaf of leaves) {
    let sum = 0;
    for (let node: TreeNode | null = leaf; node !== null; node = parent.get(node)!) sum += node.val;
    if (sum !== targetSum) continue;
    const path: number[] = [];
    for (let node: TreeNode | null = leaf; node !== null; node = parent.get(node)!) path.push(node.val);
    out.push(path.reverse());
  }
  return out;
}
