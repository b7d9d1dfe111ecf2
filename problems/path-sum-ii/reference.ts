import { TreeNode } from 'kata/structures';

/**
 * Depth-first search that keeps one shared array of the values from the root to the
 * current node and the sum still missing. At a leaf whose value closes the gap exactly,
 * a copy of the array is recorded. O(n + total length of the answer) time, O(depth) stack.
 */
export function pathSum(root: TreeNode | null, targetSum: number): number[][] {
  const out: number[][] = [];
  const path: number[] = [];
  const visit = (node: TreeNode, remaining: number): void => {
    path.push(node.val);
    remaining -= node.val;
    if (node.left === null && node.right === null) {
      if (remaining === 0) out.push(path.slice());
    } else {
      if (node.left !== null) visit(node.left, remaining);
      if (node.right !== null) visit(node.right, remaining);
    }
    path.pop();
  };
  if (root !== null) visit(root, targetSum);
  return out;
}
