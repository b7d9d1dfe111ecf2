import { TreeNode } from 'kata/structures';

// Collects the paths in a set of strings, so two different leaves whose paths carry the same values
// are reported once instead of twice.
export function pathSum(root: TreeNode | null, targetSum: number): number[][] {
  const seen = new Set<string>();
  const path: number[] = [];
  const visit = (node: TreeNode, remaining: number): void => {
    path.push(node.val);
    remaining -= node.val;
    if (node.left === null && node.right === null) {
      if (remaining === 0) seen.add(path.join(','));
    } else {
      if (node.left !== null) visit(node.left, remaining);
      if (node.right !== null) visit(node.right, remaining);
    }
    path.pop();
  };
  if (root !== null) visit(root, targetSum);
  return [...seen].map((key) => key.split(',').map(Number));
}
