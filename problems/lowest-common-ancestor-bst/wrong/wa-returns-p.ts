import { TreeNode } from 'kata/structures';

/**
 * WRONG (WA): assumes p is always an ancestor of q (true in the first example,
 * where p is the root) and answers p without looking at the tree.
 */
export function lowestCommonAncestor(root: TreeNode | null, p: TreeNode, q: TreeNode): TreeNode | null {
  return p;
}
