import { TreeNode } from 'kata/structures';

/**
 * WRONG (TLE): starts at the root and steps down into whichever child's subtree
 * holds both p and q, searching that subtree from scratch at every step.
 * Correct, but O(n * depth): about 10^10 node visits on a 10^5-node chain.
 */
export function lowestCommonAncestor(root: TreeNode | null, p: TreeNode, q: TreeNode): TreeNode | null {
  let node = root;
  while (node !== null && node !== p && node !== q) {
    if (contains(node.left, p) && contains(node.left, q)) node = node.left;
    else if (contains(node.right, p) && contains(node.right, q)) node = node.right;
    else return node;
  }
  return node;
}

function contains(subtree: TreeNode | null, target: TreeNode): boolean {
  if (subtree === null) return false;
  return subtree === target || contains(subtree.left, target) || contains(subtree.right, target);
}
