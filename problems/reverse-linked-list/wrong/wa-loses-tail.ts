import type { ListNode } from 'kata/structures';

/**
 * WRONG (WA): the loop stops while `current.next` is not null, so the last node is never
 * relinked. It returns the old second-to-last node as the head, and the old tail is lost:
 * [1, 2, 3] gives [2, 1].
 */
export function reverseList(head: ListNode | null): ListNode | null {
  let previous: ListNode | null = null;
  let current = head;
  while (current !== null && current.next !== null) {
    const following: ListNode | null = current.next;
    current.next = previous;
    previous = current;
    current = following;
  }
  return previous ?? head;
}
