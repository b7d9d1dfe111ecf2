import { TreeNode } from 'kata/structures';

/**
 * WRONG (WA): the binary-search-tree walk. Goes left while both values are
 * smaller than the current node, right while both are larger, and stops where
 * they split. The trees here are not search trees, so the values say nothing
 * about which side a node is on.
 */
export function lowestCommonAncestor(root: TreeNode | null, p: TreeNode, q: TreeNode): TreeNode | null {
  let node = root;
  while (node !== null) {
    if (p.val < node.val && q.val < node.val) node = node.left;
    else if (p.val > node.val && q.val > node.val) node = node.right;
    else return node;
  }
  return null;
}
