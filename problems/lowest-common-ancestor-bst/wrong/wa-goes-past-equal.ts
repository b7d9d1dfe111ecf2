import { TreeNode } from 'kata/structures';

/**
 * WRONG (WA): the search-tree walk with non-strict comparisons. When p or q is
 * the current node (it is then the answer), `<=` / `>=` still send the walk
 * further down, past the answer, and it can fall off the tree and return null.
 */
export function lowestCommonAncestor(root: TreeNode | null, p: TreeNode, q: TreeNode): TreeNode | null {
  let node = root;
  while (node !== null) {
    if (p.val <= node.val && q.val <= node.val) node = node.left;
    else if (p.val >= node.val && q.val >= node.val) node = node.right;
    else return node;
  }
  return null;
}
