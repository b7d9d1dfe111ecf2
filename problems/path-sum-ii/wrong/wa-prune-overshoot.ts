import { TreeNode } from 'kata/structures';

// Stops exploring once the running sum passes the target, as if values could never be negative.
export function pathSum(root: TreeNode | null, targetSum: number): number[][] {
  const out: number[][] = [];
  const path: number[] = [];
  const visit = (node: TreeNode, sum: number): void => {
    sum += node.val;
    if (sum > targetSum) return;
    path.push(node.val);
    if (node.left === null && node.right === null) {
      if (sum === targetSum) out.push(path.slice());
    } else {
      if (node.left !== null) visit(node.left, sum);
      if (node.right !== null) visit(node.right, sum);
    }
    path.pop();
  };
  if (root !== null) visit(root, 0);
  return out;
}
