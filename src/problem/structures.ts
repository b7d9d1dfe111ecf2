/**
 * The node classes that solutions import as `kata/structures`.
 * Shapes match LeetCode's, so solutions written there run here unchanged.
 * This file is loaded inside the sandbox too: it must import nothing.
 */
export class TreeNode {
  val: number;
  left: TreeNode | null;
  right: TreeNode | null;

  constructor(val = 0, left: TreeNode | null = null, right: TreeNode | null = null) {
    this.val = val;
    this.left = left;
    this.right = right;
  }
}

export class ListNode {
  val: number;
  next: ListNode | null;

  constructor(val = 0, next: ListNode | null = null) {
    this.val = val;
    this.next = next;
  }
}
