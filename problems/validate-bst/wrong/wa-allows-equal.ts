import type { TreeNode } from 'kata/structures';

/**
 * WRONG (WA): the right idea (carry the open interval each subtree must stay in), but it
 * compares with < and > the wrong way round for ties: a value equal to an ancestor's is let
 * through, so [2, 2, 2] is accepted although a search tree's values are strictly increasing.
 */
export function isValidBST(root: TreeNode | null): boolean {
  const stack: [TreeNode, number, number][] = root === null ? [] : [[root, -Infinity, Infinity]];
  while (stack.length > 0) {
    const [node, low, high] = stack.pop()!;
    if (node.val < low || node.val > high) return false;
    if (node.left !== null) stack.push([node.left, low, node.val]);
    if (node.right !== null) stack.push([node.right, node.val, high]);
  }
  return true;
}
