import { TreeNode } from 'kata/structures';

/**
 * WRONG (TLE): ignores the search-tree order. It finds the path from the root
 * to p by a full depth-first search, then tries p's ancestors from the lowest
 * up, searching each one's whole subtree for q. Correct, but on a chain of
 * 10^5 nodes with p at the bottom and q near the top it searches subtrees of
 * 1, 2, 3, ... nodes: about 5 * 10^9 node visits.
 */
export function lowestCommonAncestor(root: TreeNode | null, p: TreeNode, q: TreeNode): TreeNode | null {
  const path: TreeNode[] = [];
  const find = (node: TreeNode | null): boolean => {
    if (node === null) return false;
    path.push(node);
    if (node === p || find(node.left) || find(node.right)) return true;
    path.pop();
    return false;
  };
  find(root);
  for (let i = path.length - 1; i >= 0; i--) {
    if (contains(path[i]!, q)) return path[i]!;
  }
  return null;
}

function contains(subtree: TreeNode | null, target: TreeNode): boolean {
  if (subtree === null) return false;
  return subtree === target || contains(subtree.left, target) || contains(subtree.right, target);
}
