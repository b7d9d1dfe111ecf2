import { TreeNode } from 'kata/structures';

// Records the path whenever the running sum hits the target, at any node, not only at a leaf.
export function pathSum(root: TreeNode | null, targetSum: number): number[][] {
  const out: number[][] = [];
  const path: number[] = [];
  const visit = (node: TreeNode | null, remaining: number): void => {
    if (node === null) return;
    path.push(node.val);
    remaining -= node.val;
    if (remaining === 0) out.push(path.slice());
    visit(node.left, remaining);
    visit(node.right, remaining);
    path.pop();
  };
  visit(root, targetSum);
  return out;
}
