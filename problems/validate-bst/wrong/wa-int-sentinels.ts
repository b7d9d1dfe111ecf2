import type { TreeNode } from 'kata/structures';

/**
 * WRONG (WA): carries strict bounds down the tree, but starts them at the 32-bit extremes
 * -2^31 and 2^31 - 1 instead of "no bound". A node holding exactly -2^31 or 2^31 - 1 then
 * fails its own bound: [2147483647] is reported invalid.
 */
export function isValidBST(root: TreeNode | null): boolean {
  const stack: [TreeNode, number, number][] = root === null ? [] : [[root, -2147483648, 2147483647]];
  while (stack.length > 0) {
    const [node, low, high] = stack.pop()!;
    if (node.val <= low || node.val >= high) return false;
    if (node.left !== null) stack.push([node.left, low, node.val]);
    if (node.right !== null) stack.push([node.right, node.val, high]);
  }
  return true;
}
