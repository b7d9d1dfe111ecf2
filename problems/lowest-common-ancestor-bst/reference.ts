import { TreeNode } from 'kata/structures';

/**
 * Walk down from the root using the search-tree order. While both values are
 * smaller than the current node, the answer is in the left subtree; while both
 * are larger, in the right subtree. The first node where they do not fall on
 * the same side (one is smaller and one larger, or one of them is this node)
 * is the lowest common ancestor. O(depth) time, O(1) extra space, no recursion.
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
