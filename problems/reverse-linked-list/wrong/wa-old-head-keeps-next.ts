import { ListNode } from 'kata/structures';

/**
 * WRONG (WA): starts the reversal at the second node and hooks the rest onto the head, but
 * forgets to clear the old head's `next`. The old head (now the tail) still points at the old
 * second node, so the result has a cycle: [1, 2] becomes 2 -> 1 -> 2 -> 1 -> ...
 */
export function reverseList(head: ListNode | null): ListNode | null {
  if (head === null || head.next === null) return head;
  let previous: ListNode = head;
  let current: ListNode | null = head.next;
  while (current !== null) {
    const following: ListNode | null = current.next;
    current.next = previous;
    previous = current;
    current = following;
  }
  return previous;
}
