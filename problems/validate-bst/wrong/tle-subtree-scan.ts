import type { TreeNode } from 'kata/structures';

/**
 * WRONG (TLE): correct, but for every node it scans the whole left subtree for its largest
 * value and the whole right subtree for its smallest. On a chain of 10^5 nodes that is about
 * 5 * 10^9 node visits.
 */
export function isValidBST(root: TreeNode | null): boolean {
  const stack: TreeNode[] = root === null ? [] : [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.left !== null) {
      if (extreme(node.left, true) >= node.val) return false;
      stack.push(node.left);
    }
    if (node.right !== null) {
      if (extreme(node.right, false) <= node.val) return false;
      stack.push(node.right);
    }
  }
  return true;
}

function extreme(subtree: TreeNode, largest: boolean): number {
  let best = subtree.val;
  const stack: TreeNode[] = [subtree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    best = largest ? Math.max(best, node.val) : Math.min(best, node.val);
    if (node.left !== null) stack.push(node.left);
    if (node.right !== null) stack.push(node.right);
  }
  return best;
}
