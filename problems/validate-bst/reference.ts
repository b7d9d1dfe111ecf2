import type { TreeNode } from 'kata/structures';

/**
 * A tree is a search tree exactly when its in-order sequence is strictly increasing.
 * Walks the tree in order with an explicit stack and compares each value with the one
 * visited just before it. No sentinel bounds, so -2^31 and 2^31 - 1 need no special care.
 * O(n) time, O(depth) memory.
 */
export function isValidBST(root: TreeNode | null): boolean {
  const stack: TreeNode[] = [];
  let node = root;
  let previous: number | null = null;
  while (node !== null || stack.length > 0) {
    while (node !== null) {
      stack.push(node);
      node = node.left;
    }
    const top = stack.pop()!;
    if (previous !== null && top.val <= previous) return false;
    previous = top.val;
    node = top.right;
  }
  return true;
}
