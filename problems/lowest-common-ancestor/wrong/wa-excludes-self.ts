import { TreeNode } from 'kata/structures';

/**
 * WRONG (WA): compares the root-to-node paths of p and q, but each path lists
 * only the strict ancestors of its node, not the node itself. Right when p and
 * q are in different subtrees; when one is an ancestor of the other (or p === q)
 * it answers with a node one level too high, or null at the root.
 */
export function lowestCommonAncestor(root: TreeNode | null, p: TreeNode, q: TreeNode): TreeNode | null {
  const toP = ancestorsOf(root, p);
  const toQ = ancestorsOf(root, q);
  let answer: TreeNode | null = null;
  for (let i = 0; i < toP.length && i < toQ.length && toP[i] === toQ[i]; i++) answer = toP[i]!;
  return answer;
}

/** The nodes strictly above target, from the root down. */
function ancestorsOf(root: TreeNode | null, target: TreeNode): TreeNode[] {
  const path: TreeNode[] = [];
  const search = (node: TreeNode | null): boolean => {
    if (node === null) return false;
    if (node === target) return true;
    path.push(node);
    if (search(node.left) || search(node.right)) return true;
    path.pop();
    return false;
  };
  search(root);
  return path;
}
