import type { TreeNode } from 'kata/structures';

/**
 * WRONG (WA): checks only that each left child is smaller and each right child larger than its
 * parent. A value deeper down can still be on the wrong side of a grandparent:
 * [5, 1, 8, null, null, 4, 9] passes this test, yet 4 sits in 5's right subtree.
 */
export function isValidBST(root: TreeNode | null): boolean {
  const stack: TreeNode[] = root === null ? [] : [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.left !== null) {
      if (node.left.val >= node.val) return false;
      stack.push(node.left);
    }
    if (node.right !== null) {
      if (node.right.val <= node.val) return false;
      stack.push(node.right);
    }
  }
  return true;
}
