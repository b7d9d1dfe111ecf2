import type { ListNode } from 'kata/structures';

/**
 * WRONG (RE): the textbook recursion. It is correct, but it goes one call deeper per node,
 * and 10^6 nested calls overflow the stack on the longest hidden list.
 */
export function reverseList(head: ListNode | null): ListNode | null {
  if (head === null || head.next === null) return head;
  const newHead = reverseList(head.next);
  head.next.next = head;
  head.next = null;
  return newHead;
}
