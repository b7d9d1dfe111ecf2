import type { ListNode } from 'kata/structures';

/**
 * WRONG (TLE): merges the lists into a growing result one after another.
 * Each merge walks the whole result so far, so the total is O(k * N):
 * about 4 * 10^9 node visits on 4 * 10^4 lists of 5 nodes.
 */
export function mergeKLists(lists: (ListNode | null)[]): ListNode | null {
  let result: ListNode | null = null;
  for (const list of lists) result = mergeTwo(result, list);
  return result;
}

function mergeTwo(a: ListNode | null, b: ListNode | null): ListNode | null {
  const dummy = { next: null as ListNode | null };
  let tail: { next: ListNode | null } = dummy;
  while (a !== null && b !== null) {
    if (a.val <= b.val) {
      tail.next = a;
      a = a.next;
    } else {
      tail.next = b;
      b = b.next;
    }
    tail = tail.next!;
  }
  tail.next = a ?? b;
  return dummy.next;
}
