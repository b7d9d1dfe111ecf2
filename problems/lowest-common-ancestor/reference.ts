import { TreeNode } from 'kata/structures';

/**
 * Post-order search. A call returns p or q if it finds one of them in its
 * subtree (stopping at the first one it meets), null if it finds neither. The
 * first node whose left and right subtrees each report a find is the answer;
 * if only one side reports, the answer is whatever that side returned (this
 * covers p being an ancestor of q, and p === q). O(n) time, O(depth) stack.
 */
export function lowestCommonAncestor(root: TreeNode | null, p: TreeNode, q: TreeNode): TreeNode | null {
  if (root === null || root === p || root === q) return root;
  const left = lowestCommonAncestor(root.left, p, q);
  const right = lowestCommonAncestor(root.right, p, q);
  if (left !== null && right !== null) return root;
  return left ?? right;
}
