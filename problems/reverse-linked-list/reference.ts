import type { ListNode } from 'kata/structures';

/**
 * Walks the list once, turning each node's `next` to point at the node before it.
 * `previous` ends as the old tail, which is the new head. O(n) time, O(1) extra memory,
 * no recursion (the list can be 10^6 nodes long).
 */
export function reverseList(head: ListNode | null): ListNode | null {
  let previous: ListNode | null = null;
  let current = head;
  while (current !== null) {
    const following: ListNode | null = current.next;
    current.next = previous;
    previous = current;
    current = following;
  }
  return previous;
}
