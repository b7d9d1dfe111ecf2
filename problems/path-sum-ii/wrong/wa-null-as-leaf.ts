import { TreeNode } from 'kata/structures';

// Checks the sum on reaching a missing child instead of at a leaf: a leaf's path is recorded twice
// (once per missing child), and a node with a single child counts as the end of a path too.
export function pathSum(root: TreeNode | null, targetSum: number): number[][] {
  const out: number[][] = [];
  const path: number[] = [];
  const visit = (node: TreeNode | null, remaining: number): void => {
    if (node === null) {
      if (remaining === 0 && path.length > 0) out.push(path.slice());
      return;
    }
    path.push(node.val);
    visit(node.left, remaining - node.val);
    visit(node.right, remaining - node.val);
    path.pop();
  };
  visit(root, targetSum);
  return out;
}
