import type { ListNode } from 'kata/structures';

/**
 * WRONG (TLE): correct, but finds each next node by scanning every head:
 * O(k) per node, O(k * N) in all. With 4 * 10^4 lists of 5 nodes each that
 * is about 8 * 10^9 head inspections.
 */
export function mergeKLists(lists: (ListNode | null)[]): ListNode | null {
  const heads = [...lists];
  const dummy = { next: null as ListNode | null };
  let tail: { next: ListNode | null } = dummy;
  for (;;) {
    let best = -1;
    for (let i = 0; i < heads.length; i++) {
      const head = heads[i]!;
      if (head !== null && (best === -1 || head.val < heads[best]!.val)) best = i;
    }
    if (best === -1) break;
    const node = heads[best]!;
    heads[best] = node.next;
    tail.next = node;
    tail = node;
  }
  return dummy.next;
}
