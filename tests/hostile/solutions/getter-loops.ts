// problem: mirror
// expect: TLE
// The judge reads the returned tree; a getter that never returns is stopped like any loop.
import { TreeNode } from 'kata/structures';
export function mirror(root: TreeNode | null): TreeNode | null {
  const node = new TreeNode(root?.val ?? 0);
  Object.defineProperty(node, 'left', { get: () => { for (;;) {} } });
  return node;
}
